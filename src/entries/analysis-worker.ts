/**
 * The engine in a Web Worker, for huge workspaces (see state/report.ts): each message
 * `{ id, files, version, mode }` is answered with `{ id, analysis }`, exactly what `analyze` returns.
 * Loaded only when a page first analyses a workspace over DEFER_ANALYSIS_CHARS.
 */
import { analyze, type AnalysisMode, type SystemdVersion, type UnitFile } from '../state/engine.ts';

/** A request to the worker. */
export interface AnalysisRequest {
  readonly id: number;
  readonly files: readonly UnitFile[];
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
}

addEventListener('message', (e: MessageEvent<AnalysisRequest>) => {
  const { id, files, version, mode } = e.data;
  postMessage({ id, analysis: analyze(files, { version, mode }) });
});
