/**
 * Fast, parallel runs of the real `systemd-analyze security` for the fuzz loop. Same inputs and
 * environment as `runOracle()` in scripts/lib/oracle.ts, but: the analyzer's command line is
 * resolved once per version (the `systemd-oracle` wrapper re-discovers every unpacked analyzer on
 * each call, ~50–100 ms, which would dominate 12,000 runs of ~10 ms), the unit folder is written once
 * and shared by all runs of that unit, and runs are asynchronous so a small pool keeps both cores busy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SystemdVersion, UnitFile } from '../../src/engine/types.ts';
import { ORACLE_ENV, oracleTool, type OracleRun } from '../../scripts/lib/oracle.ts';

/** A resolved way to start one version's analyzer: program and leading arguments. */
interface Command {
  readonly program: string;
  readonly prefix: readonly string[];
}

function majorOf(program: string, prefix: readonly string[]): string | null {
  const out = spawnSync(program, [...prefix, '--version'], { encoding: 'utf8' });
  return out.status === 0 ? (out.stdout.split('\n')[0]?.split(/\s+/)[1] ?? null) : null;
}

function findFile(root: string, test: (name: string) => boolean): string | null {
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && test(entry.name)) return join(entry.parentPath, entry.name);
  }
  return null;
}

/** The direct command lines of every analyzer the wrapper would use, keyed by major version. */
function discoverCommands(): Map<string, Command> {
  const found = new Map<string, Command>();
  const system = majorOf('systemd-analyze', []);
  if (system !== null) found.set(system, { program: 'systemd-analyze', prefix: [] });
  // Mirrors systemd-oracle's `run_in`: the unpacked suite's own loader and library path.
  const base = process.env['SYSTEMD_ORACLES'] ?? join(homedir(), '.cache/systemd-oracles');
  for (const suite of existsSync(base) ? readdirSync(base) : []) {
    const root = join(base, suite, 'root');
    if (!existsSync(root)) continue;
    const ld = findFile(root, (n) => n === 'ld-linux-x86-64.so.2');
    const shared = findFile(root, (n) => /^libsystemd-shared-.*\.so$/.test(n));
    if (ld === null || shared === null) continue;
    const libs = [dirname(shared), join(root, 'usr/lib/x86_64-linux-gnu'), join(root, 'lib/x86_64-linux-gnu')].join(':');
    const cmd = { program: ld, prefix: ['--library-path', libs, join(root, 'usr/bin/systemd-analyze')] };
    const major = majorOf(cmd.program, cmd.prefix);
    if (major !== null && !found.has(major)) found.set(major, cmd);
  }
  return found;
}

let commands: Map<string, Command> | null = null;

/** The command for `version`: direct when discoverable, else through the wrapper (slow but correct). */
function commandFor(version: SystemdVersion): Command {
  commands ??= discoverCommands();
  const direct = commands.get(version);
  if (direct !== undefined) return direct;
  const tool = oracleTool();
  if (tool === null) throw new Error(`no systemd-analyze ${version} here`);
  return { program: tool, prefix: [version] };
}

/** A unit's files written to a fresh temporary folder; `dispose()` removes it. */
export interface UnitFolder {
  readonly dir: string;
  dispose(): void;
}

/** Writes `files` into a new folder under the system temp dir (mode 0644, as `runOracle` does). */
export function writeUnitFolder(files: readonly UnitFile[]): UnitFolder {
  const dir = mkdtempSync(join(tmpdir(), 'unitscore-fuzz-'));
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text, { mode: 0o644 });
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `systemd-analyze security ARGS ./UNIT` of `version` in `dir`, with {@link ORACLE_ENV} (plus
 * HOME/SYSTEMD_ORACLES, as `runOracle` passes them). `{dir}` replaces the folder in stderr.
 */
export function runOracleAsync(version: SystemdVersion, dir: string, unit: string, args: readonly string[]): Promise<OracleRun> {
  const { program, prefix } = commandFor(version);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ HOME: process.env['HOME'], SYSTEMD_ORACLES: process.env['SYSTEMD_ORACLES'], ...ORACLE_ENV })) {
    if (v !== undefined) env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...prefix, 'security', ...args, `./${unit}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== null) return reject(new Error(`systemd-analyze ${version} killed by ${signal}`));
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8').split(dir).join('{dir}'),
        status: code ?? -1,
      });
    });
  });
}

/**
 * Runs `jobs` with at most `limit` in flight, resolving to their results in input order.
 * Used to keep a few analyzer processes busy while the main thread runs the engine.
 */
export async function pool<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await (jobs[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
