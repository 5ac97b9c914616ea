/**
 * A small raw-DEFLATE encoder (RFC 1951) with a preset dictionary, written from the RFC. Browsers'
 * `CompressionStream('deflate-raw')` takes no dictionary, and the dictionary is what brings a typical
 * unit's link under 0.6× its size (see `npm run bench:permalink`). The output is plain DEFLATE:
 * zlib's `inflateRaw` with the same dictionary reads it, which the tests check.
 */
import { huffmanLengths, reversedCodes } from './huffman.ts';

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
/**
 * Chain steps per search. 32 to 512 give the same links on the whole corpus; 64 keeps 1 MiB of
 * match-dense text (the worst case measured: two random letters) at about half a second.
 */
const MAX_CHAIN = 64;
/** A match this long ends the search, and is taken without looking one byte ahead for a longer one. */
const NICE_MATCH = 128;
/** A 3-byte match further back than this costs more than three literals. */
const FAR_FOR_THREE = 4096;
const HASH_BITS = 15;
/** Symbols per block, so that long inputs get codes fitted to each part. */
const BLOCK_SYMBOLS = 16384;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length code (0–28, i.e. symbol − 257) and its extra bits for a match length 3–258. */
function lengthCode(length: number): number {
  let c = 28;
  while (LENGTH_BASE[c]! > length) c--;
  return c;
}
/** Distance code (0–29) for a distance 1–32768. */
function distCode(distance: number): number {
  let c = 29;
  while (DIST_BASE[c]! > distance) c--;
  return c;
}
function extraBits(code: number, isDist: boolean): number {
  if (isDist) return code < 4 ? 0 : (code >> 1) - 1;
  return code < 8 || code === 28 ? 0 : (code >> 2) - 1;
}

/** LSB-first bit output (RFC 1951 §3.1.1) into a growing byte array. */
class BitWriter {
  bytes = new Uint8Array(256);
  length = 0;
  private buf = 0;
  private count = 0;
  write(value: number, n: number): void {
    this.buf |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.push(this.buf & 0xff);
      this.buf >>>= 8;
      this.count -= 8;
    }
  }
  align(): void {
    if (this.count > 0) this.write(0, 8 - this.count);
  }
  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = byte;
  }
}

/**
 * LZ77 parse with hash chains and one-step lazy matching. Each symbol is a literal byte (0–255) or
 * `256 + ((length − 3) << 15 | (distance − 1))`. Matches may reach into the dictionary.
 */
function parse(buf: Uint8Array, start: number): Uint32Array {
  const n = buf.length;
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(n);
  const hash = (i: number): number =>
    ((buf[i]! << 10) ^ (buf[i + 1]! << 5) ^ buf[i + 2]!) & ((1 << HASH_BITS) - 1);
  const insert = (i: number): void => {
    if (i + MIN_MATCH > n) return;
    const h = hash(i);
    prev[i] = head[h]!;
    head[h] = i;
  };
  let bestDist = 0;
  const find = (i: number): number => {
    if (i + MIN_MATCH > n) return 0;
    const max = Math.min(MAX_MATCH, n - i);
    let best = 0;
    let chain = MAX_CHAIN;
    for (let c = head[hash(i)]!; c >= 0 && i - c <= WINDOW && chain-- > 0; c = prev[c]!) {
      if (buf[c + best] !== buf[i + best]) continue;
      let len = 0;
      while (len < max && buf[c + len] === buf[i + len]) len++;
      if (len > best) {
        best = len;
        bestDist = i - c;
        if (len >= NICE_MATCH || len === max) break;
      }
    }
    return best < MIN_MATCH || (best === MIN_MATCH && bestDist > FAR_FOR_THREE) ? 0 : best;
  };

  for (let i = Math.max(0, start - WINDOW); i < start; i++) insert(i);
  const out: number[] = [];
  const match = (len: number, dist: number): number => 256 + (((len - MIN_MATCH) << 15) | (dist - 1));
  let pendingLen = 0;
  let pendingDist = 0;
  let i = start;
  while (i < n) {
    const len = find(i);
    const dist = bestDist;
    insert(i);
    if (pendingLen > 0) {
      if (len > pendingLen) {
        out.push(buf[i - 1]!);
        pendingLen = len;
        pendingDist = dist;
        i++;
        continue;
      }
      out.push(match(pendingLen, pendingDist));
      const end = i - 1 + pendingLen;
      for (let k = i + 1; k < end; k++) insert(k);
      i = end;
      pendingLen = 0;
    } else if (len >= NICE_MATCH) {
      out.push(match(len, dist));
      for (let k = i + 1; k < i + len; k++) insert(k);
      i += len;
    } else if (len > 0) {
      pendingLen = len;
      pendingDist = dist;
      i++;
    } else {
      out.push(buf[i]!);
      i++;
    }
  }
  if (pendingLen > 0) out.push(match(pendingLen, pendingDist));
  return Uint32Array.from(out);
}

/** Run-length codes for the code lengths (symbols 0–18 with extra bits), per RFC 1951 §3.2.7. */
function runLengths(lengths: Uint8Array): Array<[symbol: number, extra: number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < lengths.length; ) {
    const v = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === v) run++;
    i += run;
    if (v === 0) {
      while (run >= 11) { const r = Math.min(run, 138); out.push([18, r - 11]); run -= r; }
      if (run >= 3) { out.push([17, run - 3]); run = 0; }
    } else {
      out.push([v, 0]);
      run--;
      while (run >= 3) { const r = Math.min(run, 6); out.push([16, r - 3]); run -= r; }
    }
    for (; run > 0; run--) out.push([v, 0]);
  }
  return out;
}

