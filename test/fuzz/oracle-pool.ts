/**
 * Fast, parallel runs of the real `systemd-analyze security` for the fuzz loop. Same inputs and
 * environment as `runOracle()` in scripts/lib/oracle.ts, but: the analyzer's command line is
 * resolved once per version (the `systemd-oracle` wrapper re-discovers every unpacked analyzer on
 * each call, ~50–100 ms, which would dominate 12,000 runs of ~10 ms), the unit folder is written once
 * and shared by all runs of that unit, and runs are asynchronous so a small pool keeps both cores busy.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SystemdVersion, UnitFile } from '../../src/engine/types.ts';
import { ORACLE_ENV, oracleTool, type OracleRun } from '../../scripts/lib/oracle.ts';
import { analyzerCommand, type AnalyzerCommand } from '../../scripts/lib/analyzer-command.ts';

/** The command for `version`: direct when discoverable, else through the wrapper (slow but correct). */
function commandFor(version: SystemdVersion): AnalyzerCommand {
  const direct = analyzerCommand(version);
  if (direct !== null) return direct;
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
