/**
 * The engine's second public face, for bundles that show the score but no loader warnings (the
 * `/embed` page, `<unitscore-report>`): {@link analyze} here gives exactly the report and refusals
 * of `index.ts`'s, but with the scored key catalogue, so the full directive catalogue and the
 * "Unknown key" warnings it feeds are not bundled. Everything else is `index.ts`'s own export.
 */
import type { AnalyzeOptions, Analysis, UnitFile } from './types.ts';
import { analyzeWith } from './analyze.ts';
import { scoredKeyCatalogue } from './key-catalogue.ts';

export type * from './types.ts';
export { sortRows, formatExposure, ratingFor } from './format/index.ts';
export { refusalMessage } from './refusal-messages.ts';
export { VERSIONS, DEFAULT_VERSION, isSystemdVersion, isAnalysisMode, modesOf, effectiveMode } from './versions/index.ts';

/**
 * `index.ts`'s `analyze` without "Unknown key" warnings in `diagnostics` (a key systemd would not
 * know is still ignored): same rows, exposure, rating and refusal. Never throws.
 */
export function analyze(files: readonly UnitFile[], options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(scoredKeyCatalogue, files, options);
}
