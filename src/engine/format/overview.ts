/**
 * The overview table live `systemd-analyze security` prints after the reports when it was given
 * several units (never offline): one line per unit it could analyse, in the order given, with
 * columns UNIT, EXPOSURE (right-aligned), PREDICATE and HAPPY; as JSON with `--json=`.
 */
import type { Report, SystemdVersion } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { jsonString } from './json.ts';
import { formatStyledOverview } from './styled.ts';
import { PLAIN_TERMINAL } from './terminal.ts';
import { formatExposure } from './text.ts';

/** One overview line's cells, in column order. */
function cells(report: Report, glyphs: Glyphs): readonly [string, string, string, string] {
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return [report.unitId, formatExposure(report.exposure), report.rating.label, face];
}

const KEYS = ['unit', 'exposure', 'predicate', 'happy'] as const;

/**
 * The overview of `reports` (the units that were analysed, in order), ending in `\n`. An empty list
 * still prints the header (text) or `[]` (JSON). The last column is not padded (but in 245);
 * EXPOSURE is right-aligned; cells are one space apart, sized by their display width (emoji take
 * two cells). For a terminal see `formatStyledOverview()`.
 */
export function formatOverview(reports: readonly Report[], glyphs: Glyphs, json: 'off' | 'short' | 'pretty', version: SystemdVersion): string {
  const lines = reports.map((r) => cells(r, glyphs));
  if (json !== 'off') {
    if (lines.length === 0) return '[]\n';
    if (json === 'short') return `[${lines.map((l) => `{${l.map((c, i) => `"${KEYS[i]}":${jsonString(c)}`).join(',')}}`).join(',')}]\n`;
    return `[\n${lines.map((l) => `\t{\n${l.map((c, i) => `\t\t"${KEYS[i]}" : ${jsonString(c)}`).join(',\n')}\n\t}`).join(',\n')}\n]\n`;
  }
  // The table itself is table_print()'s, as at a terminal (245 pads even the last column).
  return formatStyledOverview(reports, [], glyphs, PLAIN_TERMINAL, version);
}
