/**
 * Resolved settings for hand-made reports in tests: those of a bare service, taken from the engine
 * itself so that no test types out what a default unit allows.
 */
import { analyze, type ResolvedSettings } from '../../src/engine/index.ts';

let bare: ResolvedSettings | undefined;

/** The engine's resolved settings of `[Service]` with only `ExecStart=` (newest version, offline). */
export function bareResolved(): ResolvedSettings {
  if (bare === undefined) {
    const analysis = analyze([{ path: 'bare.service', text: '[Service]\nExecStart=/bin/true\n' }]);
    if (!analysis.ok) throw new Error(`the engine refused a bare service: ${analysis.reason.code}`);
    bare = analysis.resolved;
  }
  return bare;
}
