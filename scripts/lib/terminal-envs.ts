/**
 * The environments the terminal fixtures are recorded in (scripts/record-terminal.ts) and replayed
 * in (test/terminal-golden.test.ts): whether stdout and stderr are a terminal, its width, and the
 * variables systemd reads to decide colours, links and width. Each is merged over
 * {@link TERMINAL_BASE_ENV}; `undefined` removes a variable.
 */
import type { Endpoint } from './pty-run.ts';
import { ORACLE_ENV } from './oracle.ts';

/** One recorded environment. */
export interface TerminalEnv {
  readonly name: string;
  readonly stdout: Endpoint;
  readonly stderr: Endpoint;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Also recorded with `--json=short` (whether JSON is coloured at a terminal). */
  readonly json?: true;
}

/**
 * What every run starts from: the golden corpus's environment without its `SYSTEMD_COLORS=0`, and
 * `SYSTEMD_PAGER=cat`: on a terminal systemd would otherwise pipe the output through `less`, whose
 * bytes on the screen are less's, not systemd's (unitscore has no pager: it prints what
 * `systemd-analyze --no-pager` prints).
 */
export const TERMINAL_BASE_ENV: Readonly<Record<string, string>> = (() => {
  const { SYSTEMD_COLORS: _dropped, ...rest } = ORACLE_ENV;
  return { ...rest, SYSTEMD_PAGER: 'cat' };
})();

const PIPE: Endpoint = { kind: 'pipe' };
const tty = (columns: number): Endpoint => ({ kind: 'tty', columns });
const both = (columns: number): Pick<TerminalEnv, 'stdout' | 'stderr'> => ({ stdout: tty(columns), stderr: tty(columns) });

/** The environments, each with a short reason in its name. */
export const TERMINAL_ENVS: readonly TerminalEnv[] = [
  // Into a file or pipe: plain unless told otherwise.
  { name: 'pipe', stdout: PIPE, stderr: PIPE, env: {} },
  { name: 'pipe-colors-1', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '1' }, json: true },
  { name: 'pipe-colors-yes', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: 'yes' } },
  { name: 'pipe-colors-16', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '16' } },
  { name: 'pipe-colors-256', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '256' } },
  { name: 'pipe-colors-24bit', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '24bit' } },
  { name: 'pipe-colors-auto', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: 'auto' } },
  { name: 'pipe-colors-1-urlify-0', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '1', SYSTEMD_URLIFY: '0' } },
  { name: 'pipe-urlify-1', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_URLIFY: '1' } },
  { name: 'pipe-columns-40', stdout: PIPE, stderr: PIPE, env: { COLUMNS: '40' } },
  { name: 'pipe-colors-1-columns-40', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '1', COLUMNS: '40' } },
  { name: 'pipe-colors-1-ascii', stdout: PIPE, stderr: PIPE, env: { SYSTEMD_COLORS: '1', LC_ALL: 'C' } },
  // At a terminal.
  { name: 'tty-80', ...both(80), env: {}, json: true },
  { name: 'tty-40', ...both(40), env: {} },
  { name: 'tty-200', ...both(200), env: {} },
  { name: 'tty-12', ...both(12), env: {} },
  { name: 'tty-80-columns-40', ...both(80), env: { COLUMNS: '40' } },
  { name: 'tty-80-columns-200', ...both(80), env: { COLUMNS: '200' } },
  { name: 'tty-80-columns-bad', ...both(80), env: { COLUMNS: '40x' } },
  { name: 'tty-40-ascii', ...both(40), env: { LC_ALL: 'C' } },
  { name: 'tty-no-color', ...both(80), env: { NO_COLOR: '1' } },
  { name: 'tty-no-color-empty', ...both(80), env: { NO_COLOR: '' } },
  { name: 'tty-no-color-urlify-1', ...both(80), env: { NO_COLOR: '1', SYSTEMD_URLIFY: '1' } },
  { name: 'tty-term-dumb', ...both(80), env: { TERM: 'dumb' } },
  { name: 'tty-term-unset', ...both(80), env: { TERM: undefined } },
  { name: 'tty-term-linux', ...both(80), env: { TERM: 'linux' } },
  { name: 'tty-colors-0', ...both(80), env: { SYSTEMD_COLORS: '0' } },
  { name: 'tty-colors-16', ...both(80), env: { SYSTEMD_COLORS: '16' } },
  { name: 'tty-colors-256', ...both(80), env: { SYSTEMD_COLORS: '256' } },
  { name: 'tty-colors-24bit', ...both(80), env: { SYSTEMD_COLORS: '24bit' } },
  { name: 'tty-colorterm-truecolor', ...both(80), env: { COLORTERM: 'truecolor' } },
  { name: 'tty-colors-16-colorterm-24bit', ...both(80), env: { SYSTEMD_COLORS: '16', COLORTERM: '24bit' } },
  { name: 'tty-urlify-0', ...both(80), env: { SYSTEMD_URLIFY: '0' } },
  { name: 'tty-term-dumb-colors-1', ...both(80), env: { TERM: 'dumb', SYSTEMD_COLORS: '1' } },
  // Only one of the two streams a terminal (`2>file`, `| less`).
  { name: 'tty-stdout-only-40', stdout: tty(40), stderr: PIPE, env: {} },
  { name: 'tty-stderr-only', stdout: PIPE, stderr: tty(40), env: {} },
];
