import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/permalink/base64url.ts';
import { checkProperty } from '../support/property.ts';

describe('base64url', () => {
  it('matches Node’s base64url both ways', () => {
    checkProperty(
      'permalink/base64url: matches Node',
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('accepts exactly the canonical spellings, as Node reads them', () => {
    const char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ é');
    checkProperty(
      'permalink/base64url: canonical spellings only',
      fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')), (text) => {
        const canonical = /^[A-Za-z0-9_-]*$/.test(text) && text.length % 4 !== 1 && Buffer.from(text, 'base64url').toString('base64url') === text;
        const bytes = fromBase64url(text);
        expect(bytes === null ? null : Buffer.from(bytes).toString('base64url')).toBe(canonical ? text : null);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['padding', 'qw=='],
    ['standard base64 `+`', 'a+bc'],
    ['standard base64 `/`', 'a/bc'],
    ['whitespace', 'ab c'],
    ['a non-ASCII letter', 'abcé'],
    ['a length of 4n+1', 'abcde'],
    ['non-zero unused bits (a second spelling of one byte)', 'qx'],
  ])('rejects %s', (_, text) => {
    expect(fromBase64url(text)).toBeNull();
  });
});
