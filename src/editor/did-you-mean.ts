/**
 * "Did you mean …?" for mistyped directive names. Hand-written: the rule (a wrong case first, then
 * a swap of two letters as one edit, a limit by length) is tuned to systemd's case-sensitive keys,
 * and a fuzzy-search package would add weight for one small function.
 */

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
 * characters as one edit each (optimal string alignment), so `Tpm` is one edit from `Tmp`.
 * Exits early once every path exceeds `max`, then returns `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * The known name closest to `name`: an exact case-insensitive match first (keys are
 * case-sensitive, so `privatetmp` → `PrivateTmp`), else the nearest within
 * max(1, ⌊length/4⌋) edits; ties go to the first in `known`. Null when `name` is known or nothing
 * is close.
 */
export function didYouMean(name: string, known: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const max = Math.max(1, Math.floor(name.length / 4));
  let best: string | null = null;
  let bestD = max + 1;
  for (const k of known) {
    if (k === name) return null;
    if (k.toLowerCase() === lower) return k;
    const d = editDistance(lower, k.toLowerCase(), Math.min(max, bestD - 1));
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}
