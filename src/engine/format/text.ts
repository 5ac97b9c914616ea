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

const ASCII_SHORT = /^[\x20-\x7e]*$/;

const SPACES = ' '.repeat(256);

/** `n` spaces (a slice of a shared run for the usual widths). */
function spaces(n: number): string {
  return n <= 0 ? '' : n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/** Widths of strings seen before, per version: names and most descriptions recur in every report. */
const widthCaches = new Map<Report['version'], Map<string, number>>();
const WIDTH_CACHE_LIMIT = 4096;

function cachedWidth(s: string, version: Report['version']): number {
  // One map per version keyed by the string itself: the table's strings are the same objects in
  // every report, so their hashes are computed once.
  let cache = widthCaches.get(version);
  if (cache === undefined) widthCaches.set(version, (cache = new Map<string, number>()));
  let w = cache.get(s);
  if (w === undefined) {
    w = cellWidth(s, version);
    if (cache.size >= WIDTH_CACHE_LIMIT) cache.clear();
    cache.set(s, w);
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
  // Marks and exposures are short ASCII or one glyph; only names and descriptions need measuring.
  const measure = (s: string): number => (s.length <= 4 && ASCII_SHORT.test(s) ? s.length : cachedWidth(s, version));
  const padding = (s: string, w: number, width: number): string =>
    // Only a TAB makes padding width differ from cell width (systemd pads by the other count).
    w >= width ? '' : spaces(width - (s.includes('\t') ? paddingWidth(s, version) : w));

  const table = rows.map((row: Row) => {
    const description = cellLines(row.description ?? '');
    return {
      id: row.id,
      mark: row.set === null ? '' : row.set ? glyphs.good : glyphs.bad,
      name: row.name,
      nameWidth: measure(row.name),
      description,
      descriptionWidths: description.map(measure),
      exposure: row.exposure === null ? '' : formatExposure(row.exposure),
    };
  });
  let markWidth = 1;
  let nameWidth = 4; // 'NAME'
  let descriptionWidth = 11; // 'DESCRIPTION'
  let exposureWidth = 8; // 'EXPOSURE'
  for (const r of table) {
    markWidth = Math.max(markWidth, measure(r.mark));
    nameWidth = Math.max(nameWidth, r.nameWidth);
    for (const w of r.descriptionWidths) descriptionWidth = Math.max(descriptionWidth, w);
    exposureWidth = Math.max(exposureWidth, r.exposure.length);
  }
  // The last column loses its trailing blanks: an empty exposure leaves just the separator.
  const line = (mark: string, name: string, description: string, descriptionCells: number, exposure: string): string =>
    `${mark}${padding(mark, measure(mark), markWidth)} ${name} ${description}${padding(description, descriptionCells, descriptionWidth)} ` +
    `${exposure === '' ? '' : spaces(exposureWidth - exposure.length) + exposure}\n`;

  let out = line(' ', `NAME${spaces(nameWidth - 4)}`, 'DESCRIPTION', 11, 'EXPOSURE');
  let urlMap = urls;
  for (const r of table) {
    out += line(r.mark, r.name + padding(r.name, r.nameWidth, nameWidth), r.description[0] as string, r.descriptionWidths[0] as number, r.exposure);
    if (r.description.length > 1) urlMap ??= urlsOf(report);
    for (let k = 1; k < r.description.length; k++) {
      out += line('', (urlMap?.get(r.id) ?? '') + spaces(nameWidth), r.description[k] as string, r.descriptionWidths[k] as number, '');
    }
  }
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return `${out}\n${glyphs.arrow} Overall exposure level for ${report.unitId}: ${formatExposure(report.exposure)} ${report.rating.label} ${face}\n`;
}
