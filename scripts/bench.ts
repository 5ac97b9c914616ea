/**
 * Throughput of the engine against the real analyzer, on the vendored corpus:
 *
 *   npm run bench -- [--systemd=252|257|262] [--warmup=N] [--pairs=N] [--repeat=N] [--no-oracle] [--profile]
 *
 * Engine: every corpus unit goes through the in-process CLI (parse, drop-ins, analyze, sort and
 * format the text table) on an in-memory host. The first pass checks each output against the
 * recorded oracle's and is timed on its own (V8 still compiling: the figure a one-off CLI run sees);
 * `--warmup` more passes (default 5) let the JIT settle.
 *
 * Then `--pairs` (default 5) paired measurements, each one engine sample (`--repeat` passes over all
 * units, default 10: about as long as one oracle call) right before one call of the real
 * `systemd-analyze security --offline=true` with every unit as a FILE argument, in a temp folder
 * holding all of them with their drop-ins. The machine is shared and its speed drifts within
 * seconds, so each pair's ratio compares two measurements taken under the same conditions; the
 * figures printed are the medians (with their ranges) of the engine's units/s, the oracle's, and
 * the pairs' ratios, plus the engine's p50/p99 time per unit over all its timed passes. Without the
 * oracle of that version (or with `--no-oracle`) only the engine is measured, with a notice. Both
 * sides get the same units: those whose file name is unique in the corpus (two same-named units
 * cannot share one folder). Default version: 262.
 *
 * `--profile` samples the timed engine passes with V8's profiler (which slows them a little, so take
 * the figures from a run without it), prints self time per function and file, writes the raw
 * `.cpuprofile` to the temp folder, and skips the oracle.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { main } from '../src/cli.ts';
import type { SystemdVersion } from '../src/engine/types.ts';
import { readCorpusExpected, readCorpusUnits, unitName, type CorpusUnit } from './lib/corpus.ts';
import { memoryHost } from './lib/memory-host.ts';
import { availableOracles, ORACLE_ENV, oracleTool } from './lib/oracle.ts';
import { profiled } from './lib/cpu-profile.ts';

/** What {@link benchThroughput} measures; every field has the command line's default. */
export interface BenchOptions {
  /** systemd version of the engine and the oracle; default 262. */
  readonly version?: SystemdVersion;
  /** Untimed passes after the checked first one; default 5. */
  readonly warmup?: number;
  /** Paired measurements; default 5. */
  readonly pairs?: number;
  /** Passes over all units per engine sample; default 10. */
  readonly repeat?: number;
  /** Whether to call the real analyzer; default true (skipped with a reason when it is absent). */
  readonly oracle?: boolean;
  /** Wraps the timed part, e.g. in a CPU profile; default: runs it. */
  readonly around?: (measure: () => void) => void;
}

/** The figures of one {@link benchThroughput} run. */
export interface BenchFigures {
  readonly version: SystemdVersion;
  readonly units: number;
  /** Engine units/s per sample, oracle units/s per call, and their ratio per pair (empty without oracle). */
  readonly engineRates: readonly number[];
  readonly oracleRates: readonly number[];
  readonly ratios: readonly number[];
  /** Why the oracle was not measured, or null. */
  readonly oracleSkipped: string | null;
  readonly oracleStatus: number;
  /** Per-unit time percentiles over every timed engine pass, in µs. */
  readonly p50: number;
  readonly p99: number;
  readonly firstPassPerSecond: number;
  /** Units whose engine stdout equals the recorded oracle's; units on which the engine threw. */
  readonly matches: number;
  readonly threw: number;
}

