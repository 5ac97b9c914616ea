/**
 * The engine's public face. Everything outside `src/engine/` imports from here and nowhere else.
 */
export type * from './types.ts';
export { analyze } from './analyze.ts';
export { unitAssignments } from './assignments.ts';
export type { UnitAssignment } from './unit/parse.ts';
export { sortRows, formatText, formatTextLines, formatJson, formatOverview, formatExposure, glyphsFor, ratingFor, RATINGS, UTF8_GLYPHS, ASCII_GLYPHS } from './format/index.ts';
export type { Glyphs } from './format/index.ts';
export { formatSarif, SARIF_LEVELS } from './format/index.ts';
export type { SarifLevel, SarifOptions, SarifUnit } from './format/index.ts';
export { decidingSpan, regionOf } from './unit/region.ts';
export type { TextRegion } from './unit/region.ts';
export { formatStyledText, formatStyledOverview, terminalFor, parseColumns, PLAIN_TERMINAL, isPlainTerminal, formatLogLine, logLevelOf } from './format/index.ts';
export type { UnitLink, Streams, Terminal, ColorMode, LogLevel } from './format/index.ts';
export { diagnosticMessage, formatDiagnostic } from './messages.ts';
export { VERSIONS, DEFAULT_VERSION, isSystemdVersion, isAnalysisMode, modesOf, effectiveMode, directiveCatalogue, syscallData } from './versions/index.ts';
export type { VersionInfo, DirectiveCatalogue, SyscallData } from './versions/index.ts';
export { assessorTable } from './assess/table-info.ts';
export { manPageUrl } from './man-page.ts';
export { contribution, exposureOf } from './assess/score.ts';
export type { AssessorInfo } from './assess/table-info.ts';
export { recommendation } from './assess/recommendations.ts';
export type { Recommendation } from './assess/recommendations.ts';
export { parsePolicy } from './assess/policy.ts';
export type { PolicyResult } from './assess/policy.ts';
export { parseUnitName } from './unit/name.ts';
export type { UnitName } from './unit/name.ts';
export { dropInFoldersFor, dropInsOf } from './unit/dropins.ts';
export { profileFor } from './versions/profile.ts';
export { capabilityKept, familyAllowed } from './settings/resolved.ts';
export { settingVocabulary } from './vocabulary.ts';
export { acceptedValues } from './settings/accepted-values.ts';
export type { SettingVocabulary } from './vocabulary.ts';
export type { VersionProfile } from './versions/profile.ts';
export { splitSystemctlCat } from './unit/systemctl-cat.ts';
