import { describe, expect, it } from 'vitest';
import { CHAT_LINK_LIMIT, isTooLongForChat, permalinkUrl } from '../../src/permalink/index.ts';

describe('permalinkUrl', () => {
  it.each([
    ['site at the root', { origin: 'https://unitscore.example' }, 'u1.abc', 'https://unitscore.example/#u1.abc'],
    ['a trailing slash on the origin', { origin: 'https://unitscore.example/' }, 'u1.abc', 'https://unitscore.example/#u1.abc'],
    ['a base path as Astro gives it', { origin: 'https://x.example', base: '/unitscore/' }, 'u1.abc', 'https://x.example/unitscore/#u1.abc'],
    ['a base path without slashes', { origin: 'https://x.example', base: 'unitscore' }, 'u1.abc', 'https://x.example/unitscore/#u1.abc'],
    ['the embed page under a base', { origin: 'https://x.example', base: '/unitscore', page: 'embed' }, 'u1.abc', 'https://x.example/unitscore/embed#u1.abc'],
    ['a page with a leading slash', { origin: 'https://x.example', page: '/lessons/01-intro/' }, 'u1.abc', 'https://x.example/lessons/01-intro/#u1.abc'],
    ['a fragment given with its #', { origin: 'https://x.example' }, '#u1.abc', 'https://x.example/#u1.abc'],
    ['an empty fragment: no #', { origin: 'https://x.example', base: '/b/' }, '', 'https://x.example/b/'],
    ['no origin: a root-relative link', { origin: '', base: '/b/', page: 'embed' }, 'u1.abc', '/b/embed#u1.abc'],
  ])('%s', (_, target, fragment, expected) => {
    expect(permalinkUrl(fragment, target)).toBe(expected);
  });
});

describe('isTooLongForChat', () => {
  it.each([
    ['exactly at the limit', CHAT_LINK_LIMIT, false],
    ['one over the limit', CHAT_LINK_LIMIT + 1, true],
    ['short', 100, false],
  ])('%s', (_, length, expected) => {
    expect(isTooLongForChat('x'.repeat(length))).toBe(expected);
  });

  it('takes another limit', () => {
    expect(isTooLongForChat('x'.repeat(501), 500)).toBe(true);
  });
});
