/**
 * `strcmp` on JavaScript strings: how systemd's table orders its cells.
 */

/**
 * Compares two strings as `strcmp` compares their UTF-8 encodings: negative, zero or positive.
 * UTF-8 byte order equals code point order, which differs from JavaScript's UTF-16 order only where
 * a surrogate pair (U+10000 and up) meets a code unit in U+E000–U+FFFF; shifting the code units as
 * below restores code point order without decoding.
 */
export function compareUtf8(a: string, b: string): number {
  // Below U+D800 UTF-16 order is code point order, so the engine's usual strings compare natively.
  if (!BEYOND_BMP_START.test(a) && !BEYOND_BMP_START.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const BEYOND_BMP_START = /[\uD800-\uFFFF]/;

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  if (unit < 0xe000) return unit + 0x2000; // surrogates: above every BMP code unit
  return unit - 0x800;
}
