/**
 * The overall rating bands of `systemd-analyze security` (spec §6.1), identical in 252, 257 and 262.
 */
import type { Rating } from '../types.ts';

/**
 * The bands from worst to best, as systemd's own table lists them; the first whose `min` the
 * exposure reaches wins. DANGEROUS therefore needs exactly 10.0, and 9.0–9.9 is UNSAFE.
 */
export const RATINGS: readonly Rating[] = [
  { label: 'DANGEROUS', min: 100, emoji: '\u{1F922}', ascii: ':-[' },
  { label: 'UNSAFE', min: 90, emoji: '\u{1F628}', ascii: ':-{' },
  { label: 'EXPOSED', min: 75, emoji: '\u{1F641}', ascii: ':-(' },
  { label: 'MEDIUM', min: 50, emoji: '\u{1F610}', ascii: ':-|' },
  { label: 'OK', min: 10, emoji: '\u{1F642}', ascii: ':-)' },
  { label: 'SAFE', min: 1, emoji: '\u{1F600}', ascii: ':-}' },
  { label: 'PERFECT', min: 0, emoji: '\u{1F607}', ascii: ':-]' },
];

/**
 * The band for an overall exposure in tenths (0–100, as `Report.exposure`). Values above 100 are
 * DANGEROUS; values below 0 (never produced by the scorer) fall back to PERFECT.
 */
export function ratingFor(exposure: number): Rating {
  return RATINGS.find((r) => exposure >= r.min) ?? (RATINGS[RATINGS.length - 1] as Rating);
}
