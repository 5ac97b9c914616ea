/**
 * The text output of `systemd-analyze security` when stdout is not a terminal (spec §7.1): a table
 * of mark, NAME, DESCRIPTION and EXPOSURE, an empty line and the summary line.
 */
import { assessorTable } from '../assess/table-info.ts';
import type { Report, Row } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { sortRows } from './sort.ts';
import { cellWidth, paddingWidth } from './width.ts';

/**
 * An exposure in tenths as systemd prints it: `96` → `9.6`, `100` → `10.0`, `0` → `0.0`.
 * Expects a non-negative integer.
 */
export function formatExposure(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** The lines systemd's table splits a cell into: at every `\n`, with one final empty piece dropped. */
function cellLines(s: string): string[] {
  if (!s.includes('\n')) return [s];
  const lines = s.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Widths of strings seen before, per version: names and most descriptions recur in every report. */
const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 4096;

function cachedWidth(s: string, version: Report['version']): number {
  const key = `${version}\u0000${s}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    w = cellWidth(s, version);
    if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
    widthCache.set(key, w);
  }
  return w;
}

/** The man-page link of each row id, which systemd prints on a row's continuation lines. */
function urlsOf(report: Report): ReadonlyMap<string, string> {
  return new Map(assessorTable(report.version).map((a) => [a.id, a.url]));
}

/**
 * The full stdout of a text run, byte for byte: header, the rows in printed order (see
 * `sortRows()`), an empty line, and `→ Overall exposure level for ID: X.Y LABEL FACE`, each line
 * ending in `\n`.
 *
 * Every column is as wide as its widest cell, header included, counted in terminal cells as
 * `report.version` counts them (see `cellWidth()`; padding per `paddingWidth()`); columns are
 * separated by one space. Cells are left-aligned except EXPOSURE, which is right-aligned. Only the last column loses its trailing
 * whitespace, so a row without an exposure ends with its padded description and the separator
 * space. A `null` description is an empty cell. `glyphs` chooses ✓/✗/→ or `+`/`-`/`->`, and the
 * emoji or ASCII face of `report.rating`.
 *
 * A description with line breaks (only possible through a `--security-policy=` text) spans several
 * lines, split as `cellLines()` does; the DESCRIPTION column is as wide as the widest line. Each
 * continuation line has an empty mark and exposure, and in the NAME column the row's man-page URL
 * (`urls`, by row id; by default the assessor table's), which systemd counts as zero cells wide,
 * followed by the column's full padding.
 */
export function formatText(report: Report, glyphs: Glyphs, urls?: ReadonlyMap<string, string>): string {
  const rows = sortRows(report.rows, report.version);
  const version = report.version;
  const measure = (s: string): number => cachedWidth(s, version);
  const padding = (s: string, width: number): string => {
    const w = measure(s);
    if (w >= width) return '';
    // Only a TAB makes padding width differ from cell width; skip the second count otherwise.
    return ' '.repeat(width - (s.includes('\t') ? paddingWidth(s, report.version) : w));
  };
  const padEnd = (s: string, width: number): string => s + padding(s, width);
  const padStart = (s: string, width: number): string => padding(s, width) + s;

  const table = rows.map((row: Row) => ({
    id: row.id,
    mark: row.set === null ? '' : row.set ? glyphs.good : glyphs.bad,
    name: row.name,
    description: cellLines(row.description ?? ''),
    exposure: row.exposure === null ? '' : formatExposure(row.exposure),
  }));
  const markWidth = Math.max(1, ...table.map((r) => measure(r.mark)));
  const nameWidth = Math.max(measure('NAME'), ...table.map((r) => measure(r.name)));
  const descriptionWidth = Math.max(measure('DESCRIPTION'), ...table.flatMap((r) => r.description.map(measure)));
  const exposureWidth = Math.max(measure('EXPOSURE'), ...table.map((r) => measure(r.exposure)));
  // The last column loses its trailing blanks: an empty exposure leaves just the separator.
  const line = (mark: string, name: string, description: string, exposure: string): string =>
    `${padEnd(mark, markWidth)} ${name} ${padEnd(description, descriptionWidth)} ` +
    `${exposure === '' ? '' : padStart(exposure, exposureWidth)}\n`;

  let out = line(' ', padEnd('NAME', nameWidth), 'DESCRIPTION', 'EXPOSURE');
  let urlMap = urls;
  for (const r of table) {
    out += line(r.mark, padEnd(r.name, nameWidth), r.description[0] as string, r.exposure);
    if (r.description.length > 1) urlMap ??= urlsOf(report);
    for (const more of r.description.slice(1)) {
      out += line('', (urlMap?.get(r.id) ?? '') + ' '.repeat(nameWidth), more, '');
    }
  }
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return `${out}\n${glyphs.arrow} Overall exposure level for ${report.unitId}: ${formatExposure(report.exposure)} ${report.rating.label} ${face}\n`;
}
