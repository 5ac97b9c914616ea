/**
 * The engine's public face. Everything outside `src/engine/` imports from here and nowhere else.
 *
 * Planned exports (landing with the engine):
 *   analyze(files, options)            → Analysis (Report | Refusal)
 *   sortRows(report)                   → rows in the order systemd prints them
 *   formatText(report, glyphs)         → the CLI's table + summary line, byte for byte
 *   formatJson(report, 'short'|'pretty')
 *   formatDiagnostic(diagnostic, dir)  → one stderr line in systemd's wording
 *   VERSIONS, DEFAULT_VERSION, isSystemdVersion
 *   assessorTable(version)             → the assessor records (id, name, weight, range, strings, url)
 *   directiveCatalogue(version)        → Map<section, Map<key, type>> from systemd's own dump
 *   parsePolicy(text)                  → SecurityPolicy | Diagnostic
 */
export type * from './types.ts';
export { splitSystemctlCat } from './unit/systemctl-cat.ts';
