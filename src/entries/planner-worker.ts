/**
 * The hardening planner in a Web Worker (see state/planner-host.ts): each message `{ id, input }`
 * is answered with `{ id, result }`, exactly what `plan(input)` returns. Loaded when the planner's
 * panel first plans, never at a page's start.
 */
import { plan, type PlanInput } from '../state/planner-engine.ts';

/** A request to the worker. */
export interface PlanRequest {
  readonly id: number;
  readonly input: PlanInput;
}

addEventListener('message', (e: MessageEvent<PlanRequest>) => {
  postMessage({ id: e.data.id, result: plan(e.data.input) });
});
