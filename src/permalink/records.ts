/**
 * The uncompressed payload of format `u1`: a list of records `tag byte · LEB128 length · body`,
 * with UTF-8 text bodies. New kinds of record can be added under new tags without a new format:
 * decoders skip tags they do not know. Tags (ASCII letters, for readable hex dumps):
 * - `f` one file: LEB128 byte length of the path, the path, then the text (repeatable, in order);
 * - `v` systemd version, `m` mode (`live`/`offline`; links without it predate modes and mean
 *   `offline`), `p` policy text, `l` lesson id, `s` step id (at most once each).
 * The writer is records-writer.ts, apart so that pages that only read links (`/embed`) load it
 * only when they write one.
 */
import type { UnitFile } from '../engine/index.ts';
import type { PermalinkErrorCode, PermalinkState } from './state.ts';

/** The tag of a file record. */
export const TAG_FILE = 0x66;
/** The tags of the fields that occur at most once, in the order the writer writes them. */
export const SINGLE_TAGS = { version: 0x76, mode: 0x6d, policy: 0x70, lesson: 0x6c, step: 0x73 } as const;
/** A field stored under one of {@link SINGLE_TAGS}. */
export type SingleField = keyof typeof SINGLE_TAGS;

// fatal: invalid UTF-8 is an error, not U+FFFD; ignoreBOM: a leading U+FEFF is text, kept as is.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

type RecordsResult =
  | { readonly ok: true; readonly state: PermalinkState }
  | { readonly ok: false; readonly code: Extract<PermalinkErrorCode, 'malformed' | 'bad-utf8'> };

/**
 * Parses `u1` records. A length running past the end, a varint longer than 4 bytes, or a single
 * field given twice is `malformed`; invalid UTF-8 in a path or text is `bad-utf8`; unknown tags
 * are skipped.
 */
export function decodeRecords(bytes: Uint8Array): RecordsResult {
  let pos = 0;
  const varint = (end: number): number => {
    let n = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (pos >= end) return -1;
      const b = bytes[pos++]!;
      n |= (b & 0x7f) << shift;
      if (b < 0x80) return n;
    }
    return -1;
  };
  const text = (from: number, to: number): string | null => {
    try {
      return strictUtf8.decode(bytes.subarray(from, to));
    } catch {
      return null;
    }
  };
  const files: UnitFile[] = [];
  const single: { -readonly [K in SingleField]?: string } = {};
  while (pos < bytes.length) {
    const tag = bytes[pos++]!;
    const length = varint(bytes.length);
    if (length < 0 || pos + length > bytes.length) return { ok: false, code: 'malformed' };
    const end = pos + length;
    if (tag === TAG_FILE) {
      const pathLength = varint(end);
      if (pathLength < 0 || pos + pathLength > end) return { ok: false, code: 'malformed' };
      const path = text(pos, pos + pathLength);
      const body = text(pos + pathLength, end);
      if (path === null || body === null) return { ok: false, code: 'bad-utf8' };
      files.push({ path, text: body });
    } else {
      const field = (Object.keys(SINGLE_TAGS) as SingleField[]).find((f) => SINGLE_TAGS[f] === tag);
      if (field !== undefined) {
        if (single[field] !== undefined) return { ok: false, code: 'malformed' };
        const value = text(pos, end);
        if (value === null) return { ok: false, code: 'bad-utf8' };
        single[field] = value;
      }
    }
    pos = end;
  }
  return { ok: true, state: { files, ...single } };
}
