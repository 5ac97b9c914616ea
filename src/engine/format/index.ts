/**
 * The CLI's output, byte for byte: row order, glyphs, the text table and the JSON, rating bands.
 */
export { sortRows, compareUtf8 } from './sort.ts';
export { glyphsFor, UTF8_GLYPHS, ASCII_GLYPHS } from './glyphs.ts';
export type { Glyphs, InstalledLocales } from './glyphs.ts';
export { formatText, formatTextLines, formatExposure } from './text.ts';
export { formatJson, jsonString } from './json.ts';
export { formatOverview } from './overview.ts';
export { ratingFor, RATINGS } from './rating.ts';
export { cellWidth, paddingWidth, WIDE_RANGES } from './width.ts';
export { formatSarif, SARIF_LEVELS } from './sarif.ts';
export type { SarifLevel, SarifOptions, SarifUnit } from './sarif.ts';
export { formatStyledText, formatStyledOverview } from './styled.ts';
export type { UnitLink } from './styled.ts';
export { terminalFor, parseColumns } from './terminal-env.ts';
export type { Streams } from './terminal-env.ts';
export { PLAIN_TERMINAL, isPlainTerminal } from './terminal.ts';
export type { Terminal, ColorMode } from './terminal.ts';
export { formatLogLine, logLevelOf } from './log-line.ts';
export type { LogLevel } from './log-line.ts';
