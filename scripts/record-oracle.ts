/**
 * Re-records the golden files from the real analyzers present on this machine.
 *
 *   npm run record-oracle -- [--systemd=252|257|262|all] [--set=corpus|cases|all] [--check] [--only=SUBSTRING]
 *
 * Defaults: every version whose oracle exists (`all`), both sets. `corpus` re-runs every vendored
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
import { readCases, recordCase, type ExpectedRun } from './lib/cases.ts';
import {
  CORPUS_ARGS, CORPUS_DIR, corpusExpectation, executableWarning, readCorpusExpected, readCorpusUnits, unitName,
  type CorpusExpectation, type CorpusUnit,
} from './lib/corpus.ts';
import { availableOracles, oracleTool, runOracle } from './lib/oracle.ts';

const CASES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/cases');
const ALL: readonly SystemdVersion[] = ['252', '257', '262'];

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

function parseArgs(): { versions: SystemdVersion[]; sets: Set<string>; check: boolean; only: string } {
  for (const arg of process.argv.slice(2)) {
    if (!/^--(systemd|set|only)=|^--check$/.test(arg)) throw new Error(`record-oracle: unknown argument ${arg}`);
  }
  const v = option('systemd', 'all');
  if (v !== 'all' && !(ALL as readonly string[]).includes(v)) throw new Error(`record-oracle: --systemd=${v}?`);
  const s = option('set', 'all');
  if (!['corpus', 'cases', 'all'].includes(s)) throw new Error(`record-oracle: --set=${s}?`);
  return {
    versions: v === 'all' ? [...ALL] : [v as SystemdVersion],
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

/**
 * The vendored expectation as a fresh run can reproduce it: runOracle writes every file with mode
 * 0644, so the "is marked executable" warning of an executable packaged file cannot recur.
 */
function reproducible(e: CorpusExpectation | undefined, u: CorpusUnit): CorpusExpectation | undefined {
  if (e === undefined) return undefined;
  const warnings = u.files.filter((f) => f.executable === true).map((f) => executableWarning(f.path));
  if (warnings.length === 0) return e;
  const strip = (text: string | undefined): string | undefined => {
    if (text === undefined) return undefined;
    const left = warnings.reduce((t, w) => t.replace(w, ''), text);
    return left === '' ? undefined : left;
  };
  const { stderr, json_stderr, ...rest } = e;
  const s = strip(stderr);
  const j = strip(json_stderr);
  return { ...rest, ...(s !== undefined ? { stderr: s } : {}), ...(j !== undefined && j !== s ? { json_stderr: j } : {}) };
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
  const differences = units
    .map((u) => [u.unit, differingFields(reproducible(old.get(u.unit), u), fresh.get(u.unit)!)] as const)
    .filter(([, fields]) => fields.length > 0);
  // Units that match modulo the executable warning keep their vendored (complete) line.
  for (const u of units) if (!differences.some(([unit]) => unit === u.unit) && old.has(u.unit)) fresh.set(u.unit, old.get(u.unit)!);
  for (const [unit, fields] of differences) console.log(`  ${version}: DIFFERS ${unit}: ${fields.join(', ')}`);
  console.log(`corpus ${version}: ${fresh.size} units recorded, ${differences.length} differ from the vendored expectations`);
  if (differences.length > 0 && !check) {
    // Units filtered out by --only keep their vendored lines; order follows units.jsonl.gz.
    const merged = readCorpusUnits()
      .map((u) => fresh.get(u.unit) ?? old.get(u.unit))
      .filter((e): e is CorpusExpectation => e !== undefined);
    const lines = [JSON.stringify({ oracle: oracleName(version) }), ...merged.map((e) => JSON.stringify(e))];
    writeFileSync(join(CORPUS_DIR, `expected-${version}.jsonl.gz`), gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
    console.log(`corpus ${version}: rewrote expected-${version}.jsonl.gz`);
  }
  return differences.length;
}

function recordCases(versions: readonly SystemdVersion[], check: boolean, only: string): number {
  const cases = readCases(CASES_DIR).filter((c) => c.name.includes(only));
  // --check records into a scratch copy so that nothing under test/ changes.
  const root = check ? mkdtempSync(join(tmpdir(), 'unitscore-cases-')) : CASES_DIR;
  let runs = 0;
  let changed = 0;
  try {
    for (const c of cases) {
      if (check) cpSync(join(CASES_DIR, c.name), join(root, c.name), { recursive: true });
      const before = versions.map((v) => readExpectedText(root, c.name, v));
      runs += recordCase(root, c.name, versions);
      const diff = versions.filter((v, i) => before[i] !== readExpectedText(root, c.name, v));
      if (diff.length > 0) {
        changed++;
        console.log(`  case ${c.name}: ${before.some((b) => b !== null) ? 'changed' : 'new'} for ${diff.join(', ')}`);
      }
    }
  } finally {
    if (check) rmSync(root, { recursive: true, force: true });
  }
  console.log(`cases: ${cases.length} cases, ${runs} runs recorded for ${versions.join(', ')}, ${changed} ${check ? 'differ' : 'changed'}`);
  return changed;
}

function readExpectedText(root: string, name: string, version: SystemdVersion): string | null {
  try {
    return readFileSync(join(root, name, `expected-${version}.json`), 'utf8');
  } catch {
    return null;
  }
}

const args = parseArgs();
const present = availableOracles();
const versions = args.versions.filter((v) => present.includes(v));
for (const v of args.versions) if (!present.includes(v)) console.log(`systemd ${v}: no oracle on this machine, skipped`);
if (versions.length === 0) {
  console.log('record-oracle: no oracle available (set SYSTEMD_ORACLE=/path/to/systemd-oracle, or put shared/ beside the checkout)');
  process.exit(0);
}
let differences = 0;
if (args.sets.has('corpus')) for (const v of versions) differences += recordCorpus(v, args.check, args.only);
if (args.sets.has('cases')) differences += recordCases(versions, args.check, args.only);
if (args.check && differences > 0) process.exit(1);
