/**
 * The step being worked on, and its goals judged live against the current files and version.
 * One concern: `$activeStep` is set by the page; everything else derives from it and the shared
 * `$analysis` (the same analysis the report shows, so goals and report never disagree).
 */
import { atom, computed } from 'nanostores';
import type { UnitFile } from './engine.ts';
import { $files } from './files.ts';
import { $analysis } from './report.ts';
import { allMet, evaluateGoals, type Goal, type GoalResult } from '../lessons/goals.ts';

/** The step on screen: where it starts, what solves it, what it asks. */
export interface ActiveStep {
  readonly lesson: string;
  readonly step: string;
  readonly goals: readonly Goal[];
  readonly start: readonly UnitFile[];
  readonly solved: readonly UnitFile[];
}

/** Set by the lesson page; `null` elsewhere. */
export const $activeStep = atom<ActiveStep | null>(null);

/** Each goal's verdict on the current files; empty without an active step. */
export const $goalResults = computed([$activeStep, $analysis, $files], (step, analysis, files): GoalResult[] =>
  step === null ? [] : evaluateGoals(step.goals, analysis, files),
);

/** True when a step is active and all its goals are met. */
export const $stepComplete = computed([$activeStep, $goalResults], (step, results) => step !== null && allMet(results));
