/**
 * The planner's public face: everything outside `src/planner/` imports from here.
 */
export type * from './types.ts';
export { plan } from './plan.ts';
export type { Plan, PlanRefused, PlanInput, PlanStep, Blocker } from './plan.ts';
export { NEEDS, PROFILES, DEFAULT_PROFILE, parseNeeds, isNeedsError, isProfileName, withImplied } from './needs.ts';
export type { NeedId, NeedSet, NeedsError, ProfileName, NeedRecord } from './needs.ts';
export { NEED_QUESTIONS, PROFILE_SUMMARIES, needsErrorMessage, headerLines } from './messages.ts';
export { DROP_IN_NAME, dropInPathFor, serverPathFor, renderDropIn } from './drop-in.ts';
export type { Tier } from './candidates.ts';
export { parseTarget } from './target.ts';
export { formatPath, TIER_NAMES } from './path-text.ts';
export { unmetMessage } from './messages.ts';
export { PLANNER_NOTES } from './generated/notes.ts';
export { systemctlEditCommand, nixosServiceConfig, ansibleTasks } from './exports/index.ts';
export type { SystemctlEditOptions } from './exports/index.ts';
