/**
 * The page's side of planner-worker.ts: an `OffThreadPlanner` for state/planner.ts. The worker
 * carries its own engine and planner, so it starts on the first plan, never at load. The newest
 * request wins: one made while the worker is still planning an older one ends that worker (a plan
 * cannot be interrupted, and a megabyte's takes seconds) and starts a fresh one; the older call
 * rejects as superseded. If the worker cannot start or fails, every later call rejects and the
 * state layer plans on the main thread.
 */
import type { Plan, PlanInput, PlanRefused } from '../state/planner-engine.ts';
import type { OffThreadPlanner } from '../state/planner-host.ts';
import type { PlanRequest } from './planner-worker.ts';

/** The call being answered, if any. */
interface Busy {
  readonly id: number;
  resolve(result: Plan | PlanRefused): void;
  reject(error: Error): void;
}

/** Makes the planner; `Worker` is undefined in some hosts, and then every call rejects. */
export function workerPlanner(): OffThreadPlanner {
  let worker: Worker | null = null;
  let busy: Busy | null = null;
  let broken = false;
  let nextId = 0;
  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    busy?.reject(error);
    busy = null;
  };
  const fail = (error: Error): void => {
    broken = true;
    stop(error);
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./planner-worker.ts', import.meta.url), { type: 'module', name: 'unitscore-planner' });
    w.addEventListener('message', (e: MessageEvent<{ id: number; result: Plan | PlanRefused }>) => {
      if (busy?.id !== e.data.id) return;
      const done = busy;
      busy = null;
      done.resolve(e.data.result);
    });
    w.addEventListener('error', (e) => fail(new Error(`planner worker failed: ${e.message}`)));
    w.addEventListener('messageerror', () => fail(new Error('planner worker sent an unreadable message')));
    return w;
  };
  return (input: PlanInput): Promise<Plan | PlanRefused> =>
    new Promise((resolve, reject) => {
      if (broken || typeof Worker === 'undefined') {
        reject(new Error('no planner worker'));
        return;
      }
      if (busy !== null) stop(new Error('superseded by a newer plan'));
      try {
        worker ??= start();
        const id = nextId++;
        busy = { id, resolve, reject };
        const request: PlanRequest = { id, input };
        worker.postMessage(request);
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error));
        fail(reason);
        reject(reason);
      }
    });
}
