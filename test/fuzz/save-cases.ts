/**
 * Saves fuzz mismatches as golden cases (test/fixtures/cases/fuzz-SEED-INDEX), recorded from the
 * real analyzers (offline and, for live targets, the live oracle), so that every disagreement found
 * once stays in the golden test for good.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCase, recordCasesLive, writeCase } from '../../scripts/lib/cases.ts';
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
 * Writes one case per mismatching unit (a unit that fails on several targets or modes is saved once)
 * and records it on every target in `targets`. At most `limit` cases (default 25) are written per
 * call, so that a badly broken engine does not flood the fixtures; returns the case names written.
 */
export async function saveMismatches(mismatches: readonly Mismatch[], seed: number, targets: readonly Target[], limit = 25): Promise<string[]> {
  const byIndex = new Map<number, Mismatch[]>();
  for (const m of mismatches) byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
  const names: string[] = [];
  for (const [index, found] of [...byIndex].sort((a, b) => a[0] - b[0]).slice(0, limit)) {
    const name = freshCaseName(seed, index);
    const first = found[0] as Mismatch;
    const where = [...new Set(found.map((m) => `${m.target} ${m.mode} ${m.field}`))].join(', ');
    writeCase(CASES_ROOT, name, { description: `Fuzz unit #${index} of seed ${seed} (${first.unit.description}); engine differed on: ${where}`, files: first.unit.files });
    names.push(name);
  }
  await recordTargets(names, targets);
  return names;
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
