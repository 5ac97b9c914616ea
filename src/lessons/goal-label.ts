/**
 * The text shown for a goal that carries no `label`: derived from its kind, in the report's own
 * vocabulary (the NAME column for rows). Pure; `rowName` maps a json_field to its NAME.
 */
import type { Goal } from './goals.ts';
import { formatTenths } from './placeholders.ts';

/** A goal's text; `rowName` falls back to the id for rows it does not know. */
export function goalLabel(goal: Goal, rowName: (id: string) => string | undefined): string {
  if (goal.label !== undefined) return goal.label;
  if ('row' in goal) {
    const name = rowName(goal.row) ?? goal.row;
    if (goal.set === true || goal.badnessAtMost === 0) return `${name} is ✓`;
    if (goal.set === false) return `${name} stays ✗`;
    if (goal.set === null) return `${name} is N/A`;
    if (goal.badnessAtMost !== undefined) return `${name} has badness at most ${goal.badnessAtMost}`;
    return `${name} has badness at least ${goal.badnessAtLeast ?? 0}`;
  }
  if ('exposureAtMost' in goal) return `Exposure at most ${formatTenths(goal.exposureAtMost)}`;
  if ('familyAllowed' in goal) return `${goal.familyAllowed} stays allowed`;
  if ('capabilityKept' in goal) return `${goal.capabilityKept} stays in the bounding set`;
  return `The unit keeps ${goal.has}=${goal.value}`;
}
