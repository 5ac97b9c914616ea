/**
 * `unitscore security …`: a thin shell over the engine, with the same stdout, stderr and exit
 * status as `systemd-analyze security --offline=true` for the same files in the same folder.
 * The host (file system, environment) is passed in so tests can run it on an in-memory folder.
 */

/** What the CLI needs from its surroundings; `bin/unitscore.js` passes the real ones. */
export interface Host {
  /** Absolute path of the working directory; relative FILE arguments resolve against it. */
  readonly cwd: string;
  /** Environment variables (`TERM`, `LC_ALL`, `LANG`, `LC_CTYPE`, `SYSTEMD_EMOJI` matter). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The text of a regular file at an absolute path, or null if there is none. */
  readFile(path: string): string | null;
  /** The entry names of a directory at an absolute path, or null if there is none. */
  listDir(path: string): readonly string[] | null;
}

/** Everything a run produced. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** Runs the CLI with `argv` (without `node` and the script), e.g. `['security', '--offline=true', './x.service']`. */
export function main(argv: readonly string[], host: Host): CliResult {
  void argv;
  void host;
  return { stdout: '', stderr: 'unitscore: not implemented yet\n', status: 1 };
}
