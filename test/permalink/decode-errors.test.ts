import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/permalink/base64url.ts';
import { DICTIONARY_U1 } from '../../src/permalink/dictionary-u1.ts';
import { decodePermalink, encodePermalink, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES } from '../../src/permalink/index.ts';
import { checkProperty } from '../support/property.ts';

const dictionary = new TextEncoder().encode(DICTIONARY_U1);
/** A u1 link whose compressed payload is exactly `records` (made with zlib, independently of our encoder). */
const compress = (records: Uint8Array | number[]): Uint8Array => new Uint8Array(deflateRawSync(Uint8Array.from(records), { dictionary }));
const u1 = (records: Uint8Array | number[]): string => `u1.${toBase64url(compress(records))}`;
const caddy = {
  files: [{ path: 'caddy.service', text: '[Unit]\nDescription=Caddy\n\n[Service]\nUser=caddy\nExecStart=/usr/bin/caddy run --environ --config /etc/caddy/Caddyfile\nPrivateTmp=true\nProtectSystem=full\nAmbientCapabilities=CAP_NET_BIND_SERVICE\n\n[Install]\nWantedBy=multi-user.target\n' }],
  version: '262',
} as const;

describe('decodePermalink reports coded errors', () => {
  it.each([
    ['nothing', '', 'empty', {}],
    ['a bare #', '#', 'empty', {}],
    ['## (the fragment #)', '##', 'unknown-format', { format: '#' }],
    ['###', '###', 'unknown-format', { format: '##' }],
    ['#?', '#?', 'unknown-format', { format: '?' }],
    ['a dot alone', '#.', 'unknown-format', { format: '' }],
    ['an ordinary anchor', '#installation', 'unknown-format', { format: 'installation' }],
    ['a format from the future', 'u9.AAAA', 'unknown-format', { format: 'u9' }],
    ['a prototype key is no format', '__proto__.AAAA', 'unknown-format', { format: '__proto__' }],
    ['padding is not base64url', 'u1.qw==', 'malformed', {}],
    ['a character outside base64url', 'u1.ab+c', 'malformed', {}],
    ['a length no byte count makes', 'u1.abcde', 'malformed', {}],
    ['reserved block type 3', `u1.${toBase64url(Uint8Array.of(0x07))}`, 'malformed', {}],
    ['stored block with a bad length check', `u1.${toBase64url(Uint8Array.of(0x01, 0x01, 0x00, 0x00, 0x00))}`, 'malformed', {}],
    ['bytes after the final block', `u1.${toBase64url(Uint8Array.of(...compress([0x76, 1, 0x31]), 0, 0))}`, 'malformed', {}],
    ['an empty stream', 'u1.', 'truncated', {}],
    ['a record longer than the payload', u1([0x76, 9, 0x31]), 'malformed', {}],
    ['a file whose path is longer than its record', u1([0x66, 2, 5, 0x61]), 'malformed', {}],
    ['a varint longer than 4 bytes', u1([0x70, 0x80, 0x80, 0x80, 0x80, 0x00]), 'malformed', {}],
    ['the version given twice', u1([0x76, 1, 0x31, 0x76, 1, 0x32]), 'malformed', {}],
    ['invalid UTF-8 in a text', u1([0x66, 3, 1, 0x61, 0xff]), 'bad-utf8', {}],
    ['invalid UTF-8 in a path', u1([0x66, 2, 1, 0xc3]), 'bad-utf8', {}],
    ['an overlong UTF-8 encoding', u1([0x70, 2, 0xc0, 0xaf]), 'bad-utf8', {}],
    ['a link longer than any payload needs', `u1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`, 'too-large', { limit: String(MAX_FRAGMENT_LENGTH) }],
  ])('%s', (_, fragment, code, args) => {
    expect(decodePermalink(fragment)).toEqual({ ok: false, code, args });
  });

  it('skips record tags it does not know (room for later fields)', () => {
    expect(decodePermalink(u1([0x7a, 2, 0x01, 0x02, 0x76, 3, 0x32, 0x35, 0x37]))).toEqual({ ok: true, state: { files: [], version: '257' } });
  });

  it('gives truncated or malformed for every cut of a real link, never a wrong state', () => {
    const link = encodePermalink(caddy);
    for (let end = link.length - 1; end >= 'u1.'.length; end--) {
      const result = decodePermalink(link.slice(0, end));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['truncated', 'malformed']).toContain(result.code);
    }
  });

  it('never throws on random strings, and gives a coded error or a state', () => {
    const codes = ['empty', 'unknown-format', 'malformed', 'truncated', 'too-large', 'bad-utf8'];
    checkProperty(
      'permalink/decode-errors: random strings',
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string().map((s) => `u1.${s}`)), (fragment) => {
        const result = decodePermalink(fragment);
        if (!result.ok) expect(codes).toContain(result.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random bytes behind the prefix', () => {
    checkProperty(
      'permalink/decode-errors: random bytes behind u1.',
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = decodePermalink(`u1.${toBase64url(bytes)}`);
        if (!result.ok) expect(['malformed', 'truncated', 'too-large', 'bad-utf8']).toContain(result.code);
      }),
      { numRuns: 3000 },
    );
  });

  it('stops a zip bomb at the cap, quickly', () => {
    // 16 MiB of zeros in a ~22 KB link: inflating it all would take 16 times the cap.
    const bomb = u1(new Uint8Array(16 << 20));
    expect(bomb.length).toBeLessThan(25_000);
    const started = performance.now();
    expect(decodePermalink(bomb)).toEqual({ ok: false, code: 'too-large', args: { limit: String(MAX_PAYLOAD_BYTES) } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives too-large for a state the encoder made beyond the cap, and accepts one just under', () => {
    const over = { files: [{ path: 'x.service', text: 'x'.repeat(MAX_PAYLOAD_BYTES) }] };
    expect(decodePermalink(encodePermalink(over))).toMatchObject({ ok: false, code: 'too-large' });
    const under = { files: [{ path: 'x.service', text: 'x'.repeat(MAX_PAYLOAD_BYTES - 16) }] };
    expect(decodePermalink(encodePermalink(under))).toEqual({ ok: true, state: under });
  });

  it('stores a lone surrogate as U+FFFD (not Unicode, so not UTF-8)', () => {
    const result = decodePermalink(encodePermalink({ files: [{ path: 'a\uD800.service', text: '\uDC00' }] }));
    expect(result).toEqual({ ok: true, state: { files: [{ path: 'a\uFFFD.service', text: '\uFFFD' }] } });
  });
});
