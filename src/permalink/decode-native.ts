/**
 * Decoding links with the browser's own decompressor (`DecompressionStream('deflate-raw')`), for
 * pages that must stay small (the `/embed` page). A `u1` link made by `encodePermalinkNative`
 * never refers to the preset dictionary, so it inflates here without the dictionary or the bundled
 * inflater. Every other fragment — a link that uses the dictionary (the playground's), an unknown
 * format, a broken or oversized link — goes to `decodePermalink`, loaded on demand, which decodes
 * it or names what is wrong exactly as the playground does. The results are always the same as
 * `decodePermalink`'s (a test compares them on valid, dictionary and random fragments).
 */
import { fromBase64url } from './base64url.ts';
import { CURRENT_FORMAT, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES } from './limits.ts';
import { fragmentText } from './fragment.ts';
import { decodeRecords } from './records.ts';
import type { PermalinkResult } from './state.ts';

/**
 * `bytes` inflated as raw DEFLATE with no dictionary, or `null` when the platform refuses them
 * (a reference into the dictionary, corrupt or truncated data, bytes after the end) or they
 * unpack to more than `limit` bytes (decompression stops there).
 */
async function inflateWithoutDictionary(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  try {
    // slice(): a copy backed by a plain ArrayBuffer, which is what BlobPart accepts.
    const reader = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      parts.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Decodes a fragment (with or without its one leading `#`) like `decodePermalink`, with the same
 * results, but without bundling the DEFLATE codec or the dictionary unless the link needs them.
 * Never rejects.
 */
export async function decodePermalinkNative(fragment: string): Promise<PermalinkResult> {
  const text = fragmentText(fragment);
  const prefix = `${CURRENT_FORMAT}.`;
  if (text.startsWith(prefix) && text.length <= MAX_FRAGMENT_LENGTH && typeof DecompressionStream === 'function') {
    const compressed = fromBase64url(text.slice(prefix.length));
    const inflated = compressed === null ? null : await inflateWithoutDictionary(compressed, MAX_PAYLOAD_BYTES);
    if (inflated !== null) {
      const records = decodeRecords(inflated);
      if (records.ok) return records;
    }
  }
  // The fragment as given: `text` has lost its `#` already, and `##` must stay the fragment `#`.
  const { decodePermalink } = await import('./permalink.ts');
  return decodePermalink(fragment);
}
