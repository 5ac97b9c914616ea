/**
 * Permalinks: the whole playground state in the URL fragment, as `u1.<base64url>`. The prefix
 * names the format, so every link ever made keeps decoding: a new format gets a new prefix and a
 * new entry in {@link FORMATS}, and old entries are never changed or removed.
 *
 * Format `u1`: base64url (no padding) of raw DEFLATE, with preset dictionary `DICTIONARY_U1`, of
 * the record list described in `records.ts`.
 */
import { fromBase64url, toBase64url } from './base64url.ts';
import { deflateRaw } from './deflate.ts';
import { DICTIONARY_U1 } from './dictionary-u1.ts';
import { inflateRaw } from './inflate.ts';
import { CURRENT_FORMAT, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES } from './limits.ts';
import { fragmentText } from './fragment.ts';
import { decodeRecords } from './records.ts';
import { encodeRecords } from './records-writer.ts';
import type { PermalinkError, PermalinkErrorCode, PermalinkResult, PermalinkState } from './state.ts';

export { CURRENT_FORMAT, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES } from './limits.ts';

let dictionaryU1: Uint8Array | undefined;
const u1Dictionary = (): Uint8Array => (dictionaryU1 ??= new TextEncoder().encode(DICTIONARY_U1));

const fail = (code: PermalinkErrorCode, args: Record<string, string> = {}): PermalinkError => ({ ok: false, code, args });

/** Decoders by format prefix. Append only: links in every listed format exist in the wild. */
const FORMATS: Readonly<Record<string, (payload: string) => PermalinkResult>> = {
  u1(payload) {
    const compressed = fromBase64url(payload);
    if (compressed === null) return fail('malformed');
    const inflated = inflateRaw(compressed, { dictionary: u1Dictionary(), maxOutput: MAX_PAYLOAD_BYTES });
    if (!inflated.ok) {
      return inflated.code === 'too-large' ? fail('too-large', { limit: String(MAX_PAYLOAD_BYTES) }) : fail(inflated.code);
    }
    const records = decodeRecords(inflated.bytes);
    return records.ok ? records : fail(records.code);
  },
};

/**
 * Encodes a state as a fragment in the current format, without the leading `#` (e.g.
 * `u1.q1YqSS0u…`). Deterministic: the same state always gives the same link. A state whose records
 * exceed {@link MAX_PAYLOAD_BYTES} still encodes, but its link decodes to `too-large`: callers that
 * accept huge input should check {@link permalinkPayloadBytes} first.
 */
export function encodePermalink(state: PermalinkState): string {
  return `${CURRENT_FORMAT}.${toBase64url(deflateRaw(encodeRecords(state), u1Dictionary()))}`;
}

/** How many bytes `state` takes uncompressed in the current format (to compare with the cap). */
export function permalinkPayloadBytes(state: PermalinkState): number {
  return encodeRecords(state).length;
}

/**
 * Decodes a fragment, with or without its one leading `#` (`location.hash` as is; see
 * `fragmentText()`). Never throws: any string gives either the state or a coded
 * {@link PermalinkError}. An empty fragment (`''`, `'#'`) is `empty`; text before the first `.`
 * that names no known format (or no `.` at all, as in `##`, `#?`) is `unknown-format`.
 */
export function decodePermalink(fragment: string): PermalinkResult {
  const text = fragmentText(fragment);
  if (text === '') return fail('empty');
  if (text.length > MAX_FRAGMENT_LENGTH) return fail('too-large', { limit: String(MAX_FRAGMENT_LENGTH) });
  const dot = text.indexOf('.');
  const prefix = dot < 0 ? text : text.slice(0, dot);
  const decoder = dot < 0 || !Object.hasOwn(FORMATS, prefix) ? undefined : FORMATS[prefix];
  if (decoder === undefined) return fail('unknown-format', { format: prefix.slice(0, 32) });
  return decoder(text.slice(dot + 1));
}
