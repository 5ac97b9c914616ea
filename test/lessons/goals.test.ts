import { describe, expect, it } from 'vitest';
import { analyze, type Report, type Refusal, type Row, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { evaluateGoals, allMet, type Goal } from '../../src/lessons/goals.ts';
import { bareResolved } from '../support/resolved.ts';

/** A hand-made report: only the fields goals read matter. */
function report(rows: Partial<Row>[], exposure = 96): Report {
  return {
    ok: true,
    version: '252',
    mode: 'offline',
    managerLog: [],
    unitId: 'x.service',
    rows: rows.map((r, i) => ({
      id: 'X', name: 'X=', index: i + 1, weight: 1000, range: 1, badness: 1, set: false,
      exposure: null, description: null, spans: [], ...r,
    })),
    badnessSum: 0,
    weightSum: 0,
    exposure,
    rating: { label: 'UNSAFE', min: 90, emoji: '😨', ascii: ':-{' },
    resolved: bareResolved(),
    diagnostics: [],
  };
}

const refusal: Refusal = {
  ok: false, version: '252', mode: 'offline', managerLog: [], unitId: 'x.service', diagnostics: [],
  reason: { code: 'no-exec-start', severity: 'error', args: {} },
};

const unit = (service: string): UnitFile[] => [{ path: 'x.service', text: `[Service]\nExecStart=/bin/true\n${service}` }];

const rows = report([
  { id: 'PrivateTmp', badness: 0, set: true },
  { id: 'PrivateNetwork', badness: 1, set: false },
  { id: 'ProtectHome', range: 10, badness: 5, set: false },
  { id: 'SupplementaryGroups', badness: null, set: null },
], 49);

describe('evaluateGoals on rows and exposure', () => {
  it.each<[string, Goal, boolean, string]>([
    ['✓ row asked ✓', { row: 'PrivateTmp', set: true }, true, 'met'],
    ['✗ row asked ✓', { row: 'PrivateNetwork', set: true }, false, 'row-mark'],
    ['✗ row kept ✗ (a constraint)', { row: 'PrivateNetwork', set: false, constraint: true }, true, 'met'],
    ['N/A row asked N/A', { row: 'SupplementaryGroups', set: null }, true, 'met'],
    ['N/A is never within a badness bound', { row: 'SupplementaryGroups', badnessAtMost: 10 }, false, 'badness-high'],
    ['badness 5 ≤ 5', { row: 'ProtectHome', badnessAtMost: 5 }, true, 'met'],
    ['badness 5 > 1', { row: 'ProtectHome', badnessAtMost: 1 }, false, 'badness-high'],
    ['badness 5 ≥ 5 (home stays readable)', { row: 'ProtectHome', badnessAtLeast: 5 }, true, 'met'],
    ['badness 5 < 6', { row: 'ProtectHome', badnessAtLeast: 6 }, false, 'badness-low'],
    ['a row the version lacks', { row: 'NoSuchRow', set: true }, false, 'row-missing'],
    ['exposure 49 ≤ 49', { exposureAtMost: 49 }, true, 'met'],
    ['exposure 49 > 48', { exposureAtMost: 48 }, false, 'exposure-high'],
  ])('%s', (_name, goal, met, reason) => {
    const [result] = evaluateGoals([goal], rows, unit(''));
    expect(result).toMatchObject({ met, reason });
  });

  it('reports what it found', () => {
    const [mark, badness, exposure] = evaluateGoals(
      [{ row: 'PrivateNetwork', set: true }, { row: 'ProtectHome', badnessAtMost: 0 }, { exposureAtMost: 10 }], rows, unit(''));
    expect([mark?.actual, badness?.actual, exposure?.actual]).toEqual([false, 5, 49]);
  });

  it('fails every goal, constraints included, when the unit is refused', () => {
    const results = evaluateGoals([{ row: 'PrivateTmp', set: true }, { has: 'ExecStart', value: '/bin/true', constraint: true }], refusal, unit(''));
    expect(results.map((r) => r.reason)).toEqual(['refused', 'refused']);
    expect(allMet(results)).toBe(false);
  });
});

describe('evaluateGoals on what the unit says', () => {
  it.each<[string, Goal, string, boolean]>([
    ['AF_INET allowed by default', { familyAllowed: 'AF_INET' }, '', true],
    ['AF_INET in an allow-list', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6', true],
    ['AF_INET missing from an allow-list', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=AF_UNIX', false],
    ['AF_INET denied by ~', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=~AF_INET', false],
    ['denying AF_INET6 keeps AF_INET', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=~AF_INET6', true],
    ['none allows nothing', { familyAllowed: 'AF_UNIX' }, 'RestrictAddressFamilies=none', false],
    ['an empty line resets', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=AF_UNIX\nRestrictAddressFamilies=', true],
    ['lines accumulate', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=AF_UNIX\nRestrictAddressFamilies=AF_INET', true],
    ['names are case-insensitive', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=af_inet', true],
    ['AF_LOCAL is AF_UNIX', { familyAllowed: 'AF_UNIX' }, 'RestrictAddressFamilies=AF_LOCAL', true],
    ['252 skips an unknown name', { familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=AF_BOGUS AF_INET', true],
    ['CAP kept by default', { capabilityKept: 'CAP_NET_BIND_SERVICE' }, '', true],
    ['empty bounding set drops all', { capabilityKept: 'CAP_NET_BIND_SERVICE' }, 'CapabilityBoundingSet=', false],
    ['named cap kept', { capabilityKept: 'CAP_NET_BIND_SERVICE' }, 'CapabilityBoundingSet=cap_net_bind_service', true],
    ['~ removes it', { capabilityKept: 'CAP_NET_BIND_SERVICE' }, 'CapabilityBoundingSet=~CAP_NET_BIND_SERVICE CAP_SYS_ADMIN', false],
    ['~X then X is "unset" again, so Y replaces (252)', { capabilityKept: 'CAP_SYS_ADMIN' }, 'CapabilityBoundingSet=~CAP_SYS_ADMIN\nCapabilityBoundingSet=CAP_SYS_ADMIN\nCapabilityBoundingSet=CAP_SYS_BOOT', false],
    ['PrivateDevices drops CAP_MKNOD', { capabilityKept: 'CAP_MKNOD' }, 'PrivateDevices=yes', false],
    ['ProtectClock drops CAP_SYS_TIME', { capabilityKept: 'CAP_SYS_TIME' }, 'CapabilityBoundingSet=CAP_SYS_TIME\nProtectClock=on', false],
    ['has: ExecStart unchanged', { has: 'ExecStart', value: '/bin/true' }, '', true],
    ['has: a word of a list', { has: 'ReadWritePaths', value: '/var/lib/x' }, 'ReadWritePaths=/srv /var/lib/x', true],
    ['has: reset by an empty assignment', { has: 'ReadWritePaths', value: '/var/lib/x' }, 'ReadWritePaths=/var/lib/x\nReadWritePaths=', false],
    ['has: only in [Service]', { has: 'Description', value: 'x' }, '[Unit]\nDescription=x', false],
  ])('%s', (_name, goal, service, met) => {
    const files = unit(service);
    const [result] = evaluateGoals([goal], analyze(files, { version: '252' }), files);
    expect(result?.met).toBe(met);
  });

  /** The verdict on `goal` for a unit whose [Service] also says `service`, analysed on `version` (offline where it can be). */
  const metOn = (goal: Goal, service: string, version: SystemdVersion): boolean | undefined => {
    const files = unit(service);
    return evaluateGoals([goal], analyze(files, { version }), files)[0]?.met;
  };

  it.each([
    ['252', true],
    ['257', true],
    ['262', false],
  ] as const)('an unknown family ends the line only on 262 (%s)', (version, met) => {
    expect(metOn({ familyAllowed: 'AF_INET' }, 'RestrictAddressFamilies=AF_UNIX AF_BOGUS AF_INET', version)).toBe(met);
  });

  it.each([
    ['252', false],
    ['262', true],
  ] as const)('~X then X then Y keeps X only on 262 (%s)', (version, met) => {
    const text = 'CapabilityBoundingSet=~CAP_SYS_ADMIN\nCapabilityBoundingSet=CAP_SYS_ADMIN\nCapabilityBoundingSet=CAP_SYS_BOOT';
    expect(metOn({ capabilityKept: 'CAP_SYS_ADMIN' }, text, version)).toBe(met);
  });

  it.each([
    ['245', false],
    ['247', false],
    ['249', true],
    ['252', true],
  ] as const)('`none` then ~AF_INET: from 249 a fresh deny-list; before, `none` is an unknown name in an allow-list (%s)', (version, met) => {
    expect(metOn({ familyAllowed: 'AF_UNIX' }, 'RestrictAddressFamilies=none\nRestrictAddressFamilies=~AF_INET', version)).toBe(met);
  });

  it.each([
    ['252', false],
    ['257', true],
  ] as const)('an unbalanced quote ends the capability list before 257 only (%s)', (version, met) => {
    expect(metOn({ capabilityKept: 'CAP_KILL' }, 'CapabilityBoundingSet=CAP_CHOWN "CAP_KILL', version)).toBe(met);
  });

  it('reads `has` from drop-ins too, in the order the loader applies them', () => {
    const files = [...unit(''), { path: 'x.service.d/10-reset.conf', text: '[Service]\nExecStart=\nExecStart=/bin/false\n' }];
    const results = evaluateGoals([{ has: 'ExecStart', value: '/bin/true' }, { has: 'ExecStart', value: '/bin/false' }], analyze(files), files);
    expect(results.map((r) => r.met)).toEqual([false, true]);
  });
});
