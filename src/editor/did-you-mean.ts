/** "Did you mean …?" for mistyped directive names. */

/** Levenshtein distance with an early exit once it exceeds `max` (then returns `max + 1`). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The known name closest to `name`: an exact case-insensitive match first (keys are
 * case-sensitive, so `privatetmp` → `PrivateTmp`), else the nearest within
 * max(1, ⌊length/4⌋) edits; ties go to the first in `known`. Null when nothing is close.
 */
export function didYouMean(name: string, known: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const max = Math.max(1, Math.floor(name.length / 4));
  let best: string | null = null;
  let bestD = max + 1;
  for (const k of known) {
    if (k === name) return null;
    if (k.toLowerCase() === lower) return k;
    const d = editDistance(lower, k.toLowerCase(), bestD - 1 < max ? bestD - 1 : max);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}
