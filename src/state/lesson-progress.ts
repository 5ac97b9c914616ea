/**
 * What the reader has done in the lessons, kept in localStorage (nanostores persistent) so it
 * survives reloads: which steps are done, and the unsaved work of each step (nothing typed is lost
 * when the reader leaves a step). Corrupt or foreign stored values decode to "nothing yet".
 */
import { persistentAtom } from '@nanostores/persistent';
import type { UnitFile } from './engine.ts';

/** `lesson/step` → true for each completed step. */
export type Progress = Readonly<Record<string, true>>;

/** `lesson/step` → the files as the reader last left them. */
export type Drafts = Readonly<Record<string, readonly UnitFile[]>>;

/** The key of one step in {@link Progress} and {@link Drafts}. */
export function stepKey(lesson: string, step: string): string {
  return `${lesson}/${step}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Parses stored progress; anything unexpected is dropped rather than trusted. */
export function decodeProgress(text: string): Progress {
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v === true).map(([k]) => [k, true as const]));
  } catch {
    return {};
  }
}

function isFiles(x: unknown): x is UnitFile[] {
  return Array.isArray(x) && x.length > 0 && x.every((f) => isRecord(f) && typeof f['path'] === 'string' && typeof f['text'] === 'string');
}

/** Parses stored drafts; entries that are not file lists are dropped. */
export function decodeDrafts(text: string): Drafts {
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, UnitFile[]] => isFiles(e[1])));
  } catch {
    return {};
  }
}

/** Completed steps. */
export const $lessonProgress = persistentAtom<Progress>('unitscore:lessons:v1', {}, { encode: JSON.stringify, decode: decodeProgress });

/** Work in progress per step. */
export const $lessonDrafts = persistentAtom<Drafts>('unitscore:lesson-drafts:v1', {}, { encode: JSON.stringify, decode: decodeDrafts });

/** Marks a step done (idempotent). */
export function markStepDone(lesson: string, step: string): void {
  const key = stepKey(lesson, step);
  if ($lessonProgress.get()[key] !== true) $lessonProgress.set({ ...$lessonProgress.get(), [key]: true });
}

/** Saves the reader's files for a step, or forgets them (`null`, e.g. on "reset step"). */
export function saveDraft(lesson: string, step: string, files: readonly UnitFile[] | null): void {
  const key = stepKey(lesson, step);
  const { [key]: _old, ...rest } = $lessonDrafts.get();
  $lessonDrafts.set(files === null ? rest : { ...rest, [key]: files });
}

/** How many of `steps` are done in `lesson`. */
export function lessonDone(progress: Progress, lesson: string, steps: readonly string[]): number {
  return steps.filter((s) => progress[stepKey(lesson, s)] === true).length;
}
