/**
 * Which symbols `systemd-analyze security` prints when stdout is not a terminal, as decided by its
 * environment. Everything here was established by running the real 252, 257 and 262 binaries over
 * the cross product of TERM, LC_ALL, LC_CTYPE, LANG, SYSTEMD_EMOJI and SYSTEMD_UTF8 values
 * (recorded in test/fixtures/format/glyphs.json.gz, checked by test/engine/format/glyphs.test.ts).
 * The rules, identical in all three versions except where noted:
 *
 * 1. UTF-8 mode (✓ ✗ →, otherwise `+` `-` `->`):
 *    - 257 and 262 only: `SYSTEMD_UTF8` set to a boolean decides outright (252 ignores it).
 *    - glibc's `setlocale(LC_ALL, "")` resolves each category from the first non-empty of
 *      `LC_ALL`, `LC_<CATEGORY>`, `LANG`, else `C`. If any category names a locale that is not
 *      installed, the call fails and systemd assumes UTF-8.
 *    - If the resolved LC_CTYPE locale's codeset is UTF-8: UTF-8.
 *    - Otherwise (C, POSIX or an installed non-UTF-8 locale) UTF-8 only when `LC_ALL`, `LC_CTYPE`
 *      and `LANG` are all absent. A variable set to the empty string counts as present here, though
 *      glibc ignores it when resolving: `LC_ALL=` alone gives ASCII, an empty environment UTF-8.
 * 2. Emoji faces (otherwise `:-{` and friends):
 *    - `SYSTEMD_EMOJI` set to a boolean decides outright, even in ASCII mode.
 *    - Otherwise emoji when in UTF-8 mode and `TERM` is present (the empty string counts) and not
 *      exactly `dumb` or `linux` (case-sensitive).
 * Booleans are systemd's: `1 yes y true t on` / `0 no n false f off`, case-insensitive, no
 * surrounding blanks; anything else (including empty) counts as unset.
 */
import type { SystemdVersion } from '../types.ts';
import { profileFor } from '../versions/profile.ts';

/** The symbols of one output: row marks, the summary arrow, and whether faces are emoji. */
export interface Glyphs {
  /** Mark of a row with badness 0: `✓` or `+`. */
  readonly good: string;
  /** Mark of a row with badness > 0: `✗` or `-`. */
  readonly bad: string;
  /** Start of the summary line: `→` or `->`. */
  readonly arrow: string;
  /** `true`: the rating's emoji (😨); `false`: its ASCII face (`:-{`). */
  readonly emoji: boolean;
}

/** UTF-8 symbols with emoji: what the golden corpus was recorded with (`LC_ALL=C.UTF-8 TERM=xterm-256color`). */
export const UTF8_GLYPHS: Glyphs = { good: '\u2713', bad: '\u2717', arrow: '\u2192', emoji: true };

/** Pure ASCII symbols, as in the C locale. */
export const ASCII_GLYPHS: Glyphs = { good: '+', bad: '-', arrow: '->', emoji: false };

/**
 * Installed locales beyond the ones every glibc system has (`C`, `POSIX`, `C.UTF-8`): name → whether
 * its codeset is UTF-8. Names match exactly as written in the environment.
 */
export type InstalledLocales = Readonly<Record<string, boolean>>;

const LOCALE_CATEGORIES = [
  'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER',
  'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION',
] as const;

/** systemd's `parse_boolean`: `true`/`false`, or `undefined` for unset or anything else. */
function systemdBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (['1', 'yes', 'y', 'true', 't', 'on'].includes(v)) return true;
  if (['0', 'no', 'n', 'false', 'f', 'off'].includes(v)) return false;
  return undefined;
}

/** Whether a locale name is installed, and if so whether it is UTF-8; `undefined` = not installed. */
function localeIsUtf8(name: string, installed: InstalledLocales): boolean | undefined {
  if (name === 'C' || name === 'POSIX') return false;
  if (name === 'C.UTF-8') return true; // the usual spelling, without the normalisation below
  // glibc normalises the codeset part (case, punctuation), so C.UTF-8, C.utf8 and C.Utf-8 all load.
  const dot = name.indexOf('.');
  if (dot > 0 && name.slice(0, dot) === 'C' && name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf8') {
    return true;
  }
  return Object.hasOwn(installed, name) ? installed[name] : undefined;
}

function isUtf8Mode(
  env: Readonly<Record<string, string | undefined>>,
  version: SystemdVersion,
  installed: InstalledLocales,
): boolean {
  if (profileFor(version).utf8EnvOverride) {
    const forced = systemdBoolean(env['SYSTEMD_UTF8']);
    if (forced !== undefined) return forced;
  }
  // Empty values are skipped as if unset (`||`, not `??`).
  const resolve = (category: string): string => env['LC_ALL'] || env[category] || env['LANG'] || 'C';
  let checked: string | null = null; // categories mostly resolve alike: check each name once
  for (const category of LOCALE_CATEGORIES) {
    const name = resolve(category);
    if (name === checked) continue;
    if (localeIsUtf8(name, installed) === undefined) return true;
    checked = name;
  }
  if (localeIsUtf8(resolve('LC_CTYPE'), installed) === true) return true;
  return env['LC_ALL'] === undefined && env['LC_CTYPE'] === undefined && env['LANG'] === undefined;
}

/**
 * The glyphs systemd `version` (default 262) prints to a file or pipe under the environment `env`
 * (`undefined` values mean unset). `installed` names locales the imitated machine has beyond the
 * universal C, POSIX and C.UTF-8: it matters because a locale that is not installed makes systemd
 * assume UTF-8. The default, none, matches the minimal Debian the golden files were recorded on.
 */
export function glyphsFor(
  env: Readonly<Record<string, string | undefined>>,
  version: SystemdVersion = '262',
  installed: InstalledLocales = {},
): Glyphs {
  const utf8 = isUtf8Mode(env, version, installed);
  const term = env['TERM'];
  const termAllows = term === undefined ? !profileFor(version).emojiNeedsTerm : term !== 'dumb' && term !== 'linux';
  const emoji = systemdBoolean(env['SYSTEMD_EMOJI']) ?? (utf8 && termAllows);
  return { ...(utf8 ? UTF8_GLYPHS : ASCII_GLYPHS), emoji };
}
