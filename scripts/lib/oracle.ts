/**
 * Runs the real `systemd-analyze security` of a given systemd version on a set of unit files, the way
 * the golden fixtures were recorded: the files alone in a fresh folder, a clean environment, the unit
 * given as `./NAME`. Used by `record-oracle`, the differential fuzz test and the benchmark; never by
 * the site or the engine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemdVersion, UnitFile } from '../../src/engine/types.ts';
import { VERSIONS } from '../../src/engine/versions/list.ts';
import { analyzerCommand } from './analyzer-command.ts';

/** What one oracle run printed and returned. `{dir}` stands for the run's folder in `stderr`. */
export interface OracleRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `$VARIABLE` when set, else `shared/tools/NAME` beside the checkout (`../shared`, or `../../shared`
 * from a worktree under `wt/NAME`); null when none exists (e.g. a fresh clone without `../shared`).
 */
export function sharedTool(name: string, variable: string): string | null {
  const candidates = [process.env[variable], join(repoRoot, '../shared/tools', name), join(repoRoot, '../../shared/tools', name)];
  return candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(c)) ?? null;
}

/** The `systemd-oracle` wrapper (see {@link sharedTool}), or `$SYSTEMD_ORACLE` when set. */
export function oracleTool(): string | null {
  return sharedTool('systemd-oracle', 'SYSTEMD_ORACLE');
}

/** The environment every oracle run gets: fixed locale and terminal, no host drop-ins. */
export const ORACLE_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/bin:/bin',
  LC_ALL: 'C.UTF-8',
  TERM: 'xterm-256color',
  SYSTEMD_COLORS: '0',
  SYSTEMD_UNIT_PATH: '',
};

/** The versions that have an offline mode (`--offline=` exists from 250 on), from the engine's version list. */
export const OFFLINE_VERSIONS: readonly SystemdVersion[] = VERSIONS.filter((v) => v.modes.includes('offline')).map((v) => v.id);

/** The offline-capable major versions whose analyzer can run on this machine, e.g. `['252', '257', '262']`. */
export function availableOracles(): SystemdVersion[] {
  const tool = oracleTool();
  let listing: string;
  if (tool !== null) {
    listing = spawnSync(tool, ['list'], { encoding: 'utf8' }).stdout ?? '';
  } else {
    try {
      listing = execFileSync('systemd-analyze', ['--version'], { encoding: 'utf8' }).split('\n')[0]?.replace(/^systemd /, '') ?? '';
    } catch {
      listing = '';
    }
  }
  const majors = new Set(listing.split('\n').map((line) => line.trim().split(/\s+/)[0]));
  return OFFLINE_VERSIONS.filter((v) => majors.has(v));
}

/**
 * `stderr` as the analyzer prints it where a system installs it: getopt names the program as it was
 * started (argv[0]), which for an unpacked analyzer is its full path (`/root/.cache/…/systemd-analyze:
 * unrecognized option '--bogus'`), where a system's shell says `systemd-analyze`.
 */
function asInstalled(stderr: string): string {
  return stderr.replace(/^\/\S*\/systemd-analyze: /gm, 'systemd-analyze: ');
}

/**
 * Runs `systemd-analyze security ARGS ./UNIT` of `version` on `files` in a fresh temporary folder.
 * `unit` defaults to the first file whose path has no `/`. `extraEnv` is merged over {@link ORACLE_ENV}
 * (set a key to `undefined` to drop it, e.g. `TERM`). Throws if no analyzer of that version exists.
 */
export function runOracle(
  version: SystemdVersion,
  files: readonly (UnitFile & { readonly executable?: true })[],
  args: readonly string[] = ['--offline=true'],
  options: { unit?: string; extraEnv?: Record<string, string | undefined> } = {},
): OracleRun {
  const dir = mkdtempSync(join(tmpdir(), 'unitscore-oracle-'));
  try {
    for (const file of files) {
      const path = join(dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      // A packaged file with an execute bit keeps it: systemd then warns "is marked executable".
      writeFileSync(path, file.text, { mode: file.executable === true ? 0o755 : 0o644 });
    }
    const unit = options.unit ?? files.find((f) => !f.path.includes('/'))?.path;
    if (unit === undefined) throw new Error('runOracle: no unit file among the inputs');
    const env: Record<string, string> = {};
    // The wrapper finds the unpacked 257/262 analyzers under $HOME (or $SYSTEMD_ORACLES).
    const wrapperEnv = { HOME: process.env['HOME'], SYSTEMD_ORACLES: process.env['SYSTEMD_ORACLES'] };
    for (const [k, v] of Object.entries({ ...wrapperEnv, ...ORACLE_ENV, ...options.extraEnv })) if (v !== undefined) env[k] = v;
    const tool = oracleTool();
    if (tool === null && !availableOracles().includes(version)) {
      throw new Error(`runOracle: no systemd-analyze ${version} here (set SYSTEMD_ORACLE to the systemd-oracle wrapper)`);
    }
    const direct = analyzerCommand(version);
    const [cmd, cmdArgs] = direct !== null
      ? [direct.program, [...direct.prefix, 'security', ...args, `./${unit}`]]
      : tool !== null
        ? [tool, [version, 'security', ...args, `./${unit}`]]
        : ['systemd-analyze', ['security', ...args, `./${unit}`]];
    const result = spawnSync(cmd, cmdArgs, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (result.error) throw result.error;
    if (result.status === 127) throw new Error(`runOracle: no systemd-analyze ${version}: ${result.stderr}`);
    return {
      stdout: result.stdout,
      stderr: asInstalled(result.stderr.split(dir).join('{dir}')),
      status: result.status ?? -1,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
