/** Reading `--target=`: numbers in tenths, band names as their highest exposure. */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/planner/target.ts';

describe('parseTarget', () => {
  it.each([
    ['2', 20], ['2.0', 20], ['4.9', 49], ['0', 0], ['10', 100], ['10.0', 100], [' 3.5 ', 35],
    ['PERFECT', 0], ['safe', 9], ['OK', 49], ['medium', 74], ['EXPOSED', 89], ['UNSAFE', 99], ['DANGEROUS', 100],
    ['10.1', null], ['11', null], ['2.05', null], ['-1', null], ['', null], ['fine', null], ['2,0', null],
  ] as const)('%j → %j', (text, tenths) => {
    expect(parseTarget(text)).toBe(tenths);
  });
});
