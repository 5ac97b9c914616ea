/**
 * Row order: description descending by UTF-8 bytes, then name, then table position; and the
 * ProtectProc=noaccess row, whose empty description 252/257 place by emulating glibc's merge sort
 * and 262 places first (spec §7.2, version-changes 262 §1). Expected orders are recorded from the
 * real binaries (scripts/record-format-fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareUtf8, sortRows } from '../../../src/engine/format/sort.ts';
import type { Row, SystemdVersion } from '../../../src/engine/types.ts';
import { readFixture, rowsFrom } from './support.ts';

interface SortCase {
  version: SystemdVersion;
  settings: string[];
  json: string;
}
const cases = readFixture<SortCase[]>('sort-cases.json.gz');
const printedIds = (json: string): string[] => (JSON.parse(json) as { json_field: string }[]).map((r) => r.json_field);

describe('compareUtf8', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['abc', 'abc', 0],
    ['', 'a', -1], // a prefix sorts first, as strcmp's NUL does
    ['Service', 'Service ', -1],
    ['Z', 'a', -1], // bytes, not collation: upper case first
    ['é', 'z', 1], // U+00E9 is 0xC3 0xA9, above any ASCII byte
    ['\uffff', '\u{10000}', -1], // UTF-16 order says the opposite
    ['\ue000', '\u{1F600}', -1],
    ['\u{1F600}', '\u{1F601}', -1],
    ['\ud7ff', '\ue000', -1],
  ] as const)('%j vs %j → %d', (a, b, expected) => {
    expect(Math.sign(compareUtf8(a, b))).toBe(expected);
  });
});

describe('sortRows on recorded ProtectProc=noaccess units', () => {
  it.each(cases.map((c) => [c.version, c.settings.join(' '), c] as const))('%s: %s', (version, _settings, c) => {
    const rows = rowsFrom(c.json);
    expect(sortRows(rows, version).map((r) => r.id)).toEqual(printedIds(c.json));
  });

  it('covers positions a total order would not give', () => {
    // On 252/257 the empty row's place depends on the merge sort; the cases must show it inside
    // the list, not only at an end, or the emulation would not be tested.
    const positions = cases
      .filter((c) => c.version !== '262')
      .map((c) => printedIds(c.json).indexOf('ProtectProc'));
    expect(positions.some((p) => p > 0 && p < 80)).toBe(true);
    expect(new Set(positions).size).toBeGreaterThan(3);
  });

  it('puts the empty description first on 262', () => {
    for (const c of cases.filter((x) => x.version === '262')) expect(printedIds(c.json)[0]).toBe('ProtectProc');
  });
});

const row = (index: number, name: string, description: string | null): Row => ({
  id: name, name, index, weight: 1, range: 1, badness: 0, set: true, exposure: null, description, spans: [],
});

describe('sortRows on synthetic rows', () => {
  it.each(['252', '257', '262'] as const)('%s: description descending, then name, then position', (version) => {
    const rows = [row(1, 'B=', 'same'), row(2, 'A=', 'same'), row(3, 'C=', 'zeta'), row(4, 'A=', 'same'), row(5, 'D=', 'Zeta')];
    // 'Zeta' sorts last: 'Z' (0x5A) is below 's' (0x73), and the order is descending
    expect(sortRows(rows, version).map((r) => r.index)).toEqual([3, 2, 4, 1, 5]);
  });

  it.each([
    // with a lone empty description 262 sorts it first; 252's fallback compares positions reversed
    ['262', [2, 1, 3]],
    ['252', [1, 3, 2]],
  ] as const)('%s: an empty description among three rows', (version, expected) => {
    const rows = [row(1, 'A=', 'b'), row(2, 'B=', null), row(3, 'C=', 'a')];
    expect(sortRows(rows, version).map((r) => r.index)).toEqual(expected);
  });

  it('262: several empty descriptions come first, by name then position, above rows sharing a description', () => {
    const rows = [row(1, 'B=', 'x'), row(2, 'B=', null), row(3, 'A=', 'x'), row(4, 'C=', null), row(5, 'A=', null), row(6, 'A=', 'x')];
    expect(sortRows(rows, '262').map((r) => r.index)).toEqual([5, 2, 4, 3, 6, 1]);
  });

  it('does not modify its input and accepts no rows', () => {
    const rows = [row(1, 'A=', 'a'), row(2, 'B=', 'b')];
    sortRows(rows, '262');
    expect(rows.map((r) => r.index)).toEqual([1, 2]);
    expect(sortRows([], '252')).toEqual([]);
  });
});

describe('sortRows against a plain strcmp sort', () => {
  // Descriptions and names from a small alphabet (ASCII, BMP above U+E000, beyond the BMP), so
  // ties on description and on name are frequent and UTF-16 order would differ from strcmp's.
  const pieces = ['a', 'B', 'Service ', '\ue000', '\u{1F600}', 'é'];
  const pick = (seed: number, length: number): string => Array.from({ length }, (_, i) => pieces[(seed * 31 + i * 17) % pieces.length]).join('');
  it.each(['252', '257', '262'] as const)('%s: 50 pseudo-random tables of 81 rows', (version) => {
    for (let t = 0; t < 50; t++) {
      const rows = Array.from({ length: 81 }, (_, i) => row(i + 1, pick(t + i * 7, 1 + ((i + t) % 2)), pick(t * 13 + (i % 9), 1 + (i % 3))));
      const expected = [...rows].sort((a, b) => -compareUtf8(a.description as string, b.description as string) || compareUtf8(a.name, b.name) || a.index - b.index);
      expect(sortRows(rows, version).map((r) => r.index)).toEqual(expected.map((r) => r.index));
    }
  });
});
