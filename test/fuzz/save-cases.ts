/**
 * Fuzz mismatches as golden cases. `npm run fuzz` saves them into test/fixtures/cases/fuzz-SEED-INDEX,
 * recorded from the real analyzers (offline and, for live targets, the live oracle), so that every
 * disagreement found once stays in the golden test for good. The fuzz test only sets them aside in
 * its output folder ({@link setAsideMismatches}): a test never writes into the working tree.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCase, recordCasesLive, writeCase, type CaseInput } from '../../scripts/lib/cases.ts';
import type { Target } from '../../scripts/lib/targets.ts';
import { unitAt, type Mismatch } from './loop.ts';

/** Where golden cases live. */
export const CASES_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cases');

/**
 * `fuzz-SEED-INDEX`, or with `-2`, `-3`… appended when that case exists already: a seed regenerates
 * different units once the generator changes, and an earlier case must never be overwritten.
 */
export function freshCaseName(seed: number, index: number): string {
  const base = `fuzz-${seed}-${index}`;
  let name = base;
  for (let n = 2; existsSync(join(CASES_ROOT, name)); n++) name = `${base}-${n}`;
  return name;
}

/** Records cases `names` on every target in `targets` (offline one by one, live batched). */
async function recordTargets(names: readonly string[], targets: readonly Target[]): Promise<void> {
  const offline = targets.filter((t) => t.mode === 'offline').map((t) => t.version);
  const live = targets.filter((t) => t.mode === 'live').map((t) => t.version);
  if (offline.length > 0) for (const name of names) recordCase(CASES_ROOT, name, offline);
  if (live.length > 0 && names.length > 0) await recordCasesLive(CASES_ROOT, names, live);
}

/**
 * One case per mismatching unit (a unit that fails on several targets or modes is one case), in
 * unit order, at most `limit` of them; `name` chooses each case's folder name from its unit index.
 */
function mismatchCases(mismatches: readonly Mismatch[], seed: number, limit: number, name: (index: number) => string): { name: string; index: number; input: CaseInput }[] {
  const byIndex = new Map<number, Mismatch[]>();
  for (const m of mismatches) byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
  return [...byIndex].sort((a, b) => a[0] - b[0]).slice(0, limit).map(([index, found]) => {
    const first = found[0] as Mismatch;
    const where = [...new Set(found.map((m) => `${m.target} ${m.mode} ${m.field}`))].join(', ');
    return { name: name(index), index, input: { description: `Fuzz unit #${index} of seed ${seed} (${first.unit.description}); engine differed on: ${where}`, files: first.unit.files } };
  });
}

/**
 * Writes one golden case per mismatching unit into test/fixtures/cases and records it on every
 * target in `targets`. At most `limit` cases (default 25) are written per call, so that a badly
 * broken engine does not flood the fixtures; returns the case names written. For scripts only.
 */
export async function saveMismatches(mismatches: readonly Mismatch[], seed: number, targets: readonly Target[], limit = 25): Promise<string[]> {
  const cases = mismatchCases(mismatches, seed, limit, (index) => freshCaseName(seed, index));
  for (const c of cases) writeCase(CASES_ROOT, c.name, c.input);
  await recordTargets(cases.map((c) => c.name), targets);
  return cases.map((c) => c.name);
}

/**
 * Writes the inputs of one case per mismatching unit (at most `limit`, default 25) into folder
 * `dir`, in the golden cases' layout but unrecorded, for a person to look at; returns the unit
 * indices written, which `npm run fuzz -- --seed=SEED --save=I,J` turns into golden cases.
 */
export function setAsideMismatches(mismatches: readonly Mismatch[], seed: number, dir: string, limit = 25): number[] {
  const cases = mismatchCases(mismatches, seed, limit, (index) => `fuzz-${seed}-${index}`);
  for (const c of cases) writeCase(dir, c.name, c.input);
  return cases.map((c) => c.index);
}

/**
 * Saves generated units `indices` of `seed` as golden cases, recorded on `targets`, whatever the
 * engine does with them (to keep one regression case per cause found by a fuzz run). `why` goes into
 * the case description. Returns the case names written.
 */
export async function saveUnits(seed: number, indices: readonly number[], targets: readonly Target[], why: string): Promise<string[]> {
  const names = indices.map((index) => {
    const name = freshCaseName(seed, index);
    const unit = unitAt(seed, index);
    writeCase(CASES_ROOT, name, { description: `Fuzz unit #${index} of seed ${seed} (${unit.description})${why === '' ? '' : `: ${why}`}`, files: unit.files });
    return name;
  });
  await recordTargets(names, targets);
  return names;
}
