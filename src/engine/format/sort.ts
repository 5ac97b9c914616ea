/**
 * The order in which `systemd-analyze security` prints its rows (text and JSON alike).
 *
 * systemd sorts its table by the DESCRIPTION column descending, then NAME ascending, then the order
 * the rows were added (spec §7.2). Strings compare with `strcmp`, i.e. by UTF-8 bytes.
 *
 * The one cell that is not a string is the empty description of `ProtectProc=noaccess`. Up to 257,
 * comparing it with anything falls back to the rows' positions, and that result is reversed too,
 * because the reversal belongs to the description column. Such a comparator is not a total order,
 * so where that row lands depends on the exact sort algorithm: glibc's `qsort_r`, which for arrays
 * of this size is a top-down merge sort. We emulate it step for step, header row included (the
 * header takes part in the splits even though it always compares first). 262 compares emptiness
 * first, so an empty description simply sorts first.
 */
import type { Row, SystemdVersion } from '../types.ts';
import { profileFor } from '../versions/profile.ts';

/**
 * Compares two strings as `strcmp` compares their UTF-8 encodings: negative, zero or positive.
 * UTF-8 byte order equals code point order, which differs from JavaScript's UTF-16 order only where
 * a surrogate pair (U+10000 and up) meets a code unit in U+E000–U+FFFF; shifting the code units as
 * below restores code point order without decoding.
 */
export function compareUtf8(a: string, b: string): number {
  // Below U+D800 UTF-16 order is code point order, so the engine's usual strings compare natively.
  if (!BEYOND_BMP_START.test(a) && !BEYOND_BMP_START.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const BEYOND_BMP_START = /[\uD800-\uFFFF]/;

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  if (unit < 0xe000) return unit + 0x2000; // surrogates: above every BMP code unit
  return unit - 0x800;
}

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

/** A comparator over table positions: 0 is the header, k ≥ 1 is `rows[k - 1]`. */
type PositionCompare = (x: number, y: number) => number;

function comparatorFor(rows: readonly Row[], version: SystemdVersion): PositionCompare {
  const emptyFirst = profileFor(version).emptyDescriptionSortsFirst;
  return (x, y) => {
    if (x === 0 || y === 0) return x === y ? 0 : x === 0 ? -1 : 1;
    const a = rows[x - 1] as Row;
    const b = rows[y - 1] as Row;
    let r: number;
    if (a.description === null || b.description === null) {
      if (emptyFirst) {
        // Emptiness decides before the reversal: an empty cell ranks above any string, and two
        // empty cells are equal, so the next key decides.
        r = a.description === b.description ? 0 : a.description === null ? 1 : -1;
      } else {
        r = sign(x - y); // the generic fallback on the rows' positions, reversed below
      }
    } else {
      r = sign(compareUtf8(a.description, b.description));
    }
    if (r !== 0) return -r;
    r = sign(compareUtf8(a.name, b.name));
    if (r !== 0) return r;
    return sign(x - y);
  };
}

/** glibc's `msort_with_tmp`: split at ⌊n/2⌋, sort both halves, merge taking the left on ties. */
function mergeSort(items: number[], cmp: PositionCompare): number[] {
  if (items.length <= 1) return items;
  const half = Math.floor(items.length / 2);
  const left = mergeSort(items.slice(0, half), cmp);
  const right = mergeSort(items.slice(half), cmp);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (cmp(left[i] as number, right[j] as number) <= 0) out.push(left[i++] as number);
    else out.push(right[j++] as number);
  }
  while (i < left.length) out.push(left[i++] as number);
  while (j < right.length) out.push(right[j++] as number);
  return out;
}

/**
 * Returns `rows` (in table order, as the assessors produce them) in the order systemd prints them
 * for `version`. The positions within `rows` are what the tie-breaks compare, so pass every row the
 * table holds. Does not modify `rows`; an empty input gives an empty array.
 */
export function sortRows(rows: readonly Row[], version: SystemdVersion): Row[] {
  const compare = comparatorFor(rows, version);
  if (rows.every((r) => r.description !== null && !BEYOND_BMP_START.test(r.description) && !BEYOND_BMP_START.test(r.name))) {
    // Without an empty cell the comparator is a total order, so any correct sort gives glibc's
    // result; below U+D800 JavaScript's string order is strcmp's byte order.
    return [...rows].sort((a, b) => {
      const da = a.description as string;
      const db = b.description as string;
      if (da !== db) return da < db ? 1 : -1;
      if (a.name !== b.name) return a.name < b.name ? -1 : 1;
      return a.index - b.index;
    });
  }
  const positions = Array.from({ length: rows.length + 1 }, (_, k) => k);
  const sorted = mergeSort(positions, compare);
  return sorted.filter((k) => k !== 0).map((k) => rows[k - 1] as Row);
}
