/**
 * The differential fuzz loop shared by test/fuzz/differential.test.ts and scripts/fuzz.ts: for one
 * target (systemd version × mode), generate units from a seed, run the real analyzer on each (text
 * and `--json=short`), run the engine's CLI in-process on the same files, and compare stdout, exit
 * status and stderr byte for byte. Offline, each unit runs in its own folder, a few at a time; live,
 * all units go through the batched live oracle (scripts/lib/live-oracle.ts), text and JSON side by
 * side, and are compared afterwards.
 */
import type { CliResult, Host } from '../../src/cli.ts';
import type { SystemdVersion } from '../../src/engine/types.ts';
import { runLiveOracle } from '../../scripts/lib/live-oracle.ts';
import { ORACLE_ENV, type OracleRun } from '../../scripts/lib/oracle.ts';
import { modeArg, targetId, type Target } from '../../scripts/lib/targets.ts';
import { generateUnit, type GeneratedUnit } from './generate.ts';
import { memoryHost } from '../../scripts/lib/memory-host.ts';
import { pool, runOracleAsync, writeUnitFolder } from './oracle-pool.ts';
import { unitRng } from './random.ts';

/** The CLI's entry point, as src/cli.ts exports it (injected so the loop can run without an engine). */
export type CliMain = (argv: readonly string[], host: Host) => CliResult;

/** The two output modes every unit is checked in. */
export const MODES = [
  { name: 'text', args: [] },
  { name: 'json', args: ['--json=short'] },
] as const;

/** One disagreement between the analyzer and the engine on one unit, mode and stream. */
export interface Mismatch {
  readonly index: number;
  readonly version: SystemdVersion;
  /** The target's id: `252` (offline) or `live-252`. */
  readonly target: string;
  readonly mode: 'text' | 'json';
  readonly field: 'stdout' | 'status' | 'stderr';
  readonly unit: GeneratedUnit;
  readonly oracle: OracleRun;
  readonly engine: CliResult;
}

/** What one version's run produced. Counts are per unit (a unit matches if both modes match). */
export interface VersionStats {
  readonly version: SystemdVersion;
  readonly target: string;
  units: number;
  /** Units the analyzer refused (exit status ≠ 0 and nothing on stdout). */
  refused: number;
  stdoutMatches: number;
  stderrMatches: number;
  /** stdout or status mismatches, in unit order. */
  readonly mismatches: Mismatch[];
  readonly stderrMismatches: Mismatch[];
  ms: number;
}

/** Options of {@link runVersion}. */
export interface LoopOptions {
  readonly seed: number;
  readonly count: number;
  /** The engine's CLI; null = oracle only (no comparison; for tuning the generator). */
  readonly cli: CliMain | null;
  /** Units in flight at once, each running its two analyzer processes in parallel. Default 2 (offline only). */
  readonly concurrency?: number;
  /** Live: units per manager boot (default: the live runner's). */
  readonly liveBatchSize?: number;
  /** Called with every analyzer result (e.g. to tally coverage). */
  readonly onOracle?: ((unit: GeneratedUnit, mode: 'text' | 'json', run: OracleRun) => void) | undefined;
  /** Called after each finished unit, with the number done so far. */
  readonly onProgress?: (done: number) => void;
}