/** The units whose file name occurs once in the corpus, so that all fit in one folder (bench-cli.ts uses them too). */
export function uniqueUnits(): CorpusUnit[] {
  const all = readCorpusUnits();
  const count = new Map<string, number>();
  for (const u of all) count.set(unitName(u.unit), (count.get(unitName(u.unit)) ?? 0) + 1);
  const taken = new Set<string>();
  return all.filter((u) => {
    if (count.get(unitName(u.unit)) !== 1) return false;
    // Drop-in folders must not collide either (a template's folder serves all its instances).
    const dirs = u.files.map((f) => f.path.split('/')[0]!).filter((p) => p !== unitName(u.unit));
    if (dirs.some((d) => taken.has(d))) return false;
    dirs.forEach((d) => taken.add(d));
    return true;
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/** The middle value of `values` (the upper one of an even count; NaN when empty). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

/** `median (min–max)` of `values`, rounded to `digits`. */
function spread(values: readonly number[], digits = 0): string {
  return `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
}

interface Run { readonly host: ReturnType<typeof memoryHost>; readonly argv: readonly string[] }

/** The engine, ready to time: one checked (and timed) first pass, then the warm-up passes. */
function prepareEngine(units: readonly CorpusUnit[], version: SystemdVersion, warmup: number): { runs: Run[]; firstPassPerSecond: number; matches: number; threw: number } {
  const expected = new Map(readCorpusExpected(version)?.entries.map((e) => [e.unit, e.text]) ?? []);
  let matches = 0;
  let threw = 0;
  const started = performance.now();
  // Units on which the engine throws are left out of the timing.
  const runs = units.flatMap((u) => {
    const run = { host: memoryHost(u.files, ORACLE_ENV), argv: ['security', '--offline=true', `./${unitName(u.unit)}`, `--systemd=${version}`] };
    try {
      if (main(run.argv, run.host).stdout === expected.get(u.unit)) matches++;
      return [run];
    } catch {
      threw++;
      return [];
    }
  });
  const firstPassPerSecond = units.length / ((performance.now() - started) / 1000);
  for (let w = 0; w < warmup; w++) for (const { host, argv } of runs) main(argv, host);
  return { runs, firstPassPerSecond, matches, threw };
}

/** One engine sample: `repeat` passes; pushes each unit's time (µs) to `times`, returns units/s. */
function engineSample(runs: readonly Run[], repeat: number, times: number[]): number {
  const started = performance.now();
  for (let r = 0; r < repeat; r++) {
    for (const { host, argv } of runs) {
      const t0 = performance.now();
      main(argv, host);
      times.push((performance.now() - t0) * 1000);
    }
  }
  return (runs.length * repeat) / ((performance.now() - started) / 1000);
}

interface Oracle { readonly call: () => { perSecond: number; status: number }; readonly dispose: () => void }

/** A folder holding every unit, and a function timing one oracle call over all of them (units/s); or why not. */
function prepareOracle(units: readonly CorpusUnit[], version: SystemdVersion): Oracle | string {
  if (!availableOracles().includes(version)) return `skipped: no systemd-analyze ${version} on this machine`;
  const dir = mkdtempSync(join(tmpdir(), 'unitscore-bench-'));
  for (const u of units) {
    for (const f of u.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
  }
  const tool = oracleTool();
  const files = units.map((u) => `./${unitName(u.unit)}`);
  const [cmd, args] = tool !== null
    ? [tool, [version, 'security', '--offline=true', ...files]]
    : ['systemd-analyze', ['security', '--offline=true', ...files]];
  const env = { HOME: process.env['HOME'] ?? '', ...ORACLE_ENV };
  const call = (): { perSecond: number; status: number } => {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 << 20 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.error) throw new Error(`oracle failed: ${r.error.message}`);
    if (!r.stdout.includes('Overall exposure level for ')) throw new Error(`oracle printed no table (status ${r.status}): ${r.stderr.slice(0, 200)}`);
    return { perSecond: units.length / seconds, status: r.status ?? -1 };
  };
  return { call, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Measures the engine against the real analyzer as the module comment says. Throws when the
 * oracle runs but fails; an absent oracle is reported in `oracleSkipped`.
 */
export function benchThroughput(options: BenchOptions = {}): BenchFigures {
  const { version = '262', warmup = 5, pairs = 5, repeat = 10, around = (measure: () => void): void => measure() } = options;
  const units = uniqueUnits();
  const engine = prepareEngine(units, version, warmup);
  const oracle = options.oracle === false ? 'skipped (--no-oracle or --profile)' : prepareOracle(units, version);
  const times: number[] = [];
  const engineRates: number[] = [];
  const oracleRates: number[] = [];
  let oracleStatus = -1;
  try {
    around(() => {
      for (let p = 0; p < pairs; p++) {
        engineRates.push(engineSample(engine.runs, repeat, times));
        if (typeof oracle !== 'string') {
          const call = oracle.call();
          oracleRates.push(call.perSecond);
          oracleStatus = call.status;
        }
      }
    });
  } finally {
    if (typeof oracle !== 'string') oracle.dispose();
  }
  times.sort((a, b) => a - b);
  return {
    version,
    units: units.length,
    engineRates,
    oracleRates,
    ratios: oracleRates.map((rate, i) => (engineRates[i] ?? Number.NaN) / rate),
    oracleSkipped: typeof oracle === 'string' ? oracle : null,
    oracleStatus,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    firstPassPerSecond: engine.firstPassPerSecond,
    matches: engine.matches,
    threw: engine.threw,
  };
}

/** Prints `figures` as the command line does. */
export function printBench(figures: BenchFigures): void {
  const f = figures;
  console.log(`engine: ${spread(f.engineRates)} units/s, p50 ${f.p50.toFixed(0)} µs, p99 ${f.p99.toFixed(0)} µs per unit (steady); first pass ${f.firstPassPerSecond.toFixed(0)} units/s; stdout identical to the oracle for ${f.matches}/${f.units}${f.threw > 0 ? `, threw on ${f.threw}` : ''}`);
  if (f.oracleSkipped !== null) {
    console.log(`oracle: ${f.oracleSkipped}`);
    return;
  }
  console.log(`oracle: ${spread(f.oracleRates)} units/s (${f.oracleRates.length} calls; exit status ${f.oracleStatus})`);
  console.log(`ratio: the engine is ${spread(f.ratios, 1)}× the oracle's throughput, median of ${f.ratios.length} pairs (first pass: ${(f.firstPassPerSecond / median(f.oracleRates)).toFixed(1)}×)`);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      systemd: { type: 'string', default: '262' },
      warmup: { type: 'string', default: '5' },
      pairs: { type: 'string', default: '5' },
      repeat: { type: 'string', default: '10' },
      'no-oracle': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const version = values.systemd as SystemdVersion;
  if (!['252', '257', '262'].includes(version)) throw new Error(`bench: --systemd=${version}?`);
  const count = (text: string, fallback: number, least: number): number => Math.max(least, Number.parseInt(text, 10) || fallback);
  const options = { version, warmup: count(values.warmup, 5, 0), pairs: count(values.pairs, 5, 1), repeat: count(values.repeat, 10, 1) };
  console.log(`bench: systemd ${version}, corpus units with unique file names; engine: 1 checked pass, ${options.warmup} warm-up, ${options.pairs} samples of ${options.repeat} passes`);
  const profileFile = join(tmpdir(), `unitscore-bench-${version}-${process.pid}.cpuprofile`);
  printBench(benchThroughput({
    ...options,
    oracle: !values['no-oracle'] && !values.profile,
    ...(values.profile ? { around: (measure: () => void): void => console.log(profiled(measure, profileFile)) } : {}),
  }));
}
