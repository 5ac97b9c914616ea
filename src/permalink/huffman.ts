/**
 * Canonical Huffman codes for the DEFLATE encoder (RFC 1951 §3.2.2): code lengths from symbol
 * frequencies, limited to a maximum length, and the codes themselves, bit-reversed for LSB-first
 * output.
 */

/** Depth of every leaf in a Huffman tree built from `freqs` (two-queue method); 0 for unused. */
function treeDepths(freqs: readonly number[]): Uint8Array {
  const leaves = freqs.map((f, s) => [f, s] as const).filter(([f]) => f > 0).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const depths = new Uint8Array(freqs.length);
  // Nodes 0..L-1 are leaves, L.. are merged nodes; parent[] links each node to its parent.
  const count = leaves.length;
  const weight: number[] = leaves.map(([f]) => f);
  const parent: number[] = [];
  let leaf = 0;
  let merged = count;
  const takeSmallest = (): number => {
    if (leaf < count && (merged >= weight.length || weight[leaf]! <= weight[merged]!)) return leaf++;
    return merged++;
  };
  for (let k = 0; k < count - 1; k++) {
    const a = takeSmallest();
    const b = takeSmallest();
    const node = weight.length;
    weight.push(weight[a]! + weight[b]!);
    parent[a] = node;
    parent[b] = node;
  }
  const nodeDepth = new Array<number>(weight.length).fill(0);
  for (let n = weight.length - 2; n >= 0; n--) nodeDepth[n] = nodeDepth[parent[n]!]! + 1;
  for (let i = 0; i < count; i++) depths[leaves[i]![1]] = nodeDepth[i]!;
  return depths;
}

/**
 * Code lengths (≤ `limit`) for symbols with the given frequencies; unused symbols get 0. When
 * only one symbol is used, a second one gets length 1 too, so that the code is complete (every
 * inflater accepts complete codes). When the optimal tree is too deep, frequencies are flattened
 * (halved, kept ≥ 1) until it fits: slightly suboptimal, but only for inputs far larger than units.
 */
export function huffmanLengths(freqs: readonly number[], limit: number): Uint8Array {
  let f = freqs.slice();
  const used = f.filter((x) => x > 0).length;
  if (used === 0) return new Uint8Array(freqs.length);
  if (used === 1) {
    const lengths = new Uint8Array(freqs.length);
    const only = f.findIndex((x) => x > 0);
    lengths[only] = 1;
    lengths[only === 0 ? 1 : 0] = 1;
    return lengths;
  }
  for (;;) {
    const depths = treeDepths(f);
    if (depths.every((d) => d <= limit)) return depths;
    f = f.map((x) => (x > 0 ? Math.max(1, x >> 1) : 0));
  }
}

/** Canonical codes for `lengths`, each bit-reversed so that it can be written LSB-first. */
export function reversedCodes(lengths: Uint8Array): Uint16Array {
  const countPerLength = new Uint16Array(16);
  for (const l of lengths) if (l) countPerLength[l]!++;
  const next = new Uint16Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + countPerLength[len - 1]!) << 1;
    next[len] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s]!;
    if (!len) continue;
    let c = next[len]!++;
    let r = 0;
    for (let k = 0; k < len; k++, c >>= 1) r = (r << 1) | (c & 1);
    codes[s] = r;
  }
  return codes;
}
