/**
 * The terminal an output is printed for, as systemd decides it from its environment (see
 * `terminalFor()`): which colours, whether headers are underlined, whether names are OSC-8 links,
 * and the width the table must fit. The formatters take it as a value; the engine never looks at
 * a process.
 */

/**
 * systemd's colour mode: `off`; `on` (`SYSTEMD_COLORS=1`: "all colours"); `16` (the 16 base
 * colours: greys fall back to bright black); `256` (the default at a terminal); `24bit`
 * (`COLORTERM=truecolor` or `24bit`, 252+). 245 and 247 know only `off` and `on`.
 */
export type ColorMode = 'off' | 'on' | '16' | '256' | '24bit';

/** How systemd would print to the imitated stdout. */
export interface Terminal {
  /** The colour mode (see {@link ColorMode}); `off` prints no SGR sequence at all. */
  readonly colors: ColorMode;
  /** Whether headers are underlined: with colours, unless `TERM=linux` (the Linux console). */
  readonly underline: boolean;
  /** Whether NAME cells, units and the summary's unit are OSC-8 hyperlinks (`SYSTEMD_URLIFY`, else colours). */
  readonly urlify: boolean;
  /**
   * The width the table is fitted to, cutting cells with an ellipsis (`COLUMNS`, else the
   * terminal's, else 80), or null when stdout is not a terminal: then every column is as wide as
   * its widest cell, whatever `COLUMNS` says.
   */
  readonly width: number | null;
  /**
   * Whether the locale is UTF-8 (systemd's `is_locale_utf8()`): an ASCII cell is cut with `…`,
   * else with `...`. It decides the ✓/✗/→ glyphs too (see `glyphsFor()`).
   */
  readonly utf8: boolean;
  /**
   * How a line of stderr's log ends: `\r\n` when stderr is a terminal (250+; 254.26, 257 and 262 not with
   * `TERM` unset or `dumb`), so it starts a fresh line even in a raw-mode terminal; else `\n`.
   */
  readonly logLineEnd: '\n' | '\r\n';
}

/** A file or pipe in a UTF-8 locale with no colour variable set: what the golden corpus shows. */
export const PLAIN_TERMINAL: Terminal = { colors: 'off', underline: false, urlify: false, width: null, utf8: true, logLineEnd: '\n' };

/**
 * Whether `terminal` prints exactly what a file or pipe gets (no colour, no link, no width
 * fitting): the text formatter's fast path. The locale does not matter then (nothing is cut).
 */
export function isPlainTerminal(terminal: Terminal): boolean {
  return terminal.colors === 'off' && !terminal.urlify && terminal.width === null;
}
