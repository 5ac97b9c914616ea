/**
 * Writes the `u1` records (the format is described in records.ts, which reads them). Apart from the
 * reader so that a page that only reads links (`/embed`) loads the writer only when it writes one.
 */
import type { PermalinkState } from './state.ts';
import { SINGLE_TAGS, TAG_FILE, type SingleField } from './records.ts';

const utf8 = new TextEncoder();

/** Growable byte output with LEB128 lengths. */
class ByteWriter {
  bytes = new Uint8Array(1024);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.length + n, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  byte(b: number): void {
    this.room(1);
    this.bytes[this.length++] = b;
  }
  varint(n: number): void {
    for (; n >= 0x80; n = Math.floor(n / 0x80)) this.byte((n % 0x80) | 0x80);
    this.byte(n);
  }
  raw(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }
}

/**
 * Serialises a state as `u1` records: files first, in order, then the single fields that are
 * present. Strings with lone surrogates (not valid Unicode) are stored with U+FFFD in their place,
 * as `TextEncoder` does.
 */
export function encodeRecords(state: PermalinkState): Uint8Array {
  const w = new ByteWriter();
  for (const file of state.files) {
    const path = utf8.encode(file.path);
    const text = utf8.encode(file.text);
    const pathLength = new ByteWriter();
    pathLength.varint(path.length);
    w.byte(TAG_FILE);
    w.varint(pathLength.length + path.length + text.length);
    w.raw(pathLength.bytes.subarray(0, pathLength.length));
    w.raw(path);
    w.raw(text);
  }
  for (const field of Object.keys(SINGLE_TAGS) as SingleField[]) {
    const value = state[field];
    if (value === undefined) continue;
    const body = utf8.encode(value);
    w.byte(SINGLE_TAGS[field]);
    w.varint(body.length);
    w.raw(body);
  }
  return w.bytes.slice(0, w.length);
}
