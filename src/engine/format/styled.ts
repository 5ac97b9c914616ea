/**
 * The text output and the overview for a terminal (colours, underlined headers, OSC-8 links,
 * width fitting; see terminal.ts), as `systemd-analyze security` builds its tables in
 * analyze-security.c and prints them with `table_print()` (table-print.ts). For a file or pipe
 * without colours `formatText()` and `formatOverview()` give the same bytes faster; these take any
 * {@link Terminal}.
 */
import type { Report, Row, SystemdVersion } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { paletteFor, type Palette } from './palette.ts';
import { rowLinksFor } from './row-links.ts';
import { sortRows } from './sort.ts';
import { printTable, urlify, type PrintContext, type TableCell } from './table-print.ts';
import type { Terminal } from './terminal.ts';
import { formatExposure } from './text.ts';
import { profileFor } from '../versions/profile.ts';

/** Where the analyzed unit's file is, for the `file://` links of the summary line and the overview. */
export interface UnitLink {
  /** `file://HOST/PATH` of the unit's file (the fragment the manager or the offline loader read). */
  readonly fileUrl: string;
}

function contextFor(version: SystemdVersion, terminal: Terminal): PrintContext {
  return { terminal, palette: paletteFor(profileFor(version).ansiPalette, terminal.colors, terminal.underline), version };
}

/** The mark cell: empty (grey) for N/A rows, else ✓ in green or ✗ in red, one cell wide, never cut. */
function markCell(row: Row, glyphs: Glyphs, palette: Palette, version: SystemdVersion): TableCell {
  if (row.set === null) return profileFor(version).naMarkBlank ? { text: ' ', minWidth: 1, maxWidth: 1, ellipsize: 0 } : { text: '', empty: true };
  return { text: row.set ? glyphs.good : glyphs.bad, color: row.set ? palette.good : palette.bad, minWidth: 1, maxWidth: 1, ellipsize: 0 };
}

/** A rating's colour in the summary line and the overview (none for MEDIUM). */
function ratingColor(report: Report, palette: Palette): string {
  return palette.ratings[report.rating.label] ?? '';
}

/**
 * The full stdout of a text run for `terminal`, byte for byte: the table (sorted as `sortRows()`
 * does; NAME cells link to the setting's man page), an empty line and the summary line, whose unit
 * links to `link.fileUrl` and whose rating is coloured.
 */
export function formatStyledText(report: Report, glyphs: Glyphs, terminal: Terminal, link: UnitLink): string {
  const ctx = contextFor(report.version, terminal);
  const { palette } = ctx;
  const urls = rowLinksFor(report.version);
  const rows = sortRows(report.rows, report.version).map((row): TableCell[] => [
    markCell(row, glyphs, palette, report.version),
    { text: row.name, url: urls.get(row.id) ?? null },
    row.description === null ? { text: '', empty: true } : { text: row.description },
    row.exposure === null ? { text: '', empty: true, align: 100 } : { text: formatExposure(row.exposure), align: 100 },
  ]);
  const table = printTable({ header: [' ', 'NAME', 'DESCRIPTION', 'EXPOSURE'], rows }, ctx);
  const colors = terminal.colors !== 'off';
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  const on = colors ? palette.highlight : '';
  const off = colors ? palette.normal : '';
  const rating = colors ? ratingColor(report, palette) : '';
  return `${table}\n${glyphs.arrow} ${on}Overall exposure level for ${urlify(link.fileUrl, report.unitId, ctx)}${off}: ${rating}${formatExposure(report.exposure)} ${report.rating.label}${off} ${face}\n`;
}

/**
 * The overview of live runs of several units for `terminal` (see `formatOverview()`): UNIT (linked
 * to the unit's file), EXPOSURE (right-aligned), PREDICATE (coloured as the rating) and HAPPY.
 * `links` holds one entry per report, in the same order.
 */
export function formatStyledOverview(reports: readonly Report[], links: readonly UnitLink[], glyphs: Glyphs, terminal: Terminal, version: SystemdVersion): string {
  const ctx = contextFor(version, terminal);
  const rows = reports.map((r, i): TableCell[] => [
    { text: r.unitId, url: links[i]?.fileUrl ?? null },
    { text: formatExposure(r.exposure), align: 100 },
    { text: r.rating.label, color: ratingColor(r, ctx.palette) },
    { text: glyphs.emoji ? r.rating.emoji : r.rating.ascii },
  ]);
  return printTable({ header: ['UNIT', 'EXPOSURE', 'PREDICATE', 'HAPPY'], rows }, ctx);
}
