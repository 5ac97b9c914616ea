/**
 * The order in which `systemd-analyze security` prints its rows (text and JSON alike).
 *
 * Up to 249 the table is sorted by WEIGHT descending, then NAME, then position (the profile's
 * `rowOrder`); the rest of this comment is about 250 and later.
 *
 * From 250 on systemd sorts its table by the DESCRIPTION column descending, then NAME ascending, then the order
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
import { compareUtf8 } from './compare.ts';
import { StringRanks } from './string-ranks.ts';

export { compareUtf8 } from './compare.ts';

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
 * Names and descriptions of every report sorted so far, shared by all versions (strcmp is strcmp),
 * and by `formatText()`, which sorts its rows by these ranks itself (see ranked-order.ts).
 */
export const RANKS = new StringRanks();

/**
 * A row's sort key from its description's rank (null for an empty description) and its name's rank
 * in {@link RANKS}: the description's rank reversed (an empty description, 0, above any string),
 * then the name's. Below 2^24 with the default limit.
 */
export function sortKey(descriptionRank: number | null, nameRank: number): number {
  const limit = RANKS.limit;
  return (limit - (descriptionRank ?? limit)) * limit + nameRank;
}

/** Room for the keys of one sort, reused: a fresh typed array per report costs more than the sort. */
let keys = new Float64Array(0);

/** Table positions are packed below the ranks of a sort key, so there can be at most this many rows. */
const POSITIONS = 1 << 16;

/**
 * The order of a total comparator (no empty description, or 262's empty-first rule) as one sort of
 * numbers: each row's key packs its {@link sortKey} above its position. Keys stay below
 * 2^44, exact in a double. Returns null when the strings outnumber what {@link RANKS} can hold.
 */
function sortByRanks(rows: readonly Row[]): Row[] | null {
  // Exactly as long as the table (81 rows, every time): no view to make per sort.
  if (keys.length !== rows.length) keys = new Float64Array(rows.length);
  for (let pass = 0; pass < 2; pass++) {
    let complete = true;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Row;
      const description = row.description === null ? null : RANKS.rankAt(2 * i + 1, row.description);
      const name = RANKS.rankAt(2 * i, row.name);
      if ((description !== null && description < 0) || name < 0) {
        complete = false;
        break;
      }
      keys[i] = sortKey(description, name) * POSITIONS + i;
    }
    if (complete) {
      keys.sort();
      const sorted = new Array<Row>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const key = keys[i] as number;
        sorted[i] = rows[key - Math.floor(key / POSITIONS) * POSITIONS] as Row; // the position: the key's low part
      }
      return sorted;
    }
    if (!RANKS.learn(rows.flatMap((r) => [r.description, r.name]))) return null;
  }
  return null;
}

/**
 * The order of the tables before 250: WEIGHT descending (as numbers), then NAME ascending
 * (`strcmp`), then table position. A total order, so any stable sort gives glibc's result.
 */
function sortByWeight(rows: readonly Row[]): Row[] {
  return rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => b.row.weight - a.row.weight || compareUtf8(a.row.name, b.row.name) || a.position - b.position)
    .map(({ row }) => row);
}

/**
 * Returns `rows` (in table order, as the assessors produce them) in the order systemd prints them
 * for `version`. The positions within `rows` are what the tie-breaks compare, so pass every row the
 * table holds. Does not modify `rows`; an empty input gives an empty array.
 */
export function sortRows(rows: readonly Row[], version: SystemdVersion): Row[] {
  const profile = profileFor(version);
  if (profile.rowOrder === 'weight') return sortByWeight(rows);
  const totalOrder = profile.emptyDescriptionSortsFirst || rows.every((r) => r.description !== null);
  if (totalOrder && rows.length <= POSITIONS) {
    // A total order: any correct sort gives glibc's result.
    const sorted = sortByRanks(rows);
    if (sorted !== null) return sorted;
  }
  const positions = Array.from({ length: rows.length + 1 }, (_, k) => k);
  const sorted = mergeSort(positions, comparatorFor(rows, version));
  return sorted.filter((k) => k !== 0).map((k) => rows[k - 1] as Row);
}
