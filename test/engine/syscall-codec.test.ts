/**
 * The compact syscall form (src/engine/versions/syscall-codec.ts) on a small hand-made input:
 * shared and per-version flags, names a version lacks, `@sub` references first. The real data is
 * checked against the spec's sources in versions/data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeSyscalls, frontCode, frontDecode, groupLetter, type EncodedSyscalls } from '../../src/engine/versions/syscall-codec.ts';

const SAMPLE: EncodedSyscalls = {
  // slot 0 has @a and @b; slot 1 adds @c, which @a then references
  groups: 'A,B\nAC,B,C',
  letters: '@a,@b,@c',
  names: frontCode(['read', 'ipc', 'newcall', 'gone', 'moved']),
  flags: ['AB*', '+', '|C*', 'A*|', 'A*|B*'].join(' '),
};

describe('decodeSyscalls', () => {
  it.each([
    [0, { '@a': ['read', 'gone', 'moved'], '@b': ['read'] }, ['gone', 'moved', 'read'], ['gone', 'ipc', 'moved', 'read']],
    [1, { '@a': ['@c', 'read'], '@b': ['read', 'moved'], '@c': ['newcall'] }, ['moved', 'newcall', 'read'], ['ipc', 'moved', 'newcall', 'read']],
  ] as const)('slot %i', (slot, groups, native, known) => {
    const decoded = decodeSyscalls(SAMPLE, slot);
    expect(Object.fromEntries(decoded.groups)).toEqual(groups);
    expect([...decoded.native].sort()).toEqual(native);
    expect([...decoded.known].sort()).toEqual(known);
  });

  it('gives empty data for a slot it does not have', () => {
    const decoded = decodeSyscalls(SAMPLE, 5);
    expect(decoded.groups.size).toBe(0);
    expect(decoded.native.size).toBe(0);
  });
});

describe('frontCode', () => {
  it.each([
    [[], ''],
    [['read'], 'Aread'],
    [['clock_getres', 'clock_getres_time64', 'clock_gettime'], 'Aclock_getresM_time64Jtime'],
    // Unsorted: a name that is a prefix of the one before shares all of itself.
    [['readv', 'read', 'ipc'], 'AreadvEAipc'],
    [['a'.repeat(30), 'a'.repeat(31)], `A${'a'.repeat(30)}Z${'a'.repeat(6)}`],
  ])('%j → %s, and back', (names, coded) => {
    expect(frontCode(names)).toBe(coded);
    expect(frontDecode(coded)).toEqual(names);
  });

  it.each([['Read'], ['a b'], ['x-y'], ['']])('refuses %j', (name) => {
    expect(() => frontCode([name])).toThrow(/cannot be front-coded/);
  });
});

describe('groupLetter', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'a'], [51, 'z']])('%i → %s', (index, letter) => {
    expect(groupLetter(index)).toBe(letter);
  });
  it('refuses a 53rd group', () => {
    expect(() => groupLetter(52)).toThrow(/more than 52 groups/);
  });
});
