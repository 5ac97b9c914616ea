/**
 * The per-version runs form both compact codecs use (src/engine/versions/slot-runs.ts): encoding,
 * decoding every slot, the plain one-field-per-slot form, and the values it refuses.
 */
import { describe, expect, it } from 'vitest';
import { encodeRuns, valueAt } from '../../../src/engine/versions/slot-runs.ts';

describe('encodeRuns / valueAt', () => {
  it.each([
    [['BOOLEAN', 'BOOLEAN', 'BOOLEAN'], 'BOOLEAN'],
    [['', '', '', 'PATH', 'PATH'], '3|PATH'],
    [['OTHER', 'BOOLEAN', 'BOOLEAN'], 'OTHER|BOOLEAN'],
    [['A*', 'A*', '', 'B*', 'B*', 'B*', 'B*', 'B*'], 'A*2||B*'],
    [['X', 'Y', 'X'], 'X|Y|X'],
    [['', ''], ''],
  ])('%j ↔ %s', (values, runs) => {
    expect(encodeRuns(values)).toBe(runs);
    expect(values.map((_, slot) => valueAt(runs, slot))).toEqual(values);
  });

  it('reads the plain form of one field per slot', () => {
    expect([0, 1, 2].map((slot) => valueAt('BOOLEAN||', slot))).toEqual(['BOOLEAN', '', '']);
    expect([0, 1, 2].map((slot) => valueAt('|C*|A*', slot))).toEqual(['', 'C*', 'A*']);
  });

  it.each([['PATH2'], ['A|B']])('refuses %j', (value) => {
    expect(() => encodeRuns([value, 'x'])).toThrow(/cannot be written as a run/);
  });
});
