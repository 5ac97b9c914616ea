/**
 * A small raw-DEFLATE decoder (RFC 1951) with a preset dictionary and an output cap, written from
 * the RFC. Browsers' `DecompressionStream('deflate-raw')` takes no dictionary and cannot be told to
 * stop early, and links must decode synchronously on page load, hence a decoder of our own.
 */

/** Why inflating failed: the input ended early, is not valid DEFLATE, or would exceed the cap. */
export type InflateError = 'truncated' | 'malformed' | 'too-large';

/** The decoded bytes, or why there are none. */
export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly code: InflateError };

/** Options for {@link inflateRaw}. */
export interface InflateOptions {
  /** Bytes that precede the output in the sliding window (zlib's preset dictionary); default none. */
  readonly dictionary?: Uint8Array;
  /** Largest output allowed; one byte more stops decoding at once with `too-large`. Default 1 MiB. */
  readonly maxOutput?: number;
  /** Whether bytes after the final block (beyond its last partial byte) are an error; default true. */
  readonly strictEnd?: boolean;
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which code-length code lengths are sent (RFC 1951 §3.2.7). */
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code as counts per bit length and symbols sorted by (length, value). */
interface Huffman {
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

/** Thrown inside the decoder only, and always caught by {@link inflateRaw}. */
class Stop extends Error {
  readonly code: InflateError;
  constructor(code: InflateError) {
    super(code);
    this.code = code;
  }
}

/**
 * Builds a canonical code from bit lengths (0 = unused). An over-subscribed set is malformed; an
 * incomplete one is allowed only where RFC 1951 allows it (a single code), which `decode` handles by
 * reporting `malformed` if an unassigned code is ever read.
 */
function buildHuffman(lengths: ArrayLike<number>, allowIncomplete: boolean): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  const used = lengths.length - counts[0]!;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = left * 2 - counts[len]!;
    if (left < 0) throw new Stop('malformed');
  }
  if (left > 0 && !(allowIncomplete || used <= 1)) throw new Stop('malformed');
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
  const symbols = new Uint16Array(lengths.length);
  for (let sym = 0; sym < lengths.length; sym++) {
    const len = lengths[sym]!;
    if (len !== 0) symbols[offsets[len]!++] = sym;
  }
  return { counts, symbols };
}

function fixedCodes(): { lit: Huffman; dist: Huffman } {
  const lit = new Uint8Array(288);
  lit.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  return { lit: buildHuffman(lit, false), dist: buildHuffman(new Uint8Array(30).fill(5), true) };
}
let fixed: { lit: Huffman; dist: Huffman } | undefined;

/**
 * Decodes raw DEFLATE data. Never throws: every failure is a coded result. Stored, fixed and dynamic
 * blocks are supported; distances may reach back into `dictionary`. Runs in time linear in the
 * output, and the output never grows past `maxOutput`, so hostile input (a "zip bomb") ends quickly.
 */
export function inflateRaw(input: Uint8Array, options: InflateOptions = {}): InflateResult {
  const dictionary = options.dictionary ?? new Uint8Array(0);
  const maxOutput = options.maxOutput ?? 1 << 20;
  let window = new Uint8Array(dictionary.length + Math.min(maxOutput, Math.max(1024, input.length * 4)));
  window.set(dictionary);
  let out = dictionary.length;
  const limit = dictionary.length + maxOutput;
  let pos = 0;
  let bitBuf = 0;
  let bitCount = 0;

  const bits = (n: number): number => {
    while (bitCount < n) {
      if (pos >= input.length) throw new Stop('truncated');
      bitBuf |= input[pos++]! << bitCount;
      bitCount += 8;
    }
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCount -= n;
    return v;
  };
  const ensure = (n: number): void => {
    if (out + n > limit) throw new Stop('too-large');
    if (out + n <= window.length) return;
    const grown = new Uint8Array(Math.min(limit, Math.max(out + n, window.length * 2)));
    grown.set(window.subarray(0, out));
    window = grown;
  };
  // Reads one symbol bit by bit: codes are packed MSB-first, one length at a time.
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= 15; len++) {
      code |= bits(1);
      const count = h.counts[len]!;
      if (code - first < count) return h.symbols[index + code - first]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Stop('malformed');
  };

  const dynamicCodes = (): { lit: Huffman; dist: Huffman } => {
    const nlen = bits(5) + 257;
    const ndist = bits(5) + 1;
    const ncode = bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new Stop('malformed');
    const clen = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) clen[CLEN_ORDER[i]!] = bits(3);
    const clenCode = buildHuffman(clen, false);
    const lengths = new Uint8Array(nlen + ndist);
    for (let i = 0; i < lengths.length; ) {
      const sym = decode(clenCode);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (sym === 16) {
        if (i === 0) throw new Stop('malformed');
        value = lengths[i - 1]!;
        repeat = 3 + bits(2);
      } else repeat = sym === 17 ? 3 + bits(3) : 11 + bits(7);
      if (i + repeat > lengths.length) throw new Stop('malformed');
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw new Stop('malformed');
    return { lit: buildHuffman(lengths.subarray(0, nlen), false), dist: buildHuffman(lengths.subarray(nlen), true) };
  };

  try {
    let last = 0;
    while (!last) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        bitBuf = 0;
        bitCount = 0;
        if (pos + 4 > input.length) throw new Stop('truncated');
        const len = input[pos]! | (input[pos + 1]! << 8);
        const nlen = input[pos + 2]! | (input[pos + 3]! << 8);
        pos += 4;
        if ((len ^ 0xffff) !== nlen) throw new Stop('malformed');
        if (pos + len > input.length) throw new Stop('truncated');
        ensure(len);
        window.set(input.subarray(pos, pos + len), out);
        out += len;
        pos += len;
        continue;
      }
      if (type === 3) throw new Stop('malformed');
      const codes = type === 1 ? (fixed ??= fixedCodes()) : dynamicCodes();
      for (;;) {
        const sym = decode(codes.lit);
        if (sym < 256) {
          ensure(1);
          window[out++] = sym;
        } else if (sym === 256) break;
        else {
          const l = sym - 257;
          if (l >= 29) throw new Stop('malformed');
          const length = LENGTH_BASE[l]! + bits(LENGTH_EXTRA[l]!);
          const d = decode(codes.dist);
          if (d >= 30) throw new Stop('malformed');
          const distance = DIST_BASE[d]! + bits(DIST_EXTRA[d]!);
          if (distance > out) throw new Stop('malformed');
          ensure(length);
          // Byte by byte: a copy may overlap the bytes it is producing (distance < length).
          for (let k = 0; k < length; k++, out++) window[out] = window[out - distance]!;
        }
      }
    }
    if (options.strictEnd !== false && pos < input.length) return { ok: false, code: 'malformed' };
    return { ok: true, bytes: window.slice(dictionary.length, out) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, code: e.code };
    throw e;
  }
}
