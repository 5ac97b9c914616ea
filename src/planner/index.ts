/**
 * The planner's public face: everything outside `src/planner/` imports from here.
 */
export type * from './types.ts';
export { PLANNER_NOTES } from './generated/notes.ts';
