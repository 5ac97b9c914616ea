import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatPlaceholder, formatTenths, placeholdersIn } from '../../src/lessons/placeholders.ts';
import { applySolution, addToService } from '../../src/lessons/lesson.ts';

describe('placeholders', () => {
  it('finds score and rating placeholders, pinned or not', () => {
    expect(placeholdersIn('a {{score:start}} b {{rating:step-2@257}} {{score:x@999}} {{bogus:x}}')).toEqual([
      { kind: 'score', ref: 'start' },
      { kind: 'rating', ref: 'step-2', version: '257' },
    ]);
  });

  it('fills resolved ones and leaves unresolved ones visible', () => {
    const text = 'from {{score:start}} to {{score:done}}.';
    expect(fillPlaceholders(text, (p) => (p.ref === 'start' ? '9.6' : null))).toBe('from 9.6 to {{score:done}}.');
  });

  it.each([[96, '9.6'], [100, '10.0'], [0, '0.0'], [5, '0.5']])('formats %i tenths as %s', (t, s) => {
    expect(formatTenths(t)).toBe(s);
  });
});

describe('solutions', () => {
  const unit = '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\nOld=1\n\n[Install]\nWantedBy=multi-user.target\n';
  it('adds at the end of [Service], before the blank line and the next section', () => {
    expect(addToService(unit, ['A=1', 'B=2'])).toBe(
      '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\nOld=1\nA=1\nB=2\n\n[Install]\nWantedBy=multi-user.target\n');
  });
  it('appends a [Service] section when there is none', () => {
    expect(addToService('[Unit]\nDescription=x\n', ['A=1'])).toBe('[Unit]\nDescription=x\n\n[Service]\nA=1\n');
  });
  it('removes, then adds, on the unit file only', () => {
    const files = [{ path: 'x.service', text: unit }, { path: 'x.service.d/a.conf', text: '[Service]\nOld=1\n' }];
    const out = applySolution(files, { remove: ['Old=1'], add: ['New=2'] });
    expect(out[0]?.text).toContain('ExecStart=/bin/true\nNew=2\n\n[Install]');
    expect(out[0]?.text).not.toContain('Old=1');
    expect(out[1]).toBe(files[1]);
  });
});

describe('placeholders pinned to a mode', () => {
  it('parses @VERSION/MODE, and keeps unknown versions literal', () => {
    expect(placeholdersIn('{{score:start@262/live}} {{score:a@247/offline}} {{score:b@247}} {{score:c@246/live}} {{score:d@262/user}}')).toEqual([
      { kind: 'score', ref: 'start', version: '262', mode: 'live' },
      { kind: 'score', ref: 'a', version: '247', mode: 'offline' },
      { kind: 'score', ref: 'b', version: '247' },
    ]);
  });
  it.each(['{{score:s@262/live}}', '{{rating:s@252}}', '{{score:s}}'])('formats %s back to its source', (text) => {
    expect(placeholdersIn(text).map(formatPlaceholder)).toEqual([text]);
  });
});
