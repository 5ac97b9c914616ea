/** The planner panel's form: the profile picker and the needs ticked, the target and the paths read. */
import { describe, expect, it } from 'vitest';
import { BAND_SHORTCUTS, DEFAULT_FORM, profileOf, profileSummary, QUESTION_ORDER, readNeeds, readTarget, splitPaths, stepTarget, withNeed, withProfile, type PlannerForm } from '../../src/state/planner-form.ts';
import { NEEDS, type NeedId } from '../../src/planner/index.ts';

const form = (needs: readonly NeedId[], extra: Partial<PlannerForm> = {}): PlannerForm => ({ ...DEFAULT_FORM, needs: new Set(needs), ...extra });
const sorted = (f: PlannerForm): NeedId[] => [...f.needs].sort();

describe('profileOf: what the picker shows for the needs ticked', () => {
  it.each([
    // [needs ticked, picker]
    [['network', 'low-ports', 'fixed-user'], 'network-server'],
    [['network', 'low-ports', 'fixed-user', 'writes'], 'network-server'], // the paths question is no profile's
    [[], 'none'],
    [['writes'], 'none'],
    [['dbus', 'fixed-user'], 'bus-helper'], // dbus brings fixed-user along
    [['dbus'], 'custom'], // … and without it the set is no profile's
    [['network', 'low-ports', 'fixed-user', 'jit'], 'custom'],
  ] as const)('%j → %s', (needs, want) => {
    expect(profileOf(new Set(needs))).toBe(want);
  });

  it.each([
    ['network-server', 'Listens on the network, binds ports below 1024, keeps its user.'],
    ['none', 'No needs: every setting the planner knows may be used.'],
    ['custom', 'The needs ticked below.'],
  ] as const)('profileSummary(%s)', (choice, want) => {
    expect(profileSummary(choice)).toBe(want);
  });

  it('the default form is the CLI default profile', () => {
    expect(profileOf(DEFAULT_FORM.needs)).toBe('network-server');
    expect(DEFAULT_FORM.target).toBe('2.0');
  });
});

describe('withProfile: picking a profile ticks its needs', () => {
  it.each([
    // [ticked before, picked, ticked after]
    [['jit', 'devices'], 'network-server', ['fixed-user', 'low-ports', 'network']],
    [['jit', 'writes'], 'bus-helper', ['dbus', 'fixed-user', 'writes']], // the paths question stays answered
    [['network', 'low-ports', 'fixed-user'], 'batch', []],
    [['network', 'writes'], 'none', ['writes']],
    [['jit'], 'custom', ['jit']], // custom is only a label
  ] as const)('%j, picked %s → %j', (before, profile, after) => {
    expect(sorted(withProfile(form(before), profile))).toEqual(after);
  });
});

describe('withNeed: ticking brings implied needs, unticking removes one', () => {
  it.each([
    // [ticked before, need, on, ticked after]
    [[], 'dbus', true, ['dbus', 'fixed-user']],
    [[], 'low-ports', true, ['low-ports', 'network']],
    [['dbus', 'fixed-user'], 'fixed-user', false, ['dbus']], // as --needs=bus-helper,-fixed-user
    [['network', 'low-ports'], 'network', false, ['low-ports']],
    [['jit'], 'jit', false, []],
  ] as const)('%j, %s %s → %j', (before, need, on, after) => {
    expect(sorted(withNeed(form(before), need, on))).toEqual(after);
  });

  it('leaves the target and paths as typed', () => {
    const f = withNeed(form([], { target: '3.x', writes: '/srv' }), 'jit', true);
    expect([f.target, f.writes]).toEqual(['3.x', '/srv']);
  });
});

describe('readTarget', () => {
  it.each([
    ['2.0', 20], ['2', 20], [' 4.9 ', 49], ['0', 0], ['10.0', 100], ['OK', 49], ['safe', 9],
  ] as const)('%j → %i tenths', (text, tenths) => {
    expect(readTarget(text)).toEqual({ ok: true, target: tenths });
  });

  it.each([
    ['', /^Enter a target exposure from 0\.0 to 10\.0\.$/],
    ['  ', /^Enter a target/],
    ['2.05', /^'2\.05' is no target: /],
    ['10.1', /^'10\.1' is no target/],
    ['-1', /^'-1' is no target/],
    ['abc', /^'abc' is no target/],
    ['2,5', /^'2,5' is no target/],
  ] as const)('%j is refused with a message naming it', (text, message) => {
    const r = readTarget(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('stepTarget: arrow keys move by 0.1 within 0.0–10.0', () => {
  it.each([
    ['2.0', 1, '2.1'], ['2.0', -1, '1.9'], ['0.0', -1, '0.0'], ['10', 1, '10.0'], ['OK', 1, '5.0'], ['3', -1, '2.9'],
    ['abc', 1, null], ['', -1, null],
  ] as const)('%j %i → %j', (text, delta, want) => {
    expect(stepTarget(text, delta)).toBe(want);
  });
});

describe('readNeeds: the planner\'s need set', () => {
  it.each([
    // [ticked, paths typed, needs, writes]
    [['network'], '', ['network'], []],
    [['writes'], '/srv/a  /var/lib/b,/c:/d\n/e', ['writes'], ['/srv/a', '/var/lib/b', '/c', '/d', '/e']],
    [['jit'], '/srv/a', ['jit'], []], // paths count only while "writes" is ticked
    [['writes'], '', ['writes'], []],
    [['dbus'], '', ['dbus'], []], // implied needs are not added back: what is ticked is planned for
  ] as const)('%j with %j', (needs, paths, wantNeeds, wantWrites) => {
    const r = readNeeds(form(needs, { writes: paths }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect([...r.needs.needs].sort()).toEqual(wantNeeds);
      expect(r.needs.writes).toEqual(wantWrites);
    }
  });

  it.each([
    ['srv/data', 'srv/data'], ['/ok /tmp/"x"', '/tmp/"x"'], ["/a\\b", '/a\\b'],
  ])('%j is refused, naming %j', (paths, word) => {
    const r = readNeeds(form(['writes'], { writes: paths }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`'${word}'`);
  });

  it('splitPaths drops empty words', () => {
    expect(splitPaths(' , /a ::/b ')).toEqual(['/a', '/b']);
  });
});

describe('the questions and shortcuts', () => {
  it('every need is asked exactly once', () => {
    expect([...QUESTION_ORDER].sort()).toEqual(NEEDS.map((n) => n.id).sort());
  });
  it('band shortcuts are the tops of SAFE, OK and MEDIUM', () => {
    expect(BAND_SHORTCUTS).toEqual([{ label: 'SAFE', target: 9 }, { label: 'OK', target: 49 }, { label: 'MEDIUM', target: 74 }]);
  });
});
