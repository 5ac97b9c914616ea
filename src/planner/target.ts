/**
 * Reading a target exposure: a number from 0 to 10 with at most one decimal (`2`, `2.0`, `4.9`), or
 * a rating band (`OK`, `safe`), which stands for the highest exposure still in that band.
 */
import { RATINGS } from '../engine/index.ts';

/**
 * The target in tenths, or null when `text` is neither a number from 0.0 to 10.0 with at most one
 * decimal nor a band name. A band means its highest exposure: `OK` is 4.9, `PERFECT` 0.0,
 * `DANGEROUS` 10.0. Case does not matter for band names.
 */
export function parseTarget(text: string): number | null {
  const number = /^(\d{1,2})(?:\.(\d))?$/.exec(text.trim());
  if (number !== null) {
    const tenths = Number(number[1]) * 10 + Number(number[2] ?? '0');
    return tenths <= 100 ? tenths : null;
  }
  const index = RATINGS.findIndex((r) => r.label === text.trim().toUpperCase());
  if (index < 0) return null;
  // RATINGS runs from worst to best: the band above this one starts where this one ends.
  return index === 0 ? 100 : (RATINGS[index - 1]?.min ?? 101) - 1;
}
