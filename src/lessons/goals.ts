/**
 * Lesson goals: small records the lesson content declares and the engine's analysis checks live.
 * Pure: no DOM, no stores. There are five kinds, told apart by their key:
 *
 * - `{ row, set?, badnessAtMost?, badnessAtLeast? }` — a scored row (systemd's json_field) is ✓
 *   (`set: true`), ✗ (`false`) or N/A (`null`), and/or its badness lies within bounds. Also the
 *   faithful form of many "keep it working" constraints, because a boolean row mirrors its setting
 *   exactly: `{ row: 'PrivateNetwork', set: false }` is "do not set PrivateNetwork=yes", and
 *   `{ row: 'ProtectHome', badnessAtLeast: 5 }` is "home stays readable" (read-only or no).
 * - `{ exposureAtMost }` — the overall exposure, in tenths (49 = 4.9), on the version and mode analysed.
 * - `{ familyAllowed }` — an address family (`AF_INET`) stays usable after RestrictAddressFamilies=.
 * - `{ capabilityKept }` — a capability stays in the bounding set (after the loader's implied drops).
 * - `{ has, value }` — the unit still says `has=value` in [Service]: `value` is the whole value of an
 *   assignment, or one of its words, after the last empty (resetting) assignment of that key.
 *
 * No row can say "AF_INET is allowed" (the AF row turns ✓ when either AF_INET or AF_INET6 is
 * denied), so the family and capability kinds ask the engine's resolved settings
 * (`Report.resolved`), which follow the analysed version's rules. Only `has` reads what the user
 * wrote, through the engine's own reader (`unitAssignments()`).
 *
 * Every goal may carry `label` (shown instead of the generated text) and `constraint: true`, which marks
 * a condition the starting unit already meets and that must stay true (the service keeps working).
 */
import { capabilityKept, familyAllowed, unitAssignments, type Analysis, type UnitAssignment, type UnitFile } from '../engine/index.ts';

/** Fields every goal kind may carry. */
interface GoalCommon {
  /** Text shown for the goal; when absent the UI derives one from the kind. */
  readonly label?: string | undefined;
  /** A condition the start already meets and must keep meeting; default `false`. */
  readonly constraint?: boolean | undefined;
}

/** A scored row's mark and/or badness. At least one of `set`, `badnessAtMost`, `badnessAtLeast`. */
export interface RowGoal extends GoalCommon {
  readonly row: string;
  readonly set?: boolean | null | undefined;
  readonly badnessAtMost?: number | undefined;
  readonly badnessAtLeast?: number | undefined;
}

/** Overall exposure at most this many tenths on the analysed version. */
export interface ExposureGoal extends GoalCommon {
  readonly exposureAtMost: number;
}

/** An address family that must stay allowed. */
export interface FamilyGoal extends GoalCommon {
  readonly familyAllowed: string;
}

/** A capability that must stay in the bounding set. */
export interface CapabilityGoal extends GoalCommon {
  readonly capabilityKept: string;
}

/** An assignment (or one word of it) that must be present in [Service]. */
export interface HasGoal extends GoalCommon {
  readonly has: string;
  readonly value: string;
}

/** One lesson goal. */
export type Goal = RowGoal | ExposureGoal | FamilyGoal | CapabilityGoal | HasGoal;

/** Why a goal is or is not met; `met` is the only code of a met goal. */
export type GoalReason =
  | 'met'
  | 'refused' // the engine refused the unit: no rows, nothing can be checked
  | 'row-missing' // the analysed version has no such row
  | 'row-mark' // the row is ✓/✗/N/A other than asked
  | 'badness-high' // badness above badnessAtMost (or the row is N/A)
  | 'badness-low' // badness below badnessAtLeast (or the row is N/A)
  | 'exposure-high'
  | 'family-denied'
  | 'capability-dropped'
  | 'assignment-missing';

/** The verdict on one goal. `actual` is what was found (a mark, a badness, an exposure), when useful. */
export interface GoalResult {
  readonly goal: Goal;
  readonly met: boolean;
  readonly reason: GoalReason;
  readonly actual?: boolean | number | null | undefined;
}

function verdict(goal: Goal, reason: GoalReason, actual?: boolean | number | null): GoalResult {
  return actual === undefined ? { goal, met: reason === 'met', reason } : { goal, met: reason === 'met', reason, actual };
}

function checkRow(goal: RowGoal, analysis: Analysis): GoalResult {
  if (!analysis.ok) return verdict(goal, 'refused');
  const row = analysis.rows.find((r) => r.id === goal.row);
  if (row === undefined) return verdict(goal, 'row-missing');
  if (goal.set !== undefined && row.set !== goal.set) return verdict(goal, 'row-mark', row.set);
  if (goal.badnessAtMost !== undefined && (row.badness === null || row.badness > goal.badnessAtMost)) {
    return verdict(goal, 'badness-high', row.badness);
  }
  if (goal.badnessAtLeast !== undefined && (row.badness === null || row.badness < goal.badnessAtLeast)) {
    return verdict(goal, 'badness-low', row.badness);
  }
  return verdict(goal, 'met', goal.set !== undefined ? row.set : row.badness);
}

/** `value` equals a [Service] assignment's value or one of its words, after the key's last reset. */
function hasValue(all: readonly UnitAssignment[], key: string, value: string): boolean {
  const own = all.filter((a) => a.section === 'Service' && a.key === key);
  const lastReset = own.map((a) => a.value).lastIndexOf('');
  const want = value.trim().split(/\s+/).join(' ');
  return own.slice(lastReset + 1).some((a) => {
    const got = a.value.split(/\s+/);
    return got.join(' ') === want || got.includes(want);
  });
}

/**
 * Checks each goal against an analysis of `files` (the same files the analysis was made from), in
 * order. A refused unit fails every goal with `refused`, constraints included: a unit systemd will not
 * load keeps nothing working. `has` goals read the files with the analysis's version's drop-in rules.
 */
export function evaluateGoals(goals: readonly Goal[], analysis: Analysis, files: readonly UnitFile[]): GoalResult[] {
  let assignments: UnitAssignment[] | null = null;
  const read = (): UnitAssignment[] => (assignments ??= unitAssignments(files, { version: analysis.version, mode: analysis.mode }));
  return goals.map((goal) => {
    if (!analysis.ok) return verdict(goal, 'refused');
    if ('row' in goal) return checkRow(goal, analysis);
    if ('exposureAtMost' in goal) {
      return verdict(goal, analysis.exposure <= goal.exposureAtMost ? 'met' : 'exposure-high', analysis.exposure);
    }
    if ('familyAllowed' in goal) {
      return verdict(goal, familyAllowed(analysis.resolved, goal.familyAllowed) ? 'met' : 'family-denied');
    }
    if ('capabilityKept' in goal) {
      return verdict(goal, capabilityKept(analysis.resolved, goal.capabilityKept) ? 'met' : 'capability-dropped');
    }
    return verdict(goal, hasValue(read(), goal.has, goal.value) ? 'met' : 'assignment-missing');
  });
}

/** True when every goal is met (an empty list is trivially met). */
export function allMet(results: readonly GoalResult[]): boolean {
  return results.every((r) => r.met);
}
