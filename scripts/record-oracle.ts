/**
 * Re-records the golden files from the real analyzers present on this machine.
 *
 *   npm run record-oracle -- [--systemd=245|…|262|all] [--mode=offline|live|all] [--set=corpus|cases|all]
 *                            [--check] [--only=SUBSTRING]
 *
 * Defaults: every target (version × mode, see targets.ts) whose oracle exists, both sets. Offline
 * targets (252, 254, 255, 257, 262) use `systemd-oracle`; live targets (all eight versions; files
 * `expected-live-<v>.*`) use `systemd-live-oracle` (root only), batched: one manager boot per few
 * hundred units, the text and JSON runs side by side. `corpus` re-runs every vendored
 * unit alone in a fresh folder (the files of `units.jsonl.gz` are exactly that folder: the unit, its
 * drop-in folder and, for instances, the template's), as text and as `--json=short`, and compares
 * the result with the vendored `expected-<v>.jsonl.gz`: differences are listed, and the file is
 * rewritten only when something differs (so an unchanged corpus keeps its bytes and its original
 * provenance line). `cases` re-records every `test/fixtures/cases/<name>/expected-<v>.json`.
 * `--check` compares only and writes nothing (exit 1 on any difference). `--only` limits both sets
 * to names containing SUBSTRING. Versions asked for but absent are skipped with a notice.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SystemdVersion } from '../src/engine/types.ts';
import { readCases, recordCase, recordCasesLive, type ExpectedRun } from './lib/cases.ts';
import {
  CORPUS_ARGS, CORPUS_DIR, CORPUS_LIVE_ARGS, corpusExpectation, readCorpusExpected, readCorpusUnits, unitName,
  type CorpusExpectation, type CorpusUnit,
} from './lib/corpus.ts';
import { availableLiveOracles, liveOracleName, runLiveOracle } from './lib/live-oracle.ts';
import { availableOracles, oracleTool, runOracle } from './lib/oracle.ts';
import { allTargets, targetId, type Target, type TargetId } from './lib/targets.ts';

const CASES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/cases');
const ALL: readonly SystemdVersion[] = [...new Set(allTargets().map((t) => t.version))];

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

function parseArgs(): { targets: Target[]; sets: Set<string>; check: boolean; only: string } {
  for (const arg of process.argv.slice(2)) {
    if (!/^--(systemd|mode|set|only)=|^--check$/.test(arg)) throw new Error(`record-oracle: unknown argument ${arg}`);
  }
  const v = option('systemd', 'all');
  const versions = v === 'all' ? ALL : v.split(',');
  for (const x of versions) if (!(ALL as readonly string[]).includes(x)) throw new Error(`record-oracle: --systemd=${x}?`);
  const m = option('mode', 'all');
  if (!['offline', 'live', 'all'].includes(m)) throw new Error(`record-oracle: --mode=${m}?`);
  const s = option('set', 'all');
  if (!['corpus', 'cases', 'all'].includes(s)) throw new Error(`record-oracle: --set=${s}?`);
  return {
    targets: allTargets().filter((t) => versions.includes(t.version) && (m === 'all' || t.mode === m)),
    sets: new Set(s === 'all' ? ['corpus', 'cases'] : [s]),
    check: process.argv.includes('--check'),
    only: option('only', ''),
  };
}

/** `systemd 252 (252.39-1~deb12u2)`, as the vendored provenance lines spell it. */
function oracleName(version: SystemdVersion): string {
  const tool = oracleTool();
  const out = tool !== null
    ? spawnSync(tool, [version, '--version'], { encoding: 'utf8', env: { ...process.env } }).stdout
    : spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' }).stdout;
  return (out ?? '').split('\n')[0] ?? `systemd ${version}`;
}

function differingFields(a: CorpusExpectation | undefined, b: CorpusExpectation): string[] {
  if (a === undefined) return ['(new unit)'];
  const keys = ['text_rc', 'json_rc', 'text', 'json', 'stderr', 'json_stderr'] as const;
  return keys.filter((k) => a[k] !== b[k]);
}

