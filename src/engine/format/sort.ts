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

/** Names and descriptions of every report sorted so far, shared by all versions (strcmp is strcmp). */
const RANKS = new StringRanks();

/**
 * Per rank, the first row (its position) with that description, `-1` for none; each further row of
 * the same description follows in {@link nextOf}, by name rank then position. Slot `limit` holds
 * the empty descriptions, which rank above any string. Bit `r % 32` of `occupied[r >> 5]` says slot
 * `r` holds a row, so reading the slots skips the empty ones 32 at a time. Reused between sorts:
 * reading a slot clears it.
 */
const firstOf = new Int32Array(RANKS.limit + 1).fill(-1);
const occupied = new Int32Array((RANKS.limit >> 5) + 1);
let nextOf = new Int32Array(128);

/**
 * The order of a total comparator (no empty description, or 262's empty-first rule) without
 * comparing: rows go to the slot of their description's rank and the slots are read from the
 * highest down; rows sharing a slot are kept in order of name rank, then position. Returns null
 * when the strings outnumber what {@link RANKS} can hold.
 */
function sortByRanks(rows: readonly Row[]): Row[] | null {
  if (nextOf.length < rows.length) nextOf = new Int32Array(rows.length);
  for (let pass = 0; pass < 2; pass++) {
    let i = 0;
    rows: for (; i < rows.length; i++) {
      const row = rows[i] as Row;
      const description = row.description === null ? RANKS.limit : RANKS.rankAt(2 * i + 1, row.description);
      if (description < 0) break;
      let before = -1; // the row this one follows in its slot
      let after = firstOf[description] as number;
      if (after >= 0) {
        // Names only break ties, which are rare: ranked only when a slot is shared.
        const name = RANKS.rankAt(2 * i, row.name);
        for (; after >= 0; after = nextOf[before = after] as number) {
          const other = RANKS.rankAt(2 * after, (rows[after] as Row).name);
          if (name < 0 || other < 0) break rows;
          if (other > name) break;
        }
      }
      nextOf[i] = after;
      if (before >= 0) nextOf[before] = i;
      else firstOf[description] = i;
      occupied[description >> 5]! |= 1 << (description & 31);
    }
    const sorted = i === rows.length ? new Array<Row>(rows.length) : null;
    let k = 0;
    for (let word = occupied.length - 1; word >= 0; word--) {
      for (let bits = occupied[word] as number; bits !== 0;) {
        const bit = 31 - Math.clz32(bits);
        bits &= ~(1 << bit);
        const rank = (word << 5) + bit;
        if (sorted !== null) for (let at = firstOf[rank] as number; at >= 0; at = nextOf[at] as number) sorted[k++] = rows[at] as Row;
        firstOf[rank] = -1;
      }
      occupied[word] = 0;
    }
    if (sorted !== null) return sorted;
    if (!RANKS.learn(rows.flatMap((r) => [r.description, r.name]))) return null;
  }
  return null;
}

/**
 * Returns `rows` (in table order, as the assessors produce them) in the order systemd prints them
 * for `version`. The positions within `rows` are what the tie-breaks compare, so pass every row the
 * table holds. Does not modify `rows`; an empty input gives an empty array.
 */
export function sortRows(rows: readonly Row[], version: SystemdVersion): Row[] {
  const totalOrder = profileFor(version).emptyDescriptionSortsFirst || rows.every((r) => r.description !== null);
  if (totalOrder) {
    // A total order: any correct sort gives glibc's result.
    const sorted = sortByRanks(rows);
    if (sorted !== null) return sorted;
  }
  const positions = Array.from({ length: rows.length + 1 }, (_, k) => k);
  const sorted = mergeSort(positions, comparatorFor(rows, version));
  return sorted.filter((k) => k !== 0).map((k) => rows[k - 1] as Row);
}
