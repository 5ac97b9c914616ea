/**
 * The rating bands for the ruler under the big number: where each label starts on the 0–100 scale,
 * as in spec/analyze-security-v252.md §6.1 (unchanged in 257 and 262). The engine's Report carries
 * the band it picked; this list only draws the scale.
 */
import type { RatingLabel } from './engine.ts';

/** Bands from best to worst with their lowest exposure (tenths). */
export const BANDS: readonly { readonly label: RatingLabel; readonly min: number }[] = [
  { label: 'PERFECT', min: 0 },
  { label: 'SAFE', min: 1 },
  { label: 'OK', min: 10 },
  { label: 'MEDIUM', min: 50 },
  { label: 'EXPOSED', min: 75 },
  { label: 'UNSAFE', min: 90 },
  { label: 'DANGEROUS', min: 100 },
];
