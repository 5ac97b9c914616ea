/**
 * The CLI as a whole process, side by side with the real analyzer in the same run (issue 16):
 *
 *   npm run bench:cli -- [--systemd=262] [--runs=30] [--batch-runs=5] [--units=1500] [--no-repo]
 *
 * First the package's CLI is built fresh into a temporary folder (`buildCli` of build-package.ts:
 * the launcher `unitscore.js` and the bundle `cli.cjs`, as `npm pack` ships them), so a stale
 * `dist-package/` is never what is measured. Then every figure is the wall time of one process,
 * from spawn to exit, as a shell or CI job pays it:
 *
 * - one unit (`nginx-common/nginx.service` of the corpus, alone in a folder), `--runs` rounds; each
 *   round runs every command once, in turn, so a busy moment of the shared machine hits all alike:
 *   `node -e 0` (what any Node program pays), the packaged CLI (with its code cache, made by its
 *   very first run, which is shown apart, and kept in the temporary folder), the bundle without
 *   it (`node cli.cjs`, what the cache saves), the repository's
 *   `bin/unitscore.js` (Node strips the types of every `src/` file on each run; `--no-repo` leaves
 *   it out) and `systemd-analyze security --offline=true` of `--systemd`; median and p90;
 * - `--units` units in one call (the corpus units with unique file names, topped up with renamed
 *   copies of single-file units, all in one folder), after one untimed call of each tool,
 *   `--batch-runs` pairs of calls (unitscore, then the analyzer); each tool's median and units/s,
 *   and how many times as fast unitscore is: the median of the pairs' ratios.
 *
 * Both tools get the environment the golden files were recorded in (scripts/lib/oracle.ts), and
 * their stdout and exit status are compared: a benchmark of different work would mean nothing.
 * Each call's stdout comes through a pipe, read as bytes as a shell pipeline or a CI job's log
 * reader takes it, and is compared byte for byte, never decoded; before each call the harness
 * collects its own garbage. Both matter on a small machine, and more to the faster tool: decoding a
 * batch's 17.6 MB of text after the process ended added ≈ 25 ms to every batch call, and the
 * harness's collection of the last call's text ran beside the next call, slowing it (≈ 5 %). With
 * both, the harness measured unitscore 2.9× as fast as the analyzer on the batch where this one
 * measures 3.2–3.5× (same build, same machine, back to back).
 * Without that version's analyzer only unitscore is measured, with a notice.
 * `scripts/check-cli-speed.ts` holds the budgets and runs this in `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SystemdVersion } from '../src/engine/types.ts';
import { uniqueUnits } from './bench.ts';
import { buildCli } from './build-package.ts';
import { analyzerCommand } from './lib/analyzer-command.ts';
import { readCorpusUnits, unitName, type CorpusUnit } from './lib/corpus.ts';
import { ORACLE_ENV } from './lib/oracle.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus unit timed alone: a familiar daemon's unit of average size (1 KB, no drop-ins). */
export const ONE_UNIT = 'nginx-common/nginx.service';

/** What {@link benchCli} measures; every field has the command line's default. */
export interface CliBenchOptions {
  /** systemd version of unitscore (`--systemd=`) and the analyzer; default 262. */
  readonly version?: SystemdVersion;
  /** Timed rounds on one unit; default 30. */
  readonly runs?: number;
  /** Timed pairs of calls (unitscore, the analyzer) on the batch; default 5. */
  readonly batchRuns?: number;
  /** Units in the batch; default 1,500. */
  readonly units?: number;
  /** Whether to time the repository's `bin/unitscore.js` too; default true. */
  readonly repo?: boolean;
}

/** Wall times of one command, in ms, in the order they were taken. */
export interface Timing {
  readonly label: string;
  readonly ms: readonly number[];
}

/** What one {@link benchCli} run measured. */
export interface CliBenchFigures {
  readonly version: SystemdVersion;
  /** The one-unit rows, `node -e 0` first; the packaged CLI's label is {@link PACKAGED}. */
  readonly oneUnit: readonly Timing[];
  /** The packaged CLI's first run, with no code cache yet (ms). */
  readonly coldMs: number;
  readonly batchUnits: number;
  readonly batchCli: Timing;
  /** Null without the analyzer. */
  readonly batchOracle: Timing | null;
  /** Why the analyzer was not measured, or null. */
  readonly oracleSkipped: string | null;
  /** Where unitscore's stdout or exit status differed from the analyzer's (empty when none, or without it). */
  readonly mismatches: readonly string[];
}

/** The label of the packaged CLI's one-unit row. */
export const PACKAGED = 'unitscore (package: launcher + bundle, code cache)';
/** The label of the analyzer's one-unit row. */
export const ORACLE = 'systemd-analyze security --offline=true';
/** The label of `node -e 0`'s row. */
export const NODE_ONLY = 'node -e 0';

/** The `p`th percentile (0–100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((sorted.length * p) / 100) - 1)] ?? Number.NaN;
}

/** The row called `label`, or undefined. */
export function row(figures: CliBenchFigures, label: string): Timing | undefined {
  return figures.oneUnit.find((t) => t.label === label);
}

