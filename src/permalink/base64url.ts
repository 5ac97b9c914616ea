/**
 * base64url without padding (RFC 4648 §5): the alphabet chat tools, Markdown and URL parsers leave
 * alone in a fragment. Not `btoa`/`atob`: they work on binary strings and throw on bad input.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as base64url with no `=` padding; empty input gives the empty string. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    // A last group of 1 or 2 bytes reads the missing ones as 0; the characters only they make are cut below.
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  return out.slice(0, Math.ceil((bytes.length * 4) / 3));
}

/**
 * Decodes unpadded base64url. Returns null for a character outside the alphabet (padding `=`
 * included), for a length that no byte count produces (length % 4 === 1), or for non-zero unused
 * bits in the last character, so each byte string has exactly one accepted spelling.
 */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
