/**
 * Where the rating bands and the score's marker sit on the ruler under the big number, in percent
 * of its width. ExposureSummary.astro draws the bands from this when the page is built, and
 * `<exposure-summary>` moves the marker with it; both as SVG attributes, which a strict
 * Content-Security-Policy allows where an inline `style` would be blocked.
 */
import { formatExposure, RATINGS, type RatingLabel } from '../state/engine.ts';

/** The engine lists the bands worst first, as systemd's table does; the ruler runs from 0 up. */
const BANDS = [...RATINGS].reverse();

/** One band's segment: from `x` percent, `width` percent wide, and its tooltip. */
export interface BandSegment {
  readonly label: RatingLabel;
  readonly x: number;
  readonly width: number;
  /** `SAFE from 0.1`. */
  readonly title: string;
}

/**
 * Every band as a segment, best first. Each spans its share of the 0–100 scale, at least one
 * tenth so that the one-tenth bands (PERFECT at 0, DANGEROUS at 100) stay visible; the segments
 * fill the ruler exactly.
 */
export function bandSegments(): BandSegment[] {
  const spans = BANDS.map((b, i) => Math.max((BANDS[i + 1]?.min ?? 101) - b.min, 1));
  const total = spans.reduce((a, b) => a + b, 0);
  let x = 0;
  return BANDS.map((b, i) => {
    const width = (spans[i]! * 100) / total;
    const segment = { label: b.label, x, width, title: `${b.label} from ${formatExposure(b.min)}` };
    x += width;
    return segment;
  });
}

/** The marker's `x` for an exposure in tenths (0–100): `96%`. */
export function markerX(exposure: number): string {
  return `${exposure}%`;
}