/** The analyzer's batch time over unitscore's, one per pair of calls made back to back. */
export function pairRatios(figures: CliBenchFigures): number[] {
  const oracle = figures.batchOracle?.ms ?? [];
  return figures.batchCli.ms.flatMap((cli, i) => (oracle[i] === undefined ? [] : [oracle[i] / cli]));
}

/**
 * How many times as fast as the analyzer unitscore is on the batch: the median of the pairs'
 * ratios (NaN without the analyzer). Each pair's two calls ran within a second or two of each other,
 * so a busy moment of the shared machine skews one pair, not the median.
 */
export function batchRatio(figures: CliBenchFigures): number {
  return percentile(pairRatios(figures), 50);
}

interface Command {
  readonly label: string;
  readonly program: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

interface Outcome {
  readonly ms: number;
  readonly stdout: Buffer;
  readonly status: number;
}

/** The harness's garbage collector, made callable once (V8's `gc`, exposed by its flag). */
let collectGarbage: (() => void) | null = null;

/** One call of `command`, timed from spawn to exit, after the harness collected its own garbage. */
function time(command: Command, cwd: string, extraArgs: readonly string[] = []): Outcome {
  if (collectGarbage === null) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  collectGarbage();
  const started = performance.now();
  const result = spawnSync(command.program, [...command.args, ...extraArgs], { cwd, env: command.env, maxBuffer: 512 << 20 });
  const ms = performance.now() - started;
  if (result.error !== undefined) throw new Error(`bench-cli: ${command.label}: ${result.error.message}`);
  return { ms, stdout: result.stdout, status: result.status ?? -1 };
}

function writeUnits(dir: string, units: readonly CorpusUnit[]): void {
  for (const unit of units) {
    for (const file of unit.files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text, { mode: file.executable === true ? 0o755 : 0o644 });
    }
  }
}

/**
 * `count` units for one folder: the corpus units with unique file names, then renamed copies
 * (`x--copy1.service`) of single-file, non-template units without `BusName=`, as many as needed.
 */
export function batchUnits(count: number): CorpusUnit[] {
  const units = uniqueUnits().slice(0, count);
  const taken = new Set(units.map((u) => unitName(u.unit)));
  for (let round = 1; units.length < count; round++) {
    const before = units.length;
    for (const u of readCorpusUnits()) {
      if (units.length >= count) break;
      const name = unitName(u.unit);
      // A second service with the same BusName= in one call is refused ("Two services allocated for
      // the same bus name"): a copy of such a unit would be a refusal, not an analysis, so none is made.
      if (u.files.length !== 1 || name.includes('@') || u.files[0]!.text.includes('BusName=')) continue;
      const copy = name.replace(/\.service$/, `--copy${round}.service`);
      if (taken.has(copy)) continue;
      taken.add(copy);
      units.push({ unit: u.unit.slice(0, -name.length) + copy, files: [{ ...u.files[0]!, path: copy }] });
    }
    if (units.length === before) throw new Error(`bench-cli: cannot make ${count} units`);
  }
  return units;
}

function compare(what: string, cli: Outcome, oracle: Outcome): string[] {
  const problems: string[] = [];
  if (cli.status !== oracle.status) problems.push(`${what}: exit status ${cli.status}, the analyzer's ${oracle.status}`);
  if (!cli.stdout.equals(oracle.stdout)) {
    const a = cli.stdout.toString('utf8').split('\n');
    const b = oracle.stdout.toString('utf8').split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    problems.push(`${what}: stdout differs from line ${line + 1}: ${JSON.stringify(a[line] ?? '')} vs the analyzer's ${JSON.stringify(b[line] ?? '')}`);
  }
  return problems;
}

