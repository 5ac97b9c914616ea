/**
 * The page's side of analysis-worker.ts: an `OffThreadAnalyser` for state/report.ts. The worker
 * carries its own copy of the engine, so it is started on the first call, i.e. on the first huge
 * paste, never at load. Answers are matched to requests by id; if the worker cannot start or
 * fails, every pending and later call rejects and the state layer analyses on the main thread.
 */
import type { Analysis, AnalysisMode, SystemdVersion, UnitFile } from '../state/engine.ts';
import type { OffThreadAnalyser } from '../state/report.ts';
import type { AnalysisRequest } from './analysis-worker.ts';

/** Makes the analyser; `Worker` is undefined in some hosts, and then every call rejects. */
export function offThreadAnalyser(): OffThreadAnalyser {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<number, { resolve(a: Analysis): void; reject(e: Error): void }>();
  const fail = (error: Error): void => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module', name: 'unitscore-analysis' });
    w.addEventListener('message', (e: MessageEvent<{ id: number; analysis: Analysis }>) => {
      const entry = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      entry?.resolve(e.data.analysis);
    });
    w.addEventListener('error', (e) => fail(new Error(`analysis worker failed: ${e.message}`)));
    w.addEventListener('messageerror', () => fail(new Error('analysis worker sent an unreadable message')));
    return w;
  };
  return (files: readonly UnitFile[], version: SystemdVersion, mode: AnalysisMode): Promise<Analysis> =>
    new Promise<Analysis>((resolve, reject) => {
      if (broken || typeof Worker === 'undefined') {
        reject(new Error('no analysis worker'));
        return;
      }
      try {
        worker ??= start();
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        const request: AnalysisRequest = { id, files, version, mode };
        worker.postMessage(request);
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error));
        fail(reason);
        reject(reason);
      }
    });
}