function runCli(cli: CliMain, argv: readonly string[], host: Host): CliResult {
  try {
    return cli(argv, host);
  } catch (error) {
    return { stdout: '', stderr: `engine threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, status: -2 };
  }
}

/** The generated unit number `index` of a run seeded with `seed` (replays a reported failure). */
export function unitAt(seed: number, index: number): GeneratedUnit {
  return generateUnit(unitRng(seed, index));
}

/** Runs the loop for one offline version and returns its statistics (never throws on a mismatch). */
export function runVersion(version: SystemdVersion, options: LoopOptions): Promise<VersionStats> {
  return runTarget({ version, mode: 'offline' }, options);
}

/** The unit name a generated unit is analysed as: its first file. */
function unitNameOf(unit: GeneratedUnit): string {
  return unit.files[0]?.path ?? 'missing.service';
}

/** Runs the loop for one target and returns its statistics (never throws on a mismatch). */
export async function runTarget(target: Target, options: LoopOptions): Promise<VersionStats> {
  const { version } = target;
  const started = performance.now();
  const stats: VersionStats = { version, target: targetId(target), units: 0, refused: 0, stdoutMatches: 0, stderrMatches: 0, mismatches: [], stderrMismatches: [], ms: 0 };
  // Compares one unit's oracle runs (in MODES order) with the engine's.
  const check = (index: number, unit: GeneratedUnit, runs: readonly OracleRun[]): void => {
    const name = unitNameOf(unit);
    stats.units++;
    if (runs.every((r) => r.status !== 0 && r.stdout === '')) stats.refused++;
    MODES.forEach((m, i) => options.onOracle?.(unit, m.name, runs[i] as OracleRun));
    if (options.cli !== null) {
      const host = memoryHost(unit.files, ORACLE_ENV);
      let stdoutOk = true;
      let stderrOk = true;
      // One entry per unit and stream: the first mode that disagrees.
      for (const [i, m] of MODES.entries()) {
        const oracle = runs[i] as OracleRun;
        const engine = runCli(options.cli, ['security', modeArg(target), ...m.args, `--systemd=${version}`, `./${name}`], host);
        const base = { index, version, target: stats.target, mode: m.name, unit, oracle, engine };
        if (engine.stdout !== oracle.stdout || engine.status !== oracle.status) {
          if (stdoutOk) stats.mismatches.push({ ...base, field: engine.stdout !== oracle.stdout ? 'stdout' : 'status' });
          stdoutOk = false;
        }
        if (engine.stderr !== oracle.stderr) {
          if (stderrOk) stats.stderrMismatches.push({ ...base, field: 'stderr' });
          stderrOk = false;
        }
      }
      if (stdoutOk) stats.stdoutMatches++;
      if (stderrOk) stats.stderrMatches++;
    }
    options.onProgress?.(stats.units);
  };
  if (target.mode === 'live') {
    const units = Array.from({ length: options.count }, (_, index) => unitAt(options.seed, index));
    const subjects = units.map((u) => ({ files: u.files, unit: unitNameOf(u) }));
    const byMode = await Promise.all(MODES.map((m) => runLiveOracle(version, subjects, m.args, options.liveBatchSize === undefined ? {} : { batchSize: options.liveBatchSize })));
    units.forEach((unit, index) => check(index, unit, byMode.map((runs) => runs[index] as OracleRun)));
  } else {
    const jobs = Array.from({ length: options.count }, (_, index) => async () => {
      const unit = unitAt(options.seed, index);
      const folder = writeUnitFolder(unit.files);
      let runs: OracleRun[];
      try {
        runs = await Promise.all(MODES.map((m) => runOracleAsync(version, folder.dir, unitNameOf(unit), ['--offline=true', ...m.args])));
      } finally {
        folder.dispose();
      }
      check(index, unit, runs);
    });
    await pool(jobs, options.concurrency ?? 2);
  }
  stats.ms = performance.now() - started;
  return stats;
}

/** The first line where `a` and `b` differ, as `line N: "…" ≠ "…"` (for short reports). */
export function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: engine ${JSON.stringify(la[i] ?? '<none>')} ≠ systemd ${JSON.stringify(lb[i] ?? '<none>')}`;
  }
  return 'identical';
}

/** A multi-line report of one mismatch: which unit, where the outputs first differ, how to replay it. */
export function describeMismatch(m: Mismatch, seed: number): string {
  const what = m.field === 'status' ? `status engine ${m.engine.status} ≠ systemd ${m.oracle.status}` : firstDifference(m.engine[m.field], m.oracle[m.field]);
  return `[${m.target} ${m.mode} ${m.field}] unit #${m.index} (FUZZ_SEED=${seed}) ${m.unit.description}\n    ${what}`;
}
