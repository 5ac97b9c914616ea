/**
 * Where the planner panel's plans are made: the main thread by default, or a Worker a page
 * registers (entries/planner-offload.ts), as state/report.ts does for huge analyses. A plan runs
 * the engine once per candidate setting: tens of milliseconds for a usual unit, but seconds for a
 * pasted megabyte, which must not freeze the page. This module holds only the registration (its
 * planner imports are types), so registering costs the page's first view no planner code.
 */
import type { Plan, PlanInput, PlanRefused } from './planner-engine.ts';

/**
 * Plans elsewhere; resolves with exactly what `plan(input)` returns. A call made while an earlier
 * one is still running may cancel the earlier one, which then rejects (its answer is no longer
 * wanted). Any other rejection means "plan on the main thread instead".
 */
export type OffThreadPlanner = (input: PlanInput) => Promise<Plan | PlanRefused>;

let registered: OffThreadPlanner | null = null;

/** Sets (or, with null, removes) where plans are made. Without one, they are made on the main thread. */
export function planOffThreadWith(planner: OffThreadPlanner | null): void {
  registered = planner;
}

/** The planner registered with {@link planOffThreadWith}, or null. */
export function registeredPlanner(): OffThreadPlanner | null {
  return registered;
}
