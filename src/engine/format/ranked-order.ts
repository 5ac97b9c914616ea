/**
 * The printed order of a table whose rows sort by their strings' ranks (see sort.ts: no empty
 * description, or 262's empty-first rule), as `formatText()` works it out from the ranks it keeps
 * per table position: one sort of small integer keys, then table position. Kept apart from sort.ts,
 * which the score-only engine bundles, as only the text formatter needs it.
 */

/** Per row, its sort key (sort.ts's `sortKey()`); reused, as a fresh typed array per report costs more than the sort. */
let keys = new Int32Array(0);

/**
 * The table positions in the order the last sort put them. Consecutive reports mostly order their
 * rows alike, so an insertion sort starting from it moves few of them, where a fresh sort of all
 * keys (`Float64Array.prototype.sort`) does the whole work again on every keystroke.
 */
let order = new Int32Array(0);

/** Above this many rows an insertion sort could go quadratic: the built-in sort takes over. */
const INSERTION_SORT_LIMIT = 256;

/**
 * Room for the keys of `n` rows, to fill in and hand to {@link orderByKeys}; valid until the next
 * call of either.
 */
export function keysFor(n: number): Int32Array {
  if (keys.length !== n) {
    keys = new Int32Array(n);
    order = Int32Array.from({ length: n }, (_, i) => i);
  }
  return keys;
}

/**
 * The table positions `0 … n - 1` ordered by the keys {@link keysFor} gave room for, then by
 * position. The array is reused by the next call.
 */
export function orderByKeys(n: number): Int32Array {
  if (n > INSERTION_SORT_LIMIT) return order.sort((p, q) => (keys[p] as number) - (keys[q] as number) || p - q);
  for (let i = 1; i < n; i++) {
    const p = order[i] as number;
    const key = keys[p] as number;
    let j = i - 1;
    for (; j >= 0; j--) {
      const q = order[j] as number;
      const other = keys[q] as number;
      if (other < key || (other === key && q < p)) break;
      order[j + 1] = q;
    }
    order[j + 1] = p;
  }
  return order;
}
