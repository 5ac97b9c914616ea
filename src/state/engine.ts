/**
 * The one place the state layer reaches the engine: a re-export of the parts of
 * src/engine/index.ts the page uses, so src/state, src/editor and src/components depend on the
 * engine's public face only (and the bundle keeps only what is listed here).
 */
export {
  acceptedValues,
  analyze,
  assessorTable,
  capabilityKept,
  contribution,
  DEFAULT_VERSION,
  diagnosticMessage,
  directiveCatalogue,
  dropInFoldersFor,
  effectiveMode,
  exposureOf,
  familyAllowed,
  formatExposure,
  formatJson,
  formatOverview,
  formatText,
  glyphsFor,
  isAnalysisMode,
  isSystemdVersion,
  manPageUrl,
  modesOf,
  parseUnitName,
  profileFor,
  RATINGS,
  ratingFor,
  recommendation,
  settingVocabulary,
  sortRows,
  splitSystemctlCat,
  syscallData,
  unitAssignments,
  UTF8_GLYPHS,
  VERSIONS,
} from '../engine/index.ts';
export type * from '../engine/index.ts';
