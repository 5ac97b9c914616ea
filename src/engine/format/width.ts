/**
 * How many terminal cells systemd's table code gives a string, for column widths (spec §7.1).
 *
 * Measured on the real binaries by putting characters into DeviceAllow= paths, which end up in a
 * description cell: every code point takes one cell (control characters, DEL, combining marks and
 * zero-width characters included, and `…`), except those in {@link WIDE_RANGES}, which take two,
 * and TAB (see {@link cellWidth} and {@link paddingWidth}). The wide table is an old East Asian
 * Width snapshot (U+1F300 is wide, U+1F600 is not), verified identical in 252, 257 and 262 over
 * every valid code point.
 */
import type { SystemdVersion } from '../types.ts';
import { profileFor } from '../versions/profile.ts';

/** Inclusive code point ranges that take two cells, ascending and disjoint. */
export const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115F], [0x2329, 0x232A], [0x2E80, 0x2E99], [0x2E9B, 0x2EF3], [0x2F00, 0x2FD5],
  [0x2FF0, 0x2FFB], [0x3000, 0x303E], [0x3041, 0x3096], [0x3099, 0x30FF], [0x3105, 0x312D],
  [0x3131, 0x318E], [0x3190, 0x31BA], [0x31C0, 0x31E3], [0x31F0, 0x321E], [0x3220, 0x3247],
  [0x3250, 0x32FE], [0x3300, 0x4DBF], [0x4E00, 0xA48C], [0xA490, 0xA4C6], [0xA960, 0xA97C],
  [0xAC00, 0xD7A3], [0xF900, 0xFAFF], [0xFE10, 0xFE19], [0xFE30, 0xFE52], [0xFE54, 0xFE66],
  [0xFE68, 0xFE6B], [0xFF01, 0xFF60], [0xFFE0, 0xFFE6], [0x1B000, 0x1B001], [0x1F200, 0x1F202],
  [0x1F210, 0x1F23A], [0x1F240, 0x1F248], [0x1F250, 0x1F251], [0x1F300, 0x1F567],
  [0x20000, 0x3FFFF],
];

/** Whether code point `cp` takes two terminal cells (see {@link WIDE_RANGES}). */
export function isWide(cp: number): boolean {
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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function measure(s: string, tabWidth: number): number {
  // Nearly every cell is printable ASCII: one cell per character.
  if (PRINTABLE_ASCII.test(s)) return s.length;
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) width += cp === 0x09 ? tabWidth : 1;
    else width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/**
 * The width of `s` in terminal cells as `version`'s table code counts it when sizing a column
 * (default 262; the versions differ only in TAB: 1 cell in 252, 8 from 257 on). Lone surrogates
 * count as one cell; they never reach systemd, which refuses text that is not UTF-8.
 */
export function cellWidth(s: string, version: SystemdVersion = '262'): number {
  return measure(s, profileFor(version).tabColumnWidth);
}

/**
 * The width systemd assumes for `s` when computing how many spaces pad it to its column: the same
 * as {@link cellWidth} except that 257 still counts TAB as 1 cell here (252 does too, 262 counts
 * 8). systemd pads only cells whose {@link cellWidth} is below the column width, so in 257 a cell
 * with a TAB can come out wider than its column.
 */
export function paddingWidth(s: string, version: SystemdVersion = '262'): number {
  return measure(s, profileFor(version).tabPaddingWidth);
}
