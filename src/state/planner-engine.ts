/**
 * The one place the state layer reaches the hardening planner: a re-export of the parts of
 * src/planner/index.ts the planner panel uses. Only the panel's own chunk imports this (the
 * playground loads it when "Harden to…" is first pressed), so the planner never weighs on the
 * page's first view.
 */
export {
  ansibleTasks,
  DEFAULT_PROFILE,
  dropInPathFor,
  isNeedsError,
  NEED_QUESTIONS,
  NEEDS,
  nixosServiceConfig,
  parseNeeds,
  parseTarget,
  plan,
  PROFILE_SUMMARIES,
  PROFILES,
  systemctlEditCommand,
  TIER_NAMES,
  unmetMessage,
  withImplied,
} from '../planner/index.ts';
export type * from '../planner/index.ts';
