/**
 * A line systemd logs to stderr (the loader's warnings, the analyzer's errors) as its console log
 * writes it: in the colour of its level when colours are on (the same decision as stdout's, see
 * terminal-env.ts: errors bold red, warnings bold yellow, notices bold, info plain), and ending in
 * `\r\n` when stderr is a terminal (250+; see `Terminal.logLineEnd`). 245 and 247 write every
 * error in bold red whatever the output (the profile's `errorsHighlighted`).
 */
import type { Diagnostic, SystemdVersion } from '../types.ts';
import { profileFor } from '../versions/profile.ts';
import { paletteFor } from './palette.ts';
import type { Terminal } from './terminal.ts';

/** syslog levels systemd's messages here are logged at. */
export type LogLevel = 'err' | 'warning' | 'notice' | 'info';

/**
 * Codes whose level is not what their severity suggests (errors at `err`, warnings at `warning`),
 * read off load-fragment.c and user-util.c (`log_syntax(…, LOG_NOTICE, …)` and friends) and, for
 * `nobody-user`, the oracles.
 */
const LEVELS: Readonly<Record<string, LogLevel>> = {
  'nobody-user': 'notice',
  'lax-user-name': 'notice',
  'syslog-output': 'notice',
  'pidfile-legacy': 'notice',
  'fatal-setting': 'notice',
  'removed-option': 'info',
};

/** The level systemd logs diagnostic `d` at. */
export function logLevelOf(d: Diagnostic): LogLevel {
  return LEVELS[d.code] ?? (d.severity === 'error' ? 'err' : 'warning');
}

/**
 * `text` (one line, without its end) as systemd `version` writes it to stderr at `level` for
 * `terminal`. For a file or pipe without colours: `text` and `\n`.
 */
export function formatLogLine(text: string, level: LogLevel, terminal: Terminal, version: SystemdVersion): string {
  const profile = profileFor(version);
  if (profile.errorsHighlighted) return level === 'err' ? `\x1b[0;1;31m${text}\x1b[0m\n` : `${text}\n`;
  const end = terminal.logLineEnd;
  if (terminal.colors === 'off') return `${text}${end}`;
  const on = paletteFor(profile.ansiPalette, terminal.colors, terminal.underline).log[level];
  return on === '' ? `${text}${end}` : `${on}${text}\x1b[0m${end}`;
}
