/**
 * systemd's `ellipsize_mem()` (src/basic/string-util.c): how a table cell wider than its column is
 * cut, at a terminal. Written here rather than taken from a package because the result must be
 * systemd's to the byte, including its rounding and its two UTF-8 variants:
 *
 * - All-ASCII text: `x = round((width - e) × percent / 100)` characters from the start, the
 *   ellipsis, then the last `width - x - e` characters, where the ellipsis is `…` (e = 1) in a UTF-8
 *   locale and `...` (e = 3) otherwise; a width of 1 gives `…` or `.`, 2 gives `..` outside UTF-8.
 * - Other text (always `…`, whatever the locale): characters of 1 or 2 cells (see `WIDE_RANGES`)
 *   are taken from the start up to `(width - 1) × percent / 100` cells and from the end while the
 *   total fits, then one character is given back to make room for `…`. From 254 on the giving back
 *   happens only when the kept characters fill the width (`ellipsizeMakesRoomAlways` false), so a
 *   wide character at the edge can leave the cell one cell short of its column.
 */
import { isWide } from './width.ts';

/** Which UTF-8 variant: 252 and before always make room for the ellipsis; 254+ only when full. */
export interface EllipsizeRules {
  /** The UTF-8 locale's ellipsis (`…`) for ASCII text; otherwise `...`. */
  readonly utf8: boolean;
  /** Give one character back for the ellipsis even when the kept ones leave room (before 254). */
  readonly makesRoomAlways: boolean;
}

/** Whether every character is ASCII (systemd's `ascii_is_valid_n()`: control characters included). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function asciiEllipsize(s: string, width: number, percent: number, utf8: boolean): string {
  if (s.length <= width) return s;
  if (width === 0) return '';
  if (width === 1) return utf8 ? '\u2026' : '.';
  if (width === 2 && !utf8) return '..';
  const need = utf8 ? 1 : 3;
  const x = Math.floor(((width - need) * percent + 50) / 100);
  const suffix = width - x - need;
  return s.slice(0, x) + (utf8 ? '\u2026' : '...') + (suffix > 0 ? s.slice(s.length - suffix) : '');
}

/**
 * `s` cut to `width` terminal cells with the ellipsis placed at `percent` (0 = start, 100 = end),
 * as systemd's table does it for a cell wider than its column. Text that fits is returned as it is.
 */
export function ellipsize(s: string, width: number, percent: number, rules: EllipsizeRules): string {
  if (width === 0) return '';
  if (isAscii(s)) return asciiEllipsize(s, width, percent, rules.utf8);
  const chars = Array.from(s);
  const cells = chars.map((c) => (isWide(c.codePointAt(0) as number) ? 2 : 1));
  const x = Math.floor(((width - 1) * percent) / 100);
  let k = 0;
  let i = 0; // first character not kept at the start
  while (i < chars.length && k + (cells[i] as number) <= x) k += cells[i++] as number;
  let j = chars.length; // first character kept at the end
  if (rules.makesRoomAlways) {
    while (j > i && k + (cells[j - 1] as number) <= width) k += cells[--j] as number;
  } else {
    while (j > i && k < width && k + (cells[j - 1] as number) <= width) k += cells[--j] as number;
  }
  if (i >= j) return s;
  if (rules.makesRoomAlways || k >= width) {
    if (j < chars.length) j++;
    else if (i > 0) i--;
  }
  return chars.slice(0, i).join('') + '\u2026' + chars.slice(j).join('');
}
