/**
 * The mode in links: new links carry it (record `m`), links made before modes existed carry none
 * and mean offline, and the frozen links of format u1 decode to no mode at all.
 */
import { describe, expect, it } from 'vitest';
import { decodePermalink, encodePermalink, LEGACY_MODE, linkMode } from '../../src/permalink/index.ts';
import { decodePermalinkNative } from '../../src/permalink/decode-native.ts';
import { encodePermalinkNative } from '../../src/permalink/encode-native.ts';

const files = [{ path: 'simplehttp.service', text: '[Service]\nExecStart=/usr/bin/python3 -m http.server\n' }];
/** Frozen in test/permalink/frozen-links.test.ts: made before modes existed (caddy.service, 262). */
const OLD_LINK = 'u1.S7vGxJucmJJSCRvBwZLznEHyWMtoBQIlP-kZDewWaG6DsLGU92AJBWATVEFXNxXShkQbzAOr0Ac7HFTMIidy5K4Xcm-S6GxFXMCWMRuZGQEA';

describe('the mode in a permalink', () => {
  it('an old link (no mode record) decodes without a mode and means offline', () => {
    const result = decodePermalink(OLD_LINK);
    if (!result.ok) throw new Error(result.code);
    expect(result.state.mode).toBeUndefined();
    expect(result.state.version).toBe('262');
    expect(LEGACY_MODE).toBe('offline');
    expect(linkMode(result.state)).toBe('offline');
  });

  it.each(['live', 'offline'] as const)('round-trips %s, with the bundled and the native codec', async (mode) => {
    const state = { files, version: '262', mode };
    const bundled = decodePermalink(encodePermalink(state));
    expect(bundled).toEqual({ ok: true, state });
    const native = await decodePermalinkNative(await encodePermalinkNative(state));
    expect(native).toEqual({ ok: true, state });
    if (!bundled.ok) throw new Error('unreachable');
    expect(linkMode(bundled.state)).toBe(mode);
  });

  it.each([
    ['no mode', {}, 'offline'],
    ['live', { mode: 'live' }, 'live'],
    ['offline', { mode: 'offline' }, 'offline'],
    ['a mode this build does not know', { mode: 'user' }, 'offline'],
  ] as const)('linkMode: %s → %s', (_name, extra, mode) => {
    expect(linkMode({ ...extra })).toBe(mode);
  });

  it('a link without a mode stays byte for byte what it was (the record is only written when given)', () => {
    expect(encodePermalink({ files, version: '262' })).not.toBe(encodePermalink({ files, version: '262', mode: 'offline' }));
    const noMode = decodePermalink(encodePermalink({ files, version: '262' }));
    expect(noMode.ok && noMode.state.mode).toBeUndefined();
  });
});
