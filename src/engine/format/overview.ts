/**
 * The overview table live `systemd-analyze security` prints after the reports when it was given
 * several units (never offline): one line per unit it could analyse, in the order given, with
 * columns UNIT, EXPOSURE (right-aligned), PREDICATE and HAPPY; as JSON with `--json=`.
 */
import type { Report, SystemdVersion } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { jsonString } from './json.ts';
import { formatExposure } from './text.ts';
import { cellWidth } from './width.ts';

/** One overview line's cells, in column order. */
function cells(report: Report, glyphs: Glyphs): readonly [string, string, string, string] {
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return [report.unitId, formatExposure(report.exposure), report.rating.label, face];
}

const HEADER = ['UNIT', 'EXPOSURE', 'PREDICATE', 'HAPPY'] as const;
const KEYS = ['unit', 'exposure', 'predicate', 'happy'] as const;

/**
 * The overview of `reports` (the units that were analysed, in order), ending in `\n`. An empty list
 * still prints the header (text) or `[]` (JSON). The last column is not padded; EXPOSURE is
 * right-aligned; cells are one space apart, sized by their display width (emoji take two cells).
 */
export function formatOverview(reports: readonly Report[], glyphs: Glyphs, json: 'off' | 'short' | 'pretty', version: SystemdVersion): string {
  const lines = reports.map((r) => cells(r, glyphs));
  if (json !== 'off') {
    if (lines.length === 0) return '[]\n';
    if (json === 'short') return `[${lines.map((l) => `{${l.map((c, i) => `"${KEYS[i]}":${jsonString(c)}`).join(',')}}`).join(',')}]\n`;
    return `[\n${lines.map((l) => `\t{\n${l.map((c, i) => `\t\t"${KEYS[i]}" : ${jsonString(c)}`).join(',\n')}\n\t}`).join(',\n')}\n]\n`;
  }
  const table = [HEADER as readonly string[], ...lines];
  const widths = HEADER.map((_, col) => Math.max(...table.map((l) => cellWidth(l[col] as string, version))));
  const pad = (s: string, col: number): string => ' '.repeat((widths[col] as number) - cellWidth(s, version));
  return table.map((l) => l.map((c, col) => {
    if (col === 1) return pad(c, col) + c;
    return col === l.length - 1 ? c : c + pad(c, col);
  }).join(' ')).join('\n') + '\n';
}
