/**
 * What the planner panel shows of a plan, as plain values: the before → after line, why a target
 * is out of reach, the path's rows and the sentence announced to screen readers. Pure; the panel
 * (components/planner-panel.ts) only writes these into its markup.
 */
import { formatExposure, ratingFor } from './engine.ts';
import { TIER_NAMES, unmetMessage, type Plan } from './planner-engine.ts';

/** One exposure as shown: `1.9` and its band. */
export interface ShownExposure {
  readonly exposure: string;
  readonly rating: string;
}

const shown = (tenths: number): ShownExposure => ({ exposure: formatExposure(tenths), rating: ratingFor(tenths).label });

/** The head of a plan's result. */
export interface PlanSummary {
  readonly before: ShownExposure;
  /** What systemd prints with the drop-in (the engine's score of the unit with it). */
  readonly after: ShownExposure;
  readonly met: boolean;
  /** How many setting lines the drop-in writes (reset lines included: they are lines of the file). */
  readonly lines: number;
  /** When the target is out of reach: the planner's sentence saying how low it goes and which needs stand in the way. */
  readonly unmet: string | null;
}

/** The lowest exposure on a plan's path (the unit's own when no step helps). */
export function floorOf(p: Plan): number {
  return p.steps.at(-1)?.exposure ?? p.before.exposure;
}

/** The summary of `p`, planned for `target` (tenths). */
export function planSummary(p: Plan, target: number): PlanSummary {
  return {
    before: shown(p.before.exposure),
    after: shown(p.after.exposure),
    met: p.met,
    lines: p.dropIn.assignments.length,
    unmet: p.met ? null : unmetMessage(target, floorOf(p), p.blockers),
  };
}

/** One row of the path view. */
export interface PathRow {
  /** 1-based step number. */
  readonly step: number;
  /** The exposure after this step and every one before it, as shown (`4.7`). */
  readonly exposure: string;
  /** The same in tenths: what "stop here" sets the target to. */
  readonly tenths: number;
  /** Its risk tier in words (`rarely breaks`), as the CLI's path view prints it. */
  readonly risk: string;
  readonly tier: number;
  /** The lines the step adds, `Key=value` each. */
  readonly lines: readonly string[];
  /** Whether the drop-in includes this step. */
  readonly inDropIn: boolean;
  /** Whether this is the step where the target is met (the drop-in's last step, when the target is met). */
  readonly meetsTarget: boolean;
}

/** The path view's rows: every step of `p`, in order. */
export function pathRows(p: Plan): PathRow[] {
  return p.steps.map((s, i) => ({
    step: i + 1,
    exposure: formatExposure(s.exposure),
    tenths: s.exposure,
    risk: TIER_NAMES[s.tier],
    tier: s.tier,
    lines: s.lines.map((l) => `${l.key}=${l.value}`),
    inDropIn: i < p.taken,
    meetsTarget: p.met && i + 1 === p.taken,
  }));
}

/**
 * The one sentence said to screen readers once the plan has settled: the scores, whether the
 * target is met, and how many lines the drop-in has.
 */
export function planAnnouncement(p: Plan, target: number): string {
  const s = planSummary(p, target);
  const scores = `${s.before.exposure} ${s.before.rating} to ${s.after.exposure} ${s.after.rating}`;
  if (s.lines === 0) return `The unit already meets the target ${formatExposure(target)}: exposure ${s.before.exposure} ${s.before.rating}, nothing to add.`;
  return `Plan: ${scores} with ${s.lines} ${s.lines === 1 ? 'line' : 'lines'}; target ${formatExposure(target)} ${s.met ? 'met' : `not met, the lowest these needs allow is ${formatExposure(floorOf(p))}`}.`;
}