const FIXED_LIT = new Uint8Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
const FIXED_DIST = new Uint8Array(30).fill(5);

/** Writes one block of symbols as fixed, dynamic or stored, whichever is shortest. */
function writeBlock(w: BitWriter, syms: Uint32Array, raw: Uint8Array, last: boolean): void {
  const litFreq = new Array<number>(286).fill(0);
  const distFreq = new Array<number>(30).fill(0);
  let extra = 0;
  for (const s of syms) {
    if (s < 256) { litFreq[s]!++; continue; }
    const lc = lengthCode(((s - 256) >> 15) + MIN_MATCH);
    const dc = distCode(((s - 256) & 0x7fff) + 1);
    litFreq[257 + lc]!++;
    distFreq[dc]!++;
    extra += extraBits(lc, false) + extraBits(dc, true);
  }
  litFreq[256] = 1;
  const litLen = huffmanLengths(litFreq, 15);
  const distLen = huffmanLengths(distFreq, 15);
  const cost = (ll: Uint8Array, dl: Uint8Array): number =>
    litFreq.reduce((a, f, i) => a + f * ll[i]!, 0) + distFreq.reduce((a, f, i) => a + f * dl[i]!, 0) + extra;

  let nlit = 286;
  while (nlit > 257 && litLen[nlit - 1] === 0) nlit--;
  let ndist = 30;
  while (ndist > 1 && distLen[ndist - 1] === 0) ndist--;
  const all = new Uint8Array(nlit + ndist);
  all.set(litLen.subarray(0, nlit));
  all.set(distLen.subarray(0, ndist), nlit);
  const runs = runLengths(all);
  const clFreq = new Array<number>(19).fill(0);
  for (const [s] of runs) clFreq[s]!++;
  const clLen = huffmanLengths(clFreq, 7);
  let ncl = 19;
  while (ncl > 4 && clLen[CLEN_ORDER[ncl - 1]!] === 0) ncl--;
  const runBits = runs.reduce((a, [s]) => a + clLen[s]! + (s === 16 ? 2 : s === 17 ? 3 : s === 18 ? 7 : 0), 0);
  const dynamicBits = 14 + 3 * ncl + runBits + cost(litLen, distLen);
  const fixedBits = cost(FIXED_LIT, FIXED_DIST);
  const storedBits = 32 * Math.max(1, Math.ceil(raw.length / 65535)) + 8 * raw.length + 7;

  if (storedBits < Math.min(dynamicBits, fixedBits)) {
    for (let off = 0; off === 0 || off < raw.length; off += 65535) {
      const chunk = raw.subarray(off, off + 65535);
      w.write(last && off + 65535 >= raw.length ? 1 : 0, 1);
      w.write(0, 2);
      w.align();
      w.write(chunk.length, 16);
      w.write(chunk.length ^ 0xffff, 16);
      for (const b of chunk) w.push(b);
    }
    return;
  }
  w.write(last ? 1 : 0, 1);
  let lit: Uint8Array, dist: Uint8Array;
  if (fixedBits <= dynamicBits) {
    w.write(1, 2);
    lit = FIXED_LIT;
    dist = FIXED_DIST;
  } else {
    w.write(2, 2);
    w.write(nlit - 257, 5);
    w.write(ndist - 1, 5);
    w.write(ncl - 4, 4);
    for (let i = 0; i < ncl; i++) w.write(clLen[CLEN_ORDER[i]!]!, 3);
    const clCodes = reversedCodes(clLen);
    for (const [s, x] of runs) {
      w.write(clCodes[s]!, clLen[s]!);
      if (s >= 16) w.write(x, s === 16 ? 2 : s === 17 ? 3 : 7);
    }
    lit = litLen;
    dist = distLen;
  }
  const litCodes = reversedCodes(lit);
  const distCodes = reversedCodes(dist);
  for (const s of syms) {
    if (s < 256) { w.write(litCodes[s]!, lit[s]!); continue; }
    const len = ((s - 256) >> 15) + MIN_MATCH;
    const d = ((s - 256) & 0x7fff) + 1;
    const lc = lengthCode(len);
    const dc = distCode(d);
    w.write(litCodes[257 + lc]!, lit[257 + lc]!);
    w.write(len - LENGTH_BASE[lc]!, extraBits(lc, false));
    w.write(distCodes[dc]!, dist[dc]!);
    w.write(d - DIST_BASE[dc]!, extraBits(dc, true));
  }
  w.write(litCodes[256]!, lit[256]!);
}

/**
 * Compresses `data` as raw DEFLATE, with `dictionary` (up to 32 KiB are used, the end counting) as
 * the preset dictionary. Deterministic: the same input always gives the same bytes. Empty input
 * gives a valid two-byte stream.
 */
export function deflateRaw(data: Uint8Array, dictionary: Uint8Array = new Uint8Array(0)): Uint8Array {
  const dict = dictionary.subarray(Math.max(0, dictionary.length - WINDOW));
  const buf = new Uint8Array(dict.length + data.length);
  buf.set(dict);
  buf.set(data, dict.length);
  const syms = parse(buf, dict.length);
  const w = new BitWriter();
  let rawStart = 0;
  for (let b = 0; b === 0 || b < syms.length; b += BLOCK_SYMBOLS) {
    const block = syms.subarray(b, b + BLOCK_SYMBOLS);
    let rawLen = 0;
    for (const s of block) rawLen += s < 256 ? 1 : ((s - 256) >> 15) + MIN_MATCH;
    writeBlock(w, block, data.subarray(rawStart, rawStart + rawLen), b + BLOCK_SYMBOLS >= syms.length);
    rawStart += rawLen;
  }
  w.align();
  return w.bytes.slice(0, w.length);
}