function recordCorpus(version: SystemdVersion, check: boolean, only: string): number {
  const units = readCorpusUnits().filter((u) => u.unit.includes(only));
  const vendored = readCorpusExpected(version);
  const old = new Map((vendored?.entries ?? []).map((e) => [e.unit, e]));
  const fresh = new Map<string, CorpusExpectation>();
  const started = Date.now();
  for (const [i, u] of units.entries()) {
    const run = (args: readonly string[]): ExpectedRun => {
      const r = runOracle(version, u.files, args, { unit: unitName(u.unit) });
      return { args, ...r };
    };
    fresh.set(u.unit, corpusExpectation(u.unit, run(CORPUS_ARGS.text), run(CORPUS_ARGS.json)));
    if ((i + 1) % 200 === 0) console.log(`  ${version}: ${i + 1}/${units.length} units, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return compareAndWrite(version, units, old, fresh, check, () => oracleName(version));
}

/**
 * Compares fresh corpus expectations with the vendored ones of target `id`, lists the differences
 * (only a count when there was no file yet) and rewrites `expected-<id>.jsonl.gz` when anything
 * differs and not `check`. Returns the number of differing units.
 */
function compareAndWrite(id: TargetId, units: readonly CorpusUnit[], old: Map<string, CorpusExpectation>, fresh: Map<string, CorpusExpectation>, check: boolean, name: () => string): number {
  const differences = units
    .map((u) => [u.unit, differingFields(old.get(u.unit), fresh.get(u.unit)!)] as const)
    .filter(([, fields]) => fields.length > 0);
  // Units that match keep their vendored line (byte for byte).
  for (const u of units) if (!differences.some(([unit]) => unit === u.unit) && old.has(u.unit)) fresh.set(u.unit, old.get(u.unit)!);
  if (old.size > 0) for (const [unit, fields] of differences) console.log(`  ${id}: DIFFERS ${unit}: ${fields.join(', ')}`);
  console.log(`corpus ${id}: ${fresh.size} units recorded, ${old.size === 0 ? 'no vendored expectations yet' : `${differences.length} differ from the vendored expectations`}`);
  if (differences.length > 0 && !check) {
    // Units filtered out by --only keep their vendored lines; order follows units.jsonl.gz.
    const merged = readCorpusUnits()
      .map((u) => fresh.get(u.unit) ?? old.get(u.unit))
      .filter((e): e is CorpusExpectation => e !== undefined);
    const lines = [JSON.stringify({ oracle: name() }), ...merged.map((e) => JSON.stringify(e))];
    writeFileSync(join(CORPUS_DIR, `expected-${id}.jsonl.gz`), gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
    console.log(`corpus ${id}: rewrote expected-${id}.jsonl.gz`);
  }
  return differences.length;
}

/** The live counterpart of recordCorpus: every unit installed and asked for, text and JSON side by side. */
async function recordCorpusLive(version: SystemdVersion, check: boolean, only: string): Promise<number> {
  const id = `live-${version}`;
  const units = readCorpusUnits().filter((u) => u.unit.includes(only));
  const old = new Map((readCorpusExpected(id)?.entries ?? []).map((e) => [e.unit, e]));
  const subjects = units.map((u) => ({ files: u.files, unit: unitName(u.unit) }));
  const started = Date.now();
  const progress = (label: string) => (done: number, total: number): void =>
    console.log(`  ${id} ${label}: ${done}/${total} units, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const [text, json] = await Promise.all([
    runLiveOracle(version, subjects, CORPUS_LIVE_ARGS.text, { onBatch: progress('text') }),
    runLiveOracle(version, subjects, CORPUS_LIVE_ARGS.json, { onBatch: progress('json') }),
  ]);
  const fresh = new Map(units.map((u, i) => [u.unit, corpusExpectation(u.unit, { args: CORPUS_LIVE_ARGS.text, ...text[i]! }, { args: CORPUS_LIVE_ARGS.json, ...json[i]! })]));
  console.log(`corpus ${id}: ${units.length} units in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return compareAndWrite(id, units, old, fresh, check, () => liveOracleName(version));
}

async function recordCases(targets: readonly Target[], check: boolean, only: string): Promise<number> {
  const cases = readCases(CASES_DIR).filter((c) => c.name.includes(only));
  const offline = targets.filter((t) => t.mode === 'offline').map((t) => t.version);
  const live = targets.filter((t) => t.mode === 'live').map((t) => t.version);
  const ids = targets.map(targetId);
  // --check records into a scratch copy so that nothing under test/ changes.
  const root = check ? mkdtempSync(join(tmpdir(), 'unitscore-cases-')) : CASES_DIR;
  let runs = 0;
  let changed = 0;
  try {
    if (check) for (const c of cases) cpSync(join(CASES_DIR, c.name), join(root, c.name), { recursive: true });
    const before = cases.map((c) => ids.map((id) => readExpectedText(root, c.name, id)));
    if (offline.length > 0) for (const c of cases) runs += recordCase(root, c.name, offline);
    if (live.length > 0) runs += await recordCasesLive(root, cases.map((c) => c.name), live, (line) => console.log(`  ${line}`));
    cases.forEach((c, k) => {
      const diff = ids.filter((id, i) => before[k]![i] !== readExpectedText(root, c.name, id));
      if (diff.length > 0) {
        changed++;
        console.log(`  case ${c.name}: ${before[k]!.some((b) => b !== null) ? 'changed' : 'new'} for ${diff.join(', ')}`);
      }
    });
  } finally {
    if (check) rmSync(root, { recursive: true, force: true });
  }
  console.log(`cases: ${cases.length} cases, ${runs} runs recorded for ${ids.join(', ')}, ${changed} ${check ? 'differ' : 'changed'}`);
  return changed;
}

function readExpectedText(root: string, name: string, id: TargetId): string | null {
  try {
    return readFileSync(join(root, name, `expected-${id}.json`), 'utf8');
  } catch {
    return null;
  }
}

const args = parseArgs();
const presentOffline = availableOracles();
const presentLive = availableLiveOracles();
const has = (t: Target): boolean => (t.mode === 'live' ? presentLive : presentOffline).includes(t.version);
const targets = args.targets.filter(has);
for (const t of args.targets) if (!has(t)) console.log(`${targetId(t)}: no ${t.mode} oracle on this machine${t.mode === 'live' ? ' (or not root)' : ''}, skipped`);
if (targets.length === 0) {
  console.log('record-oracle: no oracle available (set SYSTEMD_ORACLE / SYSTEMD_LIVE_ORACLE, or put shared/ beside the checkout)');
  process.exit(0);
}
const started = Date.now();
let differences = 0;
if (args.sets.has('corpus')) {
  for (const t of targets) {
    const t0 = Date.now();
    differences += t.mode === 'live' ? await recordCorpusLive(t.version, args.check, args.only) : recordCorpus(t.version, args.check, args.only);
    console.log(`corpus ${targetId(t)}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}
if (args.sets.has('cases')) differences += await recordCases(targets, args.check, args.only);
console.log(`record-oracle: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (args.check && differences > 0) process.exit(1);
