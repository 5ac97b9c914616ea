/**
 * StringRanks: the remembered strcmp ranks that row sorting compares instead of strings.
 */
import { describe, expect, it } from 'vitest';
import { compareUtf8 } from '../../../src/engine/format/compare.ts';
import { StringRanks } from '../../../src/engine/format/string-ranks.ts';

/** Each string's rank, in the order given. */
const ranksOf = (ranks: StringRanks, strings: readonly string[]): number[] => strings.map((s) => ranks.rankOf(s));

describe('StringRanks', () => {
  it.each([
    ['ASCII, upper case below lower case', ['b', 'a', 'Z'], [2, 1, 0]],
    ['a prefix ranks below its extensions', ['Service ', 'Service', 'Service has'], [1, 0, 2]],
    ['UTF-8 order, not UTF-16 order', ['\u{10000}', '\uffff', 'z'], [2, 1, 0]],
    ['duplicates share one rank', ['x', 'x', 'a'], [1, 1, 0]],
  ] as const)('%s', (_what, strings, expected) => {
    const ranks = new StringRanks();
    expect(ranks.learn(strings)).toBe(true);
    expect(ranksOf(ranks, strings)).toEqual(expected);
  });

  it('renumbers known strings when a lower one arrives, keeping their order', () => {
    const ranks = new StringRanks();
    ranks.learn(['m', 'z']);
    expect(ranksOf(ranks, ['m', 'z'])).toEqual([0, 1]);
    ranks.learn(['a', null]);
    expect(ranksOf(ranks, ['a', 'm', 'z'])).toEqual([0, 1, 2]);
  });

  it('rankAt answers as rankOf, also after learning renumbers the strings it remembers', () => {
    const ranks = new StringRanks();
    ranks.learn(['m', 'z']);
    expect([ranks.rankAt(0, 'm'), ranks.rankAt(1, 'z'), ranks.rankAt(0, 'm')]).toEqual([0, 1, 0]);
    ranks.learn(['a']);
    expect([ranks.rankAt(0, 'm'), ranks.rankAt(1, 'z'), ranks.rankAt(1, 'a'), ranks.rankAt(2, 'never')]).toEqual([1, 2, 0, -1]);
  });

  it('answers -1 for a string it has not learned', () => {
    expect(new StringRanks().rankOf('never')).toBe(-1);
  });

  it('starts over at its limit, and refuses more strings than it can hold', () => {
    const ranks = new StringRanks(3);
    ranks.learn(['a', 'b', 'c']);
    expect(ranks.learn(['d'])).toBe(true);
    expect(ranksOf(ranks, ['a', 'd'])).toEqual([-1, 0]);
    expect(ranks.learn(['w', 'x', 'y', 'z'])).toBe(false);
    expect(ranks.rankOf('w')).toBe(-1);
  });

  it('agrees with compareUtf8 on many strings learned in batches', () => {
    const ranks = new StringRanks();
    const strings = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x41 + ((i * 7919) % 0x3000), 0x61 + (i % 26)).repeat(1 + (i % 3)));
    for (let i = 0; i < strings.length; i += 37) ranks.learn(strings.slice(i, i + 37));
    for (const a of strings.slice(0, 60)) {
      for (const b of strings.slice(100, 160)) expect(Math.sign(ranks.rankOf(a) - ranks.rankOf(b))).toBe(Math.sign(compareUtf8(a, b)));
    }
  });
});
