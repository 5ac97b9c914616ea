import fc from 'fast-check';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateRaw } from '../../src/permalink/deflate.ts';
import { DICTIONARY_U1 } from '../../src/permalink/dictionary-u1.ts';
import { inflateRaw } from '../../src/permalink/inflate.ts';
import { checkProperty } from '../support/property.ts';

const dictionary = new TextEncoder().encode(DICTIONARY_U1);
const unit = new TextEncoder().encode(
  '[Unit]\nDescription=Example\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/bin/example --config /etc/example.conf\nProtectSystem=strict\nPrivateTmp=yes\n\n[Install]\nWantedBy=multi-user.target\n',
);
// Text-like bytes (few symbols, many repeats) exercise matches; uniform bytes exercise stored blocks.
const textLike = fc.array(fc.constantFrom(...'ab[]=\n/ServiceExecStart'.split('')), { maxLength: 3000 }).map((a) => new TextEncoder().encode(a.join('')));
const bytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), textLike);

describe('deflateRaw writes standard DEFLATE', () => {
  it('zlib inflates what it writes, with and without the dictionary', () => {
    checkProperty(
      'permalink/deflate: zlib inflates what deflateRaw writes',
      fc.property(bytes, fc.boolean(), (data, withDictionary) => {
        const packed = deflateRaw(data, withDictionary ? dictionary : undefined);
        const unpacked = inflateRawSync(packed, withDictionary ? { dictionary } : {});
        expect(new Uint8Array(unpacked)).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('compresses a unit at least as well as zlib level 9', () => {
    const ours = deflateRaw(unit, dictionary).length;
    expect(ours).toBeLessThanOrEqual(deflateRawSync(unit, { level: 9, dictionary }).length);
    expect(ours).toBeLessThan(unit.length * 0.4);
  });

  it.each([
    ['empty input', new Uint8Array(0)],
    ['one byte', Uint8Array.of(42)],
    ['a long run (overlapping copies)', new Uint8Array(100_000).fill(7)],
    ['70 KB of pseudo-random bytes (stored blocks)', Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24)],
  ])('round-trips %s through zlib', (_, data) => {
    expect(new Uint8Array(inflateRawSync(deflateRaw(data)))).toEqual(data);
  });
});

describe('inflateRaw reads what zlib writes', () => {
  it.each([
    ['stored (level 0)', { level: 0 }],
    ['fast (level 1)', { level: 1 }],
    ['best (level 9)', { level: 9 }],
    ['fixed Huffman codes only', { level: 9, strategy: constants.Z_FIXED }],
    ['Huffman only, no matches', { strategy: constants.Z_HUFFMAN_ONLY }],
    ['run-length matches only', { strategy: constants.Z_RLE }],
  ])('%s', (name, options) => {
    checkProperty(
      `permalink/inflate: reads zlib's ${name}`,
      fc.property(bytes, fc.boolean(), (data, withDictionary) => {
        const packed = deflateRawSync(data, withDictionary ? { ...options, dictionary } : options);
        expect(inflateRaw(packed, withDictionary ? { dictionary } : {})).toEqual({ ok: true, bytes: data });
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    // Fixed block, first symbol a match (length 3, distance 1) with nothing yet to copy from.
    ['a distance before the start of the window', Uint8Array.of(0x03, 0x02, 0x00), 'malformed'],
    ['input that stops inside a block', deflateRawSync(unit).subarray(0, 20), 'truncated'],
    ['output beyond the cap', deflateRawSync(new Uint8Array(5000)), 'too-large'],
  ])('%s', (_, input, code) => {
    expect(inflateRaw(new Uint8Array(input), { maxOutput: 4096 })).toEqual({ ok: false, code });
  });

  it('accepts output exactly at the cap', () => {
    expect(inflateRaw(new Uint8Array(deflateRawSync(new Uint8Array(4096))), { maxOutput: 4096 })).toMatchObject({ ok: true });
  });
});
