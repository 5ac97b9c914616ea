/**
 * Format `u1` links made with the browser's own compressor (`CompressionStream('deflate-raw')`)
 * instead of the bundled one, for pages that must stay small (the `/embed` page re-links an edited
 * unit with it). The links are valid `u1`: raw DEFLATE that simply never refers to the preset
 * dictionary, which inflating with the dictionary leaves unchanged. They are longer than
 * {@link encodePermalink}'s (no dictionary, another compressor) and not byte-identical to them.
 */
import { toBase64url } from './base64url.ts';
import { CURRENT_FORMAT } from './limits.ts';
import { encodeRecords } from './records-writer.ts';
import type { PermalinkState } from './state.ts';

/**
 * Encodes `state` as a `u1.…` fragment (no `#`) with the platform's `CompressionStream`. Rejects
 * only where the platform lacks `deflate-raw` (browsers from 2023 on, and Node 21.2+, have it).
 */
export async function encodePermalinkNative(state: PermalinkState): Promise<string> {
  // slice(): a copy backed by a plain ArrayBuffer, which is what BlobPart accepts.
  const stream = new Blob([encodeRecords(state).slice()]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `${CURRENT_FORMAT}.${toBase64url(bytes)}`;
}
