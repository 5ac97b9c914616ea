/**
 * Glyph selection: a table of the rules (one case per rule), then every environment recorded from
 * the real 252, 257 and 262 (scripts/record-format-fixtures.ts; summary line and row marks of a
 * default unit under that environment alone).
 */
import { describe, expect, it } from 'vitest';
import { ASCII_GLYPHS, UTF8_GLYPHS, glyphsFor } from '../../../src/engine/format/glyphs.ts';
import type { SystemdVersion } from '../../../src/engine/types.ts';
import { readFixture } from './support.ts';

type Env = Record<string, string>;
const U = { ...UTF8_GLYPHS, emoji: false };
const A = { ...ASCII_GLYPHS, emoji: true };

describe('glyphsFor rules', () => {
  it.each([
    ['the corpus environment', { LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' }, '262', UTF8_GLYPHS],
    ['empty environment: UTF-8, but no TERM so no emoji', {}, '252', U],
    ['TERM alone: the C locale nobody asked for counts as UTF-8', { TERM: 'xterm' }, '262', UTF8_GLYPHS],
    ['explicit C locale', { LC_ALL: 'C', TERM: 'xterm' }, '252', ASCII_GLYPHS],
    ['LANG=C', { LANG: 'C', TERM: 'xterm' }, '257', ASCII_GLYPHS],
    ['empty LC_ALL counts as set', { LC_ALL: '', TERM: 'xterm' }, '262', ASCII_GLYPHS],
    ['LC_ALL wins over LANG', { LC_ALL: 'C', LANG: 'C.UTF-8', TERM: 'xterm' }, '252', ASCII_GLYPHS],
    ['LC_CTYPE wins over LANG', { LC_CTYPE: 'C.UTF-8', LANG: 'C', TERM: 'xterm' }, '252', UTF8_GLYPHS],
    ['empty LC_ALL falls through to LC_CTYPE', { LC_ALL: '', LC_CTYPE: 'C.UTF-8', TERM: 'xterm' }, '262', UTF8_GLYPHS],
    ['codeset spelling does not matter', { LANG: 'C.utf8', TERM: 'xterm' }, '262', UTF8_GLYPHS],
    ['a missing locale makes setlocale fail: UTF-8', { LANG: 'xx_YY', TERM: 'xterm' }, '252', UTF8_GLYPHS],
    ['a missing locale in any category', { LANG: 'C', LC_MESSAGES: 'xx_YY', TERM: 'xterm' }, '262', UTF8_GLYPHS],
    ['TERM=dumb', { LANG: 'C.UTF-8', TERM: 'dumb' }, '262', U],
    ['TERM=linux', { LANG: 'C.UTF-8', TERM: 'linux' }, '252', U],
    ['TERM matching is case-sensitive', { LANG: 'C.UTF-8', TERM: 'DUMB' }, '252', UTF8_GLYPHS],
    ['empty TERM still allows emoji', { LANG: 'C.UTF-8', TERM: '' }, '257', UTF8_GLYPHS],
    ['SYSTEMD_EMOJI=0', { LANG: 'C.UTF-8', TERM: 'xterm', SYSTEMD_EMOJI: '0' }, '262', U],
    ['SYSTEMD_EMOJI=yes even in the C locale', { LC_ALL: 'C', SYSTEMD_EMOJI: 'yes' }, '252', A],
    ['SYSTEMD_EMOJI not a boolean: ignored', { LC_ALL: 'C.UTF-8', SYSTEMD_EMOJI: ' 1' }, '252', U],
    ['SYSTEMD_UTF8=1 on 257', { LANG: 'C', TERM: 'xterm', SYSTEMD_UTF8: '1' }, '257', UTF8_GLYPHS],
    ['SYSTEMD_UTF8=off on 262', { LANG: 'C.UTF-8', TERM: 'xterm', SYSTEMD_UTF8: 'off' }, '262', ASCII_GLYPHS],
    ['SYSTEMD_UTF8 ignored by 252', { LANG: 'C', TERM: 'xterm', SYSTEMD_UTF8: '1' }, '252', ASCII_GLYPHS],
  ] as const)('%s', (_what, env, version, expected) => {
    expect(glyphsFor(env, version)).toEqual(expected);
  });

  it('takes installed locales into account', () => {
    // installed and not UTF-8: ASCII; the same name uninstalled makes setlocale fail, hence UTF-8
    expect(glyphsFor({ LANG: 'en_US', TERM: 'xterm' }, '262', { en_US: false })).toEqual(ASCII_GLYPHS);
    expect(glyphsFor({ LANG: 'en_US', TERM: 'xterm' }, '262')).toEqual(UTF8_GLYPHS);
    // LC_CTYPE=C with an installed UTF-8 LANG: setlocale succeeds, CTYPE is C and was asked for
    expect(glyphsFor({ LC_CTYPE: 'C', LANG: 'en_US.UTF-8', TERM: 'xterm' }, '262', { 'en_US.UTF-8': true })).toEqual(ASCII_GLYPHS);
  });

  it('defaults to 262', () => {
    expect(glyphsFor({ LANG: 'C', TERM: 'xterm', SYSTEMD_UTF8: '1' })).toEqual(UTF8_GLYPHS);
  });
});

interface GlyphCase {
  version: SystemdVersion;
  env: Env;
  good: string;
  bad: string;
  arrow: string;
  face: string;
}

describe('glyphsFor against recorded environments', () => {
  const recorded = readFixture<GlyphCase[]>('glyphs.json.gz');

  it('has the recorded table', () => {
    expect(recorded.length).toBeGreaterThan(1000);
  });

  it('matches every recorded environment', () => {
    const mismatches = recorded.filter((c) => {
      const g = glyphsFor(c.env, c.version);
      return g.good !== c.good || g.bad !== c.bad || g.arrow !== c.arrow || g.emoji !== !c.face.startsWith(':-');
    });
    expect(mismatches).toEqual([]);
  });
});
