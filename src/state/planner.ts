/**
 * The planner panel's stores: the form, the request it makes, and the plan for the workspace,
 * computed only while the panel follows them ({@link followPlanner}) and only once the inputs have
 * settled. One concern: planning the workspace's unit. Applying the plan writes its drop-in into
 * `$files` like any other edit, so the report, the editor and the link follow by themselves.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { afterQuiet } from './after-quiet.ts';
import { $activePath, $files, loaderOrder, unitName } from './files.ts';
import { $effectiveMode, $version } from './version.ts';
import { dropInPathFor, plan, type NeedSet, type Plan, type PlanInput, type PlanRefused } from './planner-engine.ts';
import { registeredPlanner } from './planner-host.ts';
import { DEFAULT_FORM, readNeeds, readTarget, type NeedsReading, type PlannerForm, type TargetReading } from './planner-form.ts';
import type { AnalysisMode, SystemdVersion, UnitFile } from './engine.ts';

/** The form as entered. Starts at {@link DEFAULT_FORM}; kept while the page lives (closing the panel loses nothing). */
export const $plannerForm = atom<PlannerForm>(DEFAULT_FORM);

/** The form read: the target and the need set, each valid or with the message to show. */
export interface PlannerRequest {
  readonly target: TargetReading;
  readonly needs: NeedsReading;
}

/** {@link $plannerForm} read (planner-form.ts). */
export const $plannerRequest: ReadableAtom<PlannerRequest> = computed($plannerForm, (form) => ({ target: readTarget(form.target), needs: readNeeds(form) }));

/** A plan and what it was computed for. */
export interface PlanOutcome {
  /** The plan, or the engine's refusal of the unit. */
  readonly result: Plan | PlanRefused;
  readonly files: readonly UnitFile[];
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  /** Tenths. */
  readonly target: number;
  readonly needs: NeedSet;
}

const outcome = atom<PlanOutcome | null>(null);
const pending = atom(false);

/** The newest plan; null before the first. It stays while a newer one waits (see {@link $planPending}) or the form is invalid. */
export const $planOutcome: ReadableAtom<PlanOutcome | null> = outcome;

/** True from a change of the inputs until their plan is in {@link $planOutcome} (or the form turns out invalid). */
export const $planPending: ReadableAtom<boolean> = pending;

/** Bumped by every change of the inputs, every plan asked for and by stopping: an answer for an older one is dropped. */
let generation = 0;

/**
 * Plans the workspace with the form's request now, off the main thread when a planner is
 * registered (planner-host.ts), else here; an invalid form keeps the last plan. Stays pending
 * until the answer for the newest request is in.
 */
function planNow(): void {
  const asked = ++generation;
  const request = $plannerRequest.get();
  if (!request.target.ok || !request.needs.ok) {
    pending.set(false);
    return;
  }
  const input: PlanInput = { files: $files.get(), version: $version.get(), mode: $effectiveMode.get(), target: request.target.target, needs: request.needs.needs };
  const done = (result: Plan | PlanRefused): void => {
    if (asked !== generation) return;
    outcome.set({ result, files: input.files, version: input.version, mode: input.mode, target: input.target, needs: input.needs });
    pending.set(false);
  };
  const elsewhere = registeredPlanner();
  if (elsewhere === null) done(plan(input));
  // A rejection for a request that is still the newest means the worker failed: plan here.
  else elsewhere(input).then(done, () => asked === generation && done(plan(input)));
}

/**
 * Follows the form, the files, the version and the mode: each change marks the plan pending and
 * plans once nothing has changed for `quietMs` (default 200; at most 4 × that while changes go on).
 * The first plan is asked for in a task of its own, so that what opened the panel paints first.
 * Returns the function that stops following (a pending plan, or an answer still to come, is
 * dropped). A plan takes tens of milliseconds (the engine runs once per candidate setting), hence
 * the wait, and seconds for a huge unit, hence the Worker (planner-host.ts).
 */
export function followPlanner(quietMs = 200): () => void {
  const later = afterQuiet(planNow, quietMs, quietMs * 4);
  const changed = (): void => {
    // An answer still to come is for inputs that are no longer the newest.
    generation++;
    pending.set(true);
    later.schedule();
  };
  const stops = [$plannerRequest.listen(changed), $files.listen(changed), $version.listen(changed), $effectiveMode.listen(changed)];
  pending.set(true);
  const first = setTimeout(planNow, 0);
  return () => {
    generation++;
    clearTimeout(first);
    later.cancel();
    stops.forEach((stop) => stop());
    pending.set(false);
  };
}

const sameNeeds = (a: NeedSet, b: NeedSet): boolean => a.needs.size === b.needs.size && [...a.needs].every((n) => b.needs.has(n)) && a.writes.join('\n') === b.writes.join('\n');

/**
 * Whether `outcome` is the plan of what the stores hold now (the files, version and mode, and the
 * form's target and needs), not one for earlier inputs. False while the form cannot be read.
 */
export function isCurrent(o: PlanOutcome): boolean {
  const request = $plannerRequest.get();
  if (!request.target.ok || !request.needs.ok) return false;
  return o.files === $files.get() && o.version === $version.get() && o.mode === $effectiveMode.get() && o.target === request.target.target && sameNeeds(o.needs, request.needs.needs);
}

/**
 * `files` with `path` holding `text`: replaced when it exists, added otherwise, in the loader's
 * order. The unit's own path is accepted too (its text is replaced).
 */
export function withFile(files: readonly UnitFile[], path: string, text: string): UnitFile[] {
  const found = files.some((f) => f.path === path);
  return loaderOrder(found ? files.map((f) => (f.path === path ? { path, text } : f)) : [...files, { path, text }]);
}

/**
 * Adds a plan's drop-in to the workspace as `UNIT.d/hardening.conf` (replacing an earlier one of
 * that name) and opens its tab. Returns the drop-in's path, or null when there is nothing to add:
 * a refused unit, or an empty drop-in (the unit already meets the target).
 */
export function applyPlan(result: Plan | PlanRefused): string | null {
  if (!result.ok || result.dropIn.assignments.length === 0) return null;
  const files = $files.get();
  const path = dropInPathFor(unitName(files));
  $files.set(withFile(files, path, result.dropIn.text));
  $activePath.set(path);
  return path;
}
