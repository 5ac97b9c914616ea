import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/permalink/base64url.ts';
import { decodePermalink, decodePermalinkNative, encodePermalink, encodePermalinkNative, MAX_PAYLOAD_BYTES } from '../../src/permalink/index.ts';
import { stateArb } from './state-arbitrary.ts';
import { checkAsyncProperty } from '../support/property.ts';

describe('decodePermalinkNative gives what decodePermalink gives', () => {
  it('on links made with the browser compressor (no dictionary: the native path)', async () => {
    await checkAsyncProperty(
      'permalink/decode-native: links without the dictionary',
      fc.asyncProperty(stateArb, async (state) => {
        const link = await encodePermalinkNative(state);
        expect(await decodePermalinkNative(link)).toEqual({ ok: true, state });
        expect(await decodePermalinkNative(`#${link}`)).toEqual({ ok: true, state });
      }),
      { numRuns: 150 },
    );
  });

  it("on the playground's links, which use the preset dictionary (the bundled decoder)", async () => {
    await checkAsyncProperty(
      'permalink/decode-native: links with the dictionary',
      fc.asyncProperty(stateArb, async (state) => {
        const link = encodePermalink(state);
        expect(await decodePermalinkNative(link)).toEqual(decodePermalink(link));
      }),
      { numRuns: 150 },
    );
  });

  it('on any string, and on links with a character changed or cut short', async () => {
    const link = await encodePermalinkNative({ files: [{ path: 'a.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n' }], version: '257' });
    const mutated = fc.tuple(fc.nat({ max: link.length - 1 }), fc.constantFrom(...'AZaz09-_.=+/# '), fc.boolean())
      .map(([at, c, cut]) => (cut ? link.slice(0, at) : `${link.slice(0, at)}${c}${link.slice(at + 1)}`));
    await checkAsyncProperty(
      'permalink/decode-native: any string',
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant('u1.'), mutated), async (fragment) => {
        expect(await decodePermalinkNative(fragment)).toEqual(decodePermalink(fragment));
      }),
      { numRuns: 400 },
    );
  });

  it.each(['', '#', '##', '###', '#?', '?', '#.', '#u1', '#u1.', '##u1.AA', 'u1.#'])('on the fragment %j', async (fragment) => {
    expect(await decodePermalinkNative(fragment)).toEqual(decodePermalink(fragment));
  });

  it('stops a dictionary-free zip bomb at the cap', async () => {
    const bomb = `u1.${toBase64url(new Uint8Array(deflateRawSync(new Uint8Array(16 << 20))))}`;
    expect(await decodePermalinkNative(bomb)).toEqual({ ok: false, code: 'too-large', args: { limit: String(MAX_PAYLOAD_BYTES) } });
  });
});
