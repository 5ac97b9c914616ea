/**
 * The planner's corpus check, shared by its recording script and its test: every corpus unit ×
 * each named need profile, planned for a target exposure, and what the real analyzer printed for
 * the unit with the planner's drop-in (`test/fixtures/planner/<target>.jsonl.gz`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { UnitFile } from '../../src/engine/types.ts';
import { parseNeeds, isNeedsError, plan, PROFILES, type Plan, type ProfileName } from '../../src/planner/index.ts';
import { dropInPathFor } from '../../src/planner/drop-in.ts';
import { readCorpusUnits, unitName, type CorpusUnit } from './corpus.ts';
import type { Target } from './targets.ts';

/** Where the recordings live. */
export const PLANNER_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/planner');

/** The exposure every corpus unit is planned for: 2.0, the bar. */
export const PLANNER_TARGET = 20;

/** The profiles checked, in order. */
export const PLANNER_PROFILES = Object.keys(PROFILES) as ProfileName[];

/** One unit × profile, as recorded. */
export interface PlannerRecord {
  readonly unit: string;
  readonly profile: ProfileName;
  /**
   * The drop-in's setting lines as planned when recorded, without its comments (which change no
   * score, and follow the content's wording): a test re-plans and must get the same lines.
   */
  readonly dropIn: string;
  /** What the planner predicted, in tenths. */
  readonly predicted: number;
  readonly met: boolean;
  /** The needs that stood in the way, when not met. */
  readonly blockers: readonly string[];
  /** What the real analyzer printed: its overall exposure (tenths, null if none), stderr and status, without and with the drop-in. */
  readonly oracle: { readonly exposure: number | null; readonly stderr: string; readonly status: number; readonly stderrWithout: string };
}

/** One pair to plan: the unit's files, its name, the profile. */
export interface PlannerPair {
  readonly corpus: CorpusUnit;
  readonly unit: string;
  readonly profile: ProfileName;
}

/** Every corpus unit × profile, in corpus order. */
export function plannerPairs(): PlannerPair[] {
  return readCorpusUnits().flatMap((corpus) => PLANNER_PROFILES.map((profile) => ({ corpus, unit: unitName(corpus.unit), profile })));
}

/** The plan of a pair for a target, or null when the engine refuses the unit. */
export function planPair(pair: PlannerPair, target: Target): Plan | null {
  const needs = parseNeeds(pair.profile);
  if (isNeedsError(needs)) throw new Error(`profile ${pair.profile} does not parse`);
  const result = plan({ files: pair.corpus.files, unit: pair.unit, version: target.version, mode: target.mode, target: PLANNER_TARGET, needs });
  return result.ok ? result : null;
}

/** The files the analyzer gets: the unit's, with the drop-in beside them. */
export function filesWithDropIn(pair: PlannerPair, dropIn: string): UnitFile[] {
  return [...pair.corpus.files, { path: dropInPathFor(pair.unit), text: dropIn }];
}

/** The overall exposure the text output ends with (`→ Overall exposure level for x.service: 1.9 OK …`), in tenths. */
export function printedExposure(stdout: string): number | null {
  const m = /Overall exposure level for \S+: (\d+)\.(\d)/.exec(stdout);
  return m === null ? null : Number(m[1]) * 10 + Number(m[2]);
}

/** A drop-in's lines without comments and blank lines: what decides its score. */
export function settingLines(text: string): string {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).join('\n');
}

/** The file of a target's recordings. */
export function plannerFixture(targetId: string): string {
  return join(PLANNER_FIXTURES, `${targetId}.jsonl.gz`);
}

/** The records of a target, or null when not recorded. */
export function readPlannerRecords(targetId: string): PlannerRecord[] | null {
  const path = plannerFixture(targetId);
  if (!existsSync(path)) return null;
  return gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as PlannerRecord);
}

/** Writes a target's records. */
export function writePlannerRecords(targetId: string, records: readonly PlannerRecord[]): void {
  mkdirSync(PLANNER_FIXTURES, { recursive: true });
  writeFileSync(plannerFixture(targetId), gzipSync(records.map((r) => JSON.stringify(r)).join('\n') + '\n', { level: 9 }));
}
