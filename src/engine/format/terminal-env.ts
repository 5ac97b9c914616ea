/**
 * How `systemd-analyze security` decides its terminal (terminal.ts) from its environment, as
 * src/basic/terminal-util.c and src/shared/pretty-print.c of each release do it, and as the
 * oracles showed under the environments of scripts/lib/terminal-envs.ts:
 *
 * 1. "On a terminal" means stdout AND stderr are terminals (`on_tty()`).
 * 2. Colours: `SYSTEMD_COLORS` decides when it parses (a boolean → `on`/`off`; `16` and `256`
 *    from 249 on; see the profile's `colorValues`); else `NO_COLOR` (set at all, even empty) turns
 *    them off; else they are off unless on a terminal whose `TERM` is set and not `dumb`; else the
 *    mode is `256`, or `24bit` with `COLORTERM=truecolor|24bit` (252+; 245 and 247 say `on`).
 * 3. Underline: with colours, unless `TERM=linux`.
 * 4. Links: `SYSTEMD_URLIFY` when it is a boolean, else whether there are colours.
 * 5. Width: only when stdout is a terminal: `COLUMNS` when it is a number in 1–65535 (parsed as
 *    systemd's `safe_atoi()`: blanks before, a sign, `0x` hex, `0` octal, and from 247 `0b`/`0o`),
 *    else the terminal's own width, else 80.
 * 6. UTF-8: the locale rules of glyphs.ts.
 * 7. Log lines on stderr end in `\r\n` when stderr is a terminal (the profile's `logCrLf`).
 * Booleans are systemd's `parse_boolean()`: `1 yes y true t on` / `0 no n false f off`, any case.
 */
import type { SystemdVersion } from '../types.ts';
import { profileFor } from '../versions/profile.ts';
import { glyphsFor } from './glyphs.ts';
import type { ColorMode, Terminal } from './terminal.ts';

/** What the process knows of its own streams. */
export interface Streams {
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The width of the terminal on stdout (its window size), or null when unknown or not a terminal. */
  readonly columns: number | null;
}

type Env = Readonly<Record<string, string | undefined>>;

const TRUE = new Set(['1', 'yes', 'y', 'true', 't', 'on']);
const FALSE = new Set(['0', 'no', 'n', 'false', 'f', 'off']);

/** systemd's `parse_boolean()`, or undefined for unset or anything else. */
function parseBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  return TRUE.has(v) ? true : FALSE.has(v) ? false : undefined;
}

/** The colour mode `SYSTEMD_COLORS` asks for, or undefined when it is unset or not understood. */
function colorsAsked(value: string | undefined, version: SystemdVersion): ColorMode | undefined {
  if (value === undefined) return undefined;
  const named = profileFor(version).colorValues[value];
  if (named !== undefined) return named;
  const b = parseBoolean(value);
  return b === undefined ? undefined : b ? 'on' : 'off';
}

/** The digits of `s` in `base` as a number, or null unless every character is one. */
function digits(s: string, base: number): number | null {
  if (s === '') return null;
  let n = 0;
  for (const ch of s.toLowerCase()) {
    const d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 87 : 99;
    if (d >= base) return null;
    n = n * base + d;
  }
  return n;
}

/**
 * `COLUMNS` as systemd's `safe_atoi()` reads it, or null when it does not parse: leading blanks;
 * `0b`/`0o` (binary, octal; 247+, before any sign); then C's `strtol(…, 0)`: an optional sign, `0x`
 * hex, a leading `0` octal, else decimal; nothing may follow.
 */
export function parseColumns(value: string, version: SystemdVersion = '262'): number | null {
  let s = value.replace(/^[ \t\n\r]+/, '');
  if (profileFor(version).binaryOctalPrefixes) {
    const prefix = s.slice(0, 2).toLowerCase();
    if (prefix === '0b' || prefix === '0o') return digits(s.slice(2), prefix === '0b' ? 2 : 8);
  }
  let sign = 1;
  if (s.startsWith('+') || s.startsWith('-')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  let n: number | null;
  if (/^0x[0-9a-f]/i.test(s)) n = digits(s.slice(2), 16);
  else if (s.startsWith('0')) n = digits(s, 8);
  else n = digits(s, 10);
  return n === null || n > 2 ** 31 ? null : sign * n;
}

/** systemd's `columns()`: `COLUMNS` in 1–65535, else the terminal's width, else 80. */
function columnsOf(env: Env, streams: Streams, version: SystemdVersion): number {
  const asked = env['COLUMNS'] === undefined ? null : parseColumns(env['COLUMNS'], version);
  if (asked !== null && asked > 0 && asked <= 0xffff) return asked;
  return streams.columns !== null && streams.columns > 0 ? streams.columns : 80;
}

/**
 * The terminal systemd `version` prints for under `env` (`undefined` values are unset) with
 * `streams`. Pure: the caller reads the environment and the streams.
 */
export function terminalFor(env: Env, streams: Streams, version: SystemdVersion): Terminal {
  const profile = profileFor(version);
  const onTty = streams.stdoutIsTTY && streams.stderrIsTTY;
  const term = env['TERM'];
  let colors = colorsAsked(env['SYSTEMD_COLORS'], version);
  if (colors === undefined) {
    if (env['NO_COLOR'] !== undefined || !onTty || term === undefined || term === 'dumb') colors = 'off';
    else if (profile.colorTermTrueColor && (env['COLORTERM'] === 'truecolor' || env['COLORTERM'] === '24bit')) colors = '24bit';
    else colors = profile.defaultColorMode;
  }
  const urlify = parseBoolean(env['SYSTEMD_URLIFY']) ?? colors !== 'off';
  return {
    colors,
    underline: colors !== 'off' && term !== 'linux',
    urlify,
    width: streams.stdoutIsTTY ? columnsOf(env, streams, version) : null,
    utf8: glyphsFor(env, version).good === '\u2713',
    logLineEnd: streams.stderrIsTTY && profile.logCrLf !== 'never' && !(profile.logCrLf === 'tty-not-dumb' && (term === undefined || term === 'dumb')) ? '\r\n' : '\n',
  };
}
