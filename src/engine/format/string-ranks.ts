/**
 * Ranks of strings in `strcmp` order, remembered across reports: the table's names and nearly all
 * of its descriptions are the same strings in every report, so sorting a report can compare small
 * integers instead of long strings that share their first words ("Service has …").
 */
import { compareUtf8 } from './compare.ts';

/**
 * A growing, ordered set of strings with each one's rank (0 = lowest in UTF-8 byte order; equal
 * strings share one rank). Ranks of strings learned together are consistent with {@link compareUtf8},
 * but learning a new string renumbers those above it: read ranks only after `learn()`ing every
 * string one comparison needs. At `limit` strings the set starts over, so a long session typing
 * ever-new descriptions cannot make it grow without bound (a report holds at most 2 × rows).
 */
export class StringRanks {
  readonly #limit: number;
  #sorted: string[] = [];
  #rank = new Map<string, number>();
  /** {@link rankAt}'s memory: the last string and rank seen per slot; emptied whenever ranks change. */
  #slotString: (string | undefined)[] = [];
  #slotRank: number[] = [];
  #epoch = 0;

  /** `limit` (default 4096) bounds the number of strings kept; ranks stay below it. */
  constructor(limit = 4096) {
    this.#limit = limit;
  }

  /** A number that changes whenever ranks may have changed: ranks kept from an older epoch must be looked up again. */
  get epoch(): number {
    return this.#epoch;
  }

  /** The most ranks this set hands out: every rank is below it. */
  get limit(): number {
    return this.#limit;
  }

  /**
   * Makes sure every string of `strings` (nulls skipped) has a rank. Returns false, learning
   * nothing, when they would not fit even in an empty set.
   */
  learn(strings: readonly (string | null)[]): boolean {
    let missing: string[] | null = null;
    for (const s of strings) if (s !== null && !this.#rank.has(s)) (missing ??= []).push(s);
    if (missing === null) return true;
    this.#epoch++;
    if (this.#sorted.length + missing.length > this.#limit) {
      this.#slotString = [];
      this.#sorted = [];
      this.#rank.clear();
      missing = [...new Set(strings)].filter((s): s is string => s !== null);
      if (missing.length > this.#limit) return false;
    }
    this.#slotString = [];
    let lowest = this.#sorted.length;
    for (const s of missing) {
      if (this.#rank.has(s)) continue; // listed twice among the missing
      const at = this.#insertionPoint(s);
      this.#sorted.splice(at, 0, s);
      this.#rank.set(s, -1); // renumbered below
      lowest = Math.min(lowest, at);
    }
    for (let i = lowest; i < this.#sorted.length; i++) this.#rank.set(this.#sorted[i] as string, i);
    return true;
  }

  /** The rank of a string `learn()` has seen since the set last started over; -1 otherwise. */
  rankOf(s: string): number {
    return this.#rank.get(s) ?? -1;
  }

  /**
   * {@link rankOf}, remembered in `slot` (a small non-negative integer the caller chooses, e.g. a
   * row's position): asking a slot for the string it was last asked for skips the hash look-up.
   */
  rankAt(slot: number, s: string): number {
    if (this.#slotString[slot] === s) return this.#slotRank[slot] as number;
    const rank = this.rankOf(s);
    if (rank >= 0) {
      this.#slotString[slot] = s;
      this.#slotRank[slot] = rank;
    }
    return rank;
  }

  #insertionPoint(s: string): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareUtf8(this.#sorted[mid] as string, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
