/**
 * Registers the planner Worker (worker-planner.ts) with the state layer, so that the planner's
 * panel never plans on the main thread where Workers exist. Imported by the playground's script;
 * importing it starts nothing and loads no planner code: the worker starts on the first plan.
 */
import { planOffThreadWith } from '../state/planner-host.ts';
import { workerPlanner } from './worker-planner.ts';

planOffThreadWith(workerPlanner());
