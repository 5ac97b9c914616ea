import { describe, expect, it } from 'vitest';
import { decodePermalink, encodePermalink, encodePermalinkNative } from '../../src/permalink/index.ts';

describe('encodePermalinkNative', () => {
  it.each([
    ['one unit', { files: [{ path: 'a.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n' }], version: '257' }],
    ['drop-ins and Unicode', { files: [{ path: 'ü.service', text: '[Unit]\nDescription=Grüße 🚀\n' }, { path: 'ü.service.d/x.conf', text: '' }] }],
    ['no files', { files: [] }],
  ])('%s decodes with the u1 decoder to the same state', async (_name, state) => {
    const fragment = await encodePermalinkNative(state);
    expect(fragment.startsWith('u1.')).toBe(true);
    expect(decodePermalink(fragment)).toEqual(decodePermalink(encodePermalink(state)));
  });
});
