/**
 * Throughput of the engine against the real analyzer, on the vendored corpus:
 *
 *   npm run bench -- [--systemd=252|257|262] [--warmup=N] [--repeat=N] [--no-oracle] [--profile]
 *
 * Engine: every corpus unit goes through the in-process CLI (parse, drop-ins, analyze, sort and
 * format the text table) on an in-memory host. The first pass checks each output against the
 * recorded oracle's and is timed on its own (V8 still compiling: the figure a one-off CLI run sees);
 * `--warmup` more passes (default 5) let the JIT settle; then `--repeat` timed passes (default 5)
 * give the steady units/s (what the playground, scoring on every keystroke, and a batch run see)
 * and the p50/p99 time per unit in µs. The ratio is taken on the steady figure; both are printed. Oracle: one single call of the real
 * `systemd-analyze security --offline=true` with every unit as a FILE argument, in a temp folder
 * holding all of them with their drop-ins (skipped with a notice when that version's analyzer is
 * absent). Both sides get the same units: those whose file name is unique in the corpus (two
 * same-named units cannot share one folder). Default version: 262.
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
import { main } from '../src/cli.ts';
import type { SystemdVersion } from '../src/engine/types.ts';
import { readCorpusExpected, readCorpusUnits, unitName, type CorpusUnit } from './lib/corpus.ts';
import { memoryHost } from './lib/memory-host.ts';
import { availableOracles, ORACLE_ENV, oracleTool } from './lib/oracle.ts';
import { profiled } from './lib/cpu-profile.ts';

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const version = option('systemd', '262') as SystemdVersion;
if (!['252', '257', '262'].includes(version)) throw new Error(`bench: --systemd=${version}?`);
const repeat = Math.max(1, Number.parseInt(option('repeat', '5'), 10) || 1);
const warmup = Math.max(0, Number.parseInt(option('warmup', '5'), 10) || 0);
const profile = process.argv.includes('--profile');
const withOracle = !process.argv.includes('--no-oracle') && !profile;

/** The units whose file name occurs once in the corpus, so that all fit in one folder. */
function uniqueUnits(): CorpusUnit[] {
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

interface EngineFigures { perSecond: number; firstPassPerSecond: number; p50: number; p99: number; matches: number; threw: number }

function benchEngine(units: readonly CorpusUnit[]): EngineFigures {
  const expected = new Map(readCorpusExpected(version)?.entries.map((e) => [e.unit, e.text]) ?? []);
  let matches = 0;
  let threw = 0;
  // The first pass also checks the output; units on which the engine throws are left out of the timing.
  const firstStarted = performance.now();
  const hosts = units.flatMap((u) => {
    const run = { host: memoryHost(u.files, ORACLE_ENV), argv: ['security', '--offline=true', `./${unitName(u.unit)}`, `--systemd=${version}`] };
    try {
      if (main(run.argv, run.host).stdout === expected.get(u.unit)) matches++;
      return [run];
    } catch {
      threw++;
      return [];
    }
  });
  const firstPassPerSecond = units.length / ((performance.now() - firstStarted) / 1000);
  for (let w = 0; w < warmup; w++) for (const { host, argv } of hosts) main(argv, host);
  const times: number[] = [];
  let total = 0;
  const timed = (): void => {
    const started = performance.now();
    for (let r = 0; r < repeat; r++) {
      for (const { host, argv } of hosts) {
        const t0 = performance.now();
        main(argv, host);
        times.push((performance.now() - t0) * 1000);
      }
    }
    total = (performance.now() - started) / 1000;
  };
  if (profile) console.log(profiled(timed, join(tmpdir(), `unitscore-bench-${version}-${process.pid}.cpuprofile`)));
  else timed();
  times.sort((a, b) => a - b);
  return { perSecond: times.length / total, firstPassPerSecond, p50: percentile(times, 50), p99: percentile(times, 99), matches, threw };
}

function benchOracle(units: readonly CorpusUnit[]): { perSecond: number; status: number } | string {
  if (!withOracle) return 'skipped (--no-oracle)';
  if (!availableOracles().includes(version)) return `skipped: no systemd-analyze ${version} on this machine`;
  const dir = mkdtempSync(join(tmpdir(), 'unitscore-bench-'));
  try {
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
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 << 20 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.error) return `failed: ${r.error.message}`;
    const printed = (r.stdout.match(/Overall exposure level for /g) ?? []).length;
    if (printed === 0) return `failed: no table printed (status ${r.status}): ${r.stderr.slice(0, 200)}`;
    return { perSecond: units.length / seconds, status: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const units = uniqueUnits();
console.log(`bench: systemd ${version}, ${units.length} corpus units (unique file names), engine: 1 checked pass, ${warmup} warm-up, ${repeat} timed`);
const engine = benchEngine(units);
console.log(`engine: ${engine.perSecond.toFixed(0)} units/s, p50 ${engine.p50.toFixed(0)} µs, p99 ${engine.p99.toFixed(0)} µs per unit (steady); first pass ${engine.firstPassPerSecond.toFixed(0)} units/s; stdout identical to the oracle for ${engine.matches}/${units.length}${engine.threw > 0 ? `, threw on ${engine.threw}` : ''}`);
const oracle = benchOracle(units);
if (typeof oracle === 'string') console.log(`oracle: ${oracle}`);
else {
  console.log(`oracle: ${oracle.perSecond.toFixed(0)} units/s (one call, exit status ${oracle.status})`);
  console.log(`ratio: the engine is ${(engine.perSecond / oracle.perSecond).toFixed(1)}× the oracle's throughput (first pass: ${(engine.firstPassPerSecond / oracle.perSecond).toFixed(1)}×)`);
}
