/**
 * Lesson data as the content collection delivers it, and the pure walk through a lesson's steps:
 * which unit each step starts from and what its solution turns it into.
 */
import type { UnitFile } from '../engine/index.ts';
import type { Goal } from './goals.ts';

/**
 * A step's solution. `files` replaces every file; otherwise `remove` deletes lines of the unit file
 * (compared trimmed) and `add` appends lines at the end of its [Service] section (a [Service] header is
 * appended when there is none). Applied in that order: files, remove, add.
 */
export interface Solution {
  readonly files?: readonly UnitFile[] | undefined;
  readonly remove?: readonly string[] | undefined;
  readonly add?: readonly string[] | undefined;
}

/** One step of a lesson: its own URL is `/lessons/<lesson>/<id>/`. */
export interface LessonStep {
  /** URL-safe id, unique in the lesson; also the `REF` of `{{score:REF}}` placeholders. */
  readonly id: string;
  readonly title: string;
  /** Markdown; may contain `{{score:REF}}` placeholders (see `placeholders.ts`). */
  readonly prose: string;
  readonly goals: readonly Goal[];
  /** Shown one at a time on request, in order. */
  readonly hints: readonly string[];
  readonly solution: Solution;
  /** Starts this step from other files instead of the previous step's solution. */
  readonly starter?: readonly UnitFile[] | undefined;
}

/** A lesson's data (the Markdown body is its introduction). */
export interface LessonData {
  readonly title: string;
  /** Position in the lesson index, ascending. */
  readonly order: number;
  /** One sentence for the index. */
  readonly summary: string;
  /** The unit (and drop-ins) the first step starts from. */
  readonly starter: readonly UnitFile[];
  readonly steps: readonly LessonStep[];
}

/** The unit file among `files`: the first whose path has no `/` (as the engine picks it). */
function unitIndex(files: readonly UnitFile[]): number {
  return files.findIndex((f) => !f.path.includes('/'));
}

/** Appends `lines` to the end of the last [Service] section of `text`, before trailing blank lines. */
export function addToService(text: string, lines: readonly string[]): string {
  if (lines.length === 0) return text;
  const all = text.split('\n');
  const start = all.map((l) => l.trim()).lastIndexOf('[Service]');
  if (start < 0) {
    const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return `${base}${base === '' ? '' : '\n'}[Service]\n${lines.join('\n')}\n`;
  }
  let end = all.findIndex((l, i) => i > start && l.trim().startsWith('['));
  if (end < 0) end = all.length;
  while (end > start + 1 && all[end - 1]?.trim() === '') end--;
  all.splice(end, 0, ...lines);
  return all.join('\n');
}

/** The files after applying `solution` to `files` (inputs are not modified). */
export function applySolution(files: readonly UnitFile[], solution: Solution): UnitFile[] {
  let out = [...(solution.files ?? files)];
  const i = unitIndex(out);
  const unit = out[i];
  if (unit === undefined) return out;
  const removed = new Set((solution.remove ?? []).map((l) => l.trim()));
  let text = unit.text;
  if (removed.size > 0) text = text.split('\n').filter((l) => !removed.has(l.trim())).join('\n');
  text = addToService(text, solution.add ?? []);
  out = out.map((f, j) => (j === i ? { path: f.path, text } : f));
  return out;
}

/** Where each step starts and what its solution gives, in step order. */
export interface StepFiles {
  readonly step: LessonStep;
  readonly start: readonly UnitFile[];
  readonly solved: readonly UnitFile[];
}

/** Walks the lesson: step N starts from its own `starter`, else from step N−1's solution. */
export function walkSteps(lesson: LessonData): StepFiles[] {
  const out: StepFiles[] = [];
  let current: readonly UnitFile[] = lesson.starter;
  for (const step of lesson.steps) {
    const start = step.starter ?? current;
    const solved = applySolution(start, step.solution);
    out.push({ step, start, solved });
    current = solved;
  }
  return out;
}
