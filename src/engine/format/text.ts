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
  const lines = s.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Runs of 0–256 spaces, made once: padding then allocates nothing for the usual widths. */
const SPACE_RUNS: readonly string[] = Array.from({ length: 257 }, (_, n) => ' '.repeat(n));

/** `n` spaces; none for `n` ≤ 0. */
function spaces(n: number): string {
  return n <= 0 ? '' : SPACE_RUNS[n] ?? ' '.repeat(n);
}

/** A cell's width in terminal cells, and the width systemd assumes when padding it (they differ only with a TAB). */
interface CellMeasure {
  readonly cells: number;
  readonly padding: number;
}

/** Measures of strings seen before, per version: names and most descriptions recur in every report. */
const measureCaches = new Map<Report['version'], Map<string, CellMeasure>>();
const MEASURE_CACHE_LIMIT = 4096;

/** The measure of any cell string for `version`, cached by the string itself. */
function measurer(version: Report['version']): (s: string) => CellMeasure {
  let cache = measureCaches.get(version);
  if (cache === undefined) measureCaches.set(version, (cache = new Map<string, CellMeasure>()));
  const known = cache;
  return (s) => {
    let m = known.get(s);
    if (m === undefined) {
      const cells = cellWidth(s, version);
      m = { cells, padding: s.includes('\t') ? paddingWidth(s, version) : cells };
      if (known.size >= MEASURE_CACHE_LIMIT) known.clear();
      known.set(s, m);
    }
    return m;
  };
}

/** {@link formatExposure} of 0–100 tenths, the only exposures a table without a policy holds. */
const EXPOSURE_TEXTS: readonly string[] = Array.from({ length: 101 }, (_, t) => formatExposure(t));

function exposureText(tenths: number | null): string {
  return tenths === null ? '' : EXPOSURE_TEXTS[tenths] ?? formatExposure(tenths);
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
  const measure = measurer(report.version);
  const markOf = (row: Row): string => (row.set === null ? '' : row.set ? glyphs.good : glyphs.bad);
  // Each string is measured once: the width pass keeps what the printing pass needs.
  const marks = { '': measure(''), [glyphs.good]: measure(glyphs.good), [glyphs.bad]: measure(glyphs.bad) };
  const names = new Array<CellMeasure>(rows.length);
  const descriptions = new Array<CellMeasure | null>(rows.length); // null: several lines, measured apiece

  let markWidth = 1;
  let nameWidth = 4; // 'NAME'
  let descriptionWidth = 11; // 'DESCRIPTION'
  let exposureWidth = 8; // 'EXPOSURE'
  let multiline = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    markWidth = Math.max(markWidth, (marks[markOf(row)] as CellMeasure).cells);
    const name = (names[i] = measure(row.name));
    nameWidth = Math.max(nameWidth, name.cells);
    const description = row.description ?? '';
    if (description.includes('\n')) {
      multiline = true;
      descriptions[i] = null;
      for (const piece of cellLines(description)) descriptionWidth = Math.max(descriptionWidth, measure(piece).cells);
    } else {
      const m = (descriptions[i] = measure(description));
      descriptionWidth = Math.max(descriptionWidth, m.cells);
    }
    exposureWidth = Math.max(exposureWidth, exposureText(row.exposure).length);
  }

  /** The blanks after a cell measuring `m` in a column `width` wide; none for a cell as wide or wider. */
  const pad = (m: CellMeasure, width: number): string => (m.cells >= width ? '' : spaces(width - m.padding));
  // The last column loses its trailing blanks: an empty exposure leaves just the separator.
  const line = (mark: string, name: string, description: string, descriptionMeasure: CellMeasure, exposure: string): string =>
    `${mark}${pad(marks[mark] ?? measure(mark), markWidth)} ${name} ${description}${pad(descriptionMeasure, descriptionWidth)} ` +
    `${exposure === '' ? '' : spaces(exposureWidth - exposure.length) + exposure}\n`;

  let out = line(' ', `NAME${pad(measure('NAME'), nameWidth)}`, 'DESCRIPTION', measure('DESCRIPTION'), 'EXPOSURE');
  const urlMap = multiline ? urls ?? urlsOf(report) : undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const name = row.name + pad(names[i] as CellMeasure, nameWidth);
    const single = descriptions[i];
    if (single !== null && single !== undefined) {
      out += line(markOf(row), name, row.description ?? '', single, exposureText(row.exposure));
      continue;
    }
    const pieces = cellLines(row.description ?? '');
    out += line(markOf(row), name, pieces[0] as string, measure(pieces[0] as string), exposureText(row.exposure));
    // Continuation lines: the man-page URL (zero cells wide to systemd) before the NAME column's full padding.
    for (let k = 1; k < pieces.length; k++) {
      out += line('', (urlMap?.get(row.id) ?? '') + spaces(nameWidth), pieces[k] as string, measure(pieces[k] as string), '');
    }
  }
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return `${out}\n${glyphs.arrow} Overall exposure level for ${report.unitId}: ${formatExposure(report.exposure)} ${report.rating.label} ${face}\n`;
}
