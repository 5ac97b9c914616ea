/**
 * The text output of `systemd-analyze security` when stdout is not a terminal (spec §7.1): a table
 * of mark, NAME, DESCRIPTION and EXPOSURE, an empty line and the summary line.
 */
import { assessorTable } from '../assess/table-info.ts';
import type { Report, Row } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { sortRows } from './sort.ts';
import { cellsFor, spaces, type Cell } from './cells.ts';

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

/** {@link formatExposure} of 0–100 tenths, the only exposures a table without a policy holds. */
const EXPOSURE_TEXTS: readonly string[] = Array.from({ length: 101 }, (_, t) => formatExposure(t));

function exposureText(tenths: number | null): string {
  return tenths === null ? '' : EXPOSURE_TEXTS[tenths] ?? formatExposure(tenths);
}

/** The usual EXPOSURE column width: that of its header. */
const EXPOSURE_HEADER_WIDTH = 8;

/** {@link exposureCell} of 0–100 tenths in a column of the usual width. */
const EXPOSURE_CELLS: readonly string[] = EXPOSURE_TEXTS.map((t) => `${spaces(EXPOSURE_HEADER_WIDTH - t.length)}${t}\n`);

/** The last column, right-aligned, and the line's end; an empty exposure leaves no blanks. */
function exposureCell(tenths: number | null, width: number): string {
  if (tenths === null) return '\n';
  if (width === EXPOSURE_HEADER_WIDTH) {
    const usual = EXPOSURE_CELLS[tenths];
    if (usual !== undefined) return usual;
  }
  const text = exposureText(tenths);
  return `${spaces(width - text.length)}${text}\n`;
}

/**
 * A one-line row: mark, NAME, DESCRIPTION and EXPOSURE cells padded to their columns (`widths`),
 * reused from the NAME cell's `PrintedLine` (cells.ts) when nothing it was made from has changed.
 */
function printedLine(name: Cell, mark: Cell, description: Cell, exposure: number | null, widths: readonly [number, number, number, number]): string {
  const last = name.line;
  if (last !== undefined && last.mark === mark && last.description === description && last.exposure === exposure
    && last.widths[0] === widths[0] && last.widths[1] === widths[1] && last.widths[2] === widths[2] && last.widths[3] === widths[3]) {
    return last.text;
  }
  const text = mark.paddedTo(widths[0]) + name.paddedTo(widths[1]) + description.paddedTo(widths[2]) + exposureCell(exposure, widths[3]);
  name.line = { mark, description, exposure, widths, text };
  return text;
}

/**
 * Per version, the NAME and DESCRIPTION cells last printed at each table position (slots
 * `2 × index` and `2 × index + 1`): the same rows mostly print the same strings, and checking a
 * cell's text costs less than the cell cache's hash look-up.
 */
const lastCells = new Map<string, (Cell | undefined)[]>();

function cellIn(slots: (Cell | undefined)[], slot: number, text: string, cellOf: (text: string) => Cell): Cell {
  const last = slots[slot];
  return last !== undefined && last.text === text ? last : (slots[slot] = cellOf(text));
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
  const cellOf = cellsFor(report.version);
  let slots = lastCells.get(report.version);
  if (slots === undefined) lastCells.set(report.version, (slots = []));
  const marks = { none: cellOf(''), good: cellOf(glyphs.good), bad: cellOf(glyphs.bad) };
  const markOf = (row: Row): Cell => (row.set === null ? marks.none : row.set ? marks.good : marks.bad);
  const names = new Array<Cell>(rows.length);
  const descriptions = new Array<Cell | null>(rows.length); // null: several lines, measured apiece

  let markWidth = 1;
  let nameWidth = 4; // 'NAME'
  let descriptionWidth = 11; // 'DESCRIPTION'
  let exposureWidth = EXPOSURE_HEADER_WIDTH;
  let multiline = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    markWidth = Math.max(markWidth, markOf(row).cells);
    const name = (names[i] = cellIn(slots, 2 * row.index, row.name, cellOf));
    nameWidth = Math.max(nameWidth, name.cells);
    const description = cellIn(slots, 2 * row.index + 1, row.description ?? '', cellOf);
    if (description.multiline) {
      multiline = true;
      descriptions[i] = null;
      for (const piece of cellLines(description.text)) descriptionWidth = Math.max(descriptionWidth, cellOf(piece).cells);
    } else {
      descriptions[i] = description;
      descriptionWidth = Math.max(descriptionWidth, description.cells);
    }
    exposureWidth = Math.max(exposureWidth, exposureText(row.exposure).length);
  }

  const widths = [markWidth, nameWidth, descriptionWidth, exposureWidth] as const;
  let out = cellOf(' ').paddedTo(markWidth) + cellOf('NAME').paddedTo(nameWidth) + cellOf('DESCRIPTION').paddedTo(descriptionWidth) +
    `${spaces(exposureWidth - EXPOSURE_HEADER_WIDTH)}EXPOSURE\n`;
  const urlMap = multiline ? urls ?? urlsOf(report) : undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const name = names[i] as Cell;
    const mark = markOf(row);
    const single = descriptions[i];
    if (single !== null && single !== undefined) {
      out += printedLine(name, mark, single, row.exposure, widths);
      continue;
    }
    const start = mark.paddedTo(markWidth) + name.paddedTo(nameWidth);
    const pieces = cellLines(row.description ?? '');
    out += start + cellOf(pieces[0] as string).paddedTo(descriptionWidth) + exposureCell(row.exposure, exposureWidth);
    // Continuation lines: the man-page URL (zero cells wide to systemd) before the NAME column's full padding.
    const continuation = `${marks.none.paddedTo(markWidth)}${urlMap?.get(row.id) ?? ''}${spaces(nameWidth)} `;
    for (let k = 1; k < pieces.length; k++) out += continuation + cellOf(pieces[k] as string).paddedTo(descriptionWidth) + exposureCell(null, exposureWidth);
  }
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return `${out}\n${glyphs.arrow} Overall exposure level for ${report.unitId}: ${formatExposure(report.exposure)} ${report.rating.label} ${face}\n`;
}