/** Builds the CLI and measures it as the module comment says; the temporary folder is removed after. */
export async function benchCli(options: CliBenchOptions = {}): Promise<CliBenchFigures> {
  const { version = '262', runs = 30, batchRuns = 5, units: unitCount = 1500, repo = true } = options;
  const root = mkdtempSync(join(tmpdir(), 'unitscore-bench-cli-'));
  try {
    const pkg = join(root, 'package');
    await buildCli(pkg);
    const one = join(root, 'one');
    const corpusUnit = readCorpusUnits().find((u) => u.unit === ONE_UNIT);
    if (corpusUnit === undefined) throw new Error(`bench-cli: ${ONE_UNIT} is not in the corpus`);
    writeUnits(one, [corpusUnit]);
    const batch = join(root, 'batch');
    const units = batchUnits(unitCount);
    writeUnits(batch, units);

    const env = { HOME: process.env['HOME'] ?? '', ...ORACLE_ENV };
    const node = process.execPath;
    const cliArgs = ['security', '--offline=true', `--systemd=${version}`];
    const packaged: Command = { label: PACKAGED, program: node, args: [join(pkg, 'unitscore.js'), ...cliArgs], env: { ...env, NODE_COMPILE_CACHE: join(root, 'compile-cache') } };
    const commands: Command[] = [
      { label: NODE_ONLY, program: node, args: ['-e', '0'], env },
      packaged,
      { label: 'unitscore (bundle alone: node cli.cjs, no code cache)', program: node, args: [join(pkg, 'cli.cjs'), ...cliArgs], env },
      ...(repo ? [{ label: 'unitscore (repository: node bin/unitscore.js, types stripped)', program: node, args: [join(repoRoot, 'bin/unitscore.js'), ...cliArgs], env }] : []),
    ];
    const analyzer = analyzerCommand(version);
    const oracleSkipped = analyzer === null ? `skipped: no systemd-analyze ${version} on this machine` : null;
    const oracle: Command | null = analyzer === null ? null : { label: ORACLE, program: analyzer.program, args: [...analyzer.prefix, 'security', '--offline=true'], env };
    if (oracle !== null) commands.push(oracle);

    const file = [`./${unitName(ONE_UNIT)}`];
    const coldMs = time(packaged, one, file).ms;
    const outcomes = new Map(commands.map((c) => [c.label, time(c, one, c === commands[0] ? [] : file)]));
    const times = new Map(commands.map((c) => [c.label, [] as number[]]));
    for (let r = 0; r < runs; r++) {
      for (const c of commands) times.get(c.label)!.push(time(c, one, c === commands[0] ? [] : file).ms);
    }
    const mismatches: string[] = [];
    if (oracle !== null) mismatches.push(...compare('one unit', outcomes.get(PACKAGED)!, outcomes.get(ORACLE)!));

    const batchFiles = units.map((u) => `./${unitName(u.unit)}`);
    const batchCli: number[] = [];
    const batchOracle: number[] = [];
    const firstCli = time(packaged, batch, batchFiles);
    const firstOracle = oracle === null ? null : time(oracle, batch, batchFiles);
    if (firstOracle !== null) mismatches.push(...compare(`${units.length} units`, firstCli, firstOracle));
    for (let r = 0; r < batchRuns; r++) {
      batchCli.push(time(packaged, batch, batchFiles).ms);
      if (oracle !== null) batchOracle.push(time(oracle, batch, batchFiles).ms);
    }
    return {
      version,
      oneUnit: commands.map((c) => ({ label: c.label, ms: times.get(c.label)! })),
      coldMs,
      batchUnits: units.length,
      batchCli: { label: 'unitscore', ms: batchCli },
      batchOracle: oracle === null ? null : { label: ORACLE, ms: batchOracle },
      oracleSkipped,
      mismatches,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${value.toFixed(1).padStart(7)} ms`;

/** Prints `figures`, one line per command. */
export function printCliBench(figures: CliBenchFigures): void {
  const f = figures;
  const width = Math.max(...f.oneUnit.map((t) => t.label.length));
  console.log(`one unit (${ONE_UNIT}), systemd ${f.version}, ${f.oneUnit[0]?.ms.length ?? 0} runs each, wall time per process:`);
  for (const t of f.oneUnit) {
    const extra = t.label === PACKAGED ? `   first run, empty cache: ${f.coldMs.toFixed(1)} ms` : '';
    console.log(`  ${t.label.padEnd(width)}  median ${ms(percentile(t.ms, 50))}  p90 ${ms(percentile(t.ms, 90))}${extra}`);
  }
  if (f.oracleSkipped !== null) console.log(`  ${ORACLE}: ${f.oracleSkipped}`);
  console.log(`${f.batchUnits} units in one call, ${f.batchCli.ms.length} runs each:`);
  for (const t of [f.batchCli, ...(f.batchOracle === null ? [] : [f.batchOracle])]) {
    const median = percentile(t.ms, 50);
    console.log(`  ${t.label.padEnd(width)}  median ${ms(median)}  (${t.ms.map((v) => v.toFixed(0)).join(', ')} ms)  ${((f.batchUnits / median) * 1000).toFixed(0)} units/s`);
  }
  if (f.batchOracle !== null) {
    const ratios = pairRatios(f);
    console.log(`  unitscore is ${batchRatio(f).toFixed(1)}× as fast as the analyzer (median of ${ratios.length} pairs: ${ratios.map((r) => r.toFixed(1)).join(', ')})`);
  }
  if (f.oracleSkipped === null) console.log(f.mismatches.length === 0 ? '  stdout and exit status identical to the analyzer\'s (one unit and the batch)' : f.mismatches.map((m) => `  MISMATCH ${m}`).join('\n'));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      systemd: { type: 'string', default: '262' },
      runs: { type: 'string', default: '30' },
      'batch-runs': { type: 'string', default: '5' },
      units: { type: 'string', default: '1500' },
      'no-repo': { type: 'boolean', default: false },
    },
  });
  const count = (text: string, fallback: number): number => Math.max(1, Number.parseInt(text, 10) || fallback);
  printCliBench(await benchCli({
    version: values.systemd as SystemdVersion,
    runs: count(values.runs, 30),
    batchRuns: count(values['batch-runs'], 5),
    units: count(values.units, 1500),
    repo: !values['no-repo'],
  }));
}
