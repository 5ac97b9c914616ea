/**
 * base64url without padding (RFC 4648 §5): the alphabet chat tools, Markdown and URL parsers leave
 * alone in a fragment. Not `btoa`/`atob`: they work on binary strings and throw on bad input.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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
  const rest = text.length % 4;
  if (!/^[\w-]*$/.test(text) || rest === 1) return null;
  // The last character of 2 (3) leftover ones carries 4 (2) bits that belong to no byte.
  if (rest > 1 && (ALPHABET.indexOf(text[text.length - 1]!) & (rest === 2 ? 15 : 3)) !== 0) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
