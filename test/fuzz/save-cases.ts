/**
 * Saves fuzz mismatches as golden cases (test/fixtures/cases/fuzz-SEED-INDEX), recorded from the
 * real analyzers, so that every disagreement found once stays in the golden test for good.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemdVersion } from '../../src/engine/types.ts';
import { recordCase, writeCase } from '../../scripts/lib/cases.ts';
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

/**
 * Writes one case per mismatching unit (a unit that fails on several versions or modes is saved once)
 * and records it on every version in `versions`. At most `limit` cases (default 25) are written per
 * call, so that a badly broken engine does not flood the fixtures; returns the case names written.
 */
export function saveMismatches(mismatches: readonly Mismatch[], seed: number, versions: readonly SystemdVersion[], limit = 25): string[] {
  const byIndex = new Map<number, Mismatch[]>();
  for (const m of mismatches) byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
  const names: string[] = [];
  for (const [index, found] of [...byIndex].sort((a, b) => a[0] - b[0]).slice(0, limit)) {
    const name = freshCaseName(seed, index);
    const first = found[0] as Mismatch;
    const where = [...new Set(found.map((m) => `${m.version} ${m.mode} ${m.field}`))].join(', ');
    writeCase(CASES_ROOT, name, { description: `Fuzz unit #${index} of seed ${seed} (${first.unit.description}); engine differed on: ${where}`, files: first.unit.files });
    recordCase(CASES_ROOT, name, versions);
    names.push(name);
  }
  return names;
}

/**
 * Saves generated units `indices` of `seed` as golden cases, recorded on `versions`, whatever the
 * engine does with them (to keep one regression case per cause found by a fuzz run). `why` goes into
 * the case description. Returns the case names written.
 */
export function saveUnits(seed: number, indices: readonly number[], versions: readonly SystemdVersion[], why: string): string[] {
  return indices.map((index) => {
    const name = freshCaseName(seed, index);
    const unit = unitAt(seed, index);
    writeCase(CASES_ROOT, name, { description: `Fuzz unit #${index} of seed ${seed} (${unit.description})${why === '' ? '' : `: ${why}`}`, files: unit.files });
    recordCase(CASES_ROOT, name, versions);
    return name;
  });
}
