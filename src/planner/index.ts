/**
 * The planner's public face: everything outside `src/planner/` imports from here.
 */
export type * from './types.ts';
export { systemctlEditCommand, nixosServiceConfig, ansibleTasks } from './exports/index.ts';
export type { SystemctlEditOptions } from './exports/index.ts';
