/**
 * The text output of `systemd-analyze security` when stdout is not a terminal (spec §7.1): a table
 * of mark, NAME, DESCRIPTION and EXPOSURE, an empty line and the summary line.
 */
import { rowLinksFor } from './row-links.ts';
import type { Report, Row, SystemdVersion } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { RANKS, sortKey, sortRows } from './sort.ts';
import { keysFor, orderByKeys } from './ranked-order.ts';
import { profileFor } from '../versions/profile.ts';
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

/**
 * The last column, right-aligned, and the line's end; an empty exposure leaves no blanks unless
 * `padEmpty` (245, see the profile's `emptyExposurePadded`) pads it to the column width.
 */
function exposureCell(tenths: number | null, width: number, padEmpty = false): string {
  if (tenths === null) return padEmpty ? `${spaces(width)}\n` : '\n';
  if (width === EXPOSURE_HEADER_WIDTH) {
    const usual = EXPOSURE_CELLS[tenths];
    if (usual !== undefined) return usual;
  }
  const text = exposureText(tenths);
  return `${spaces(width - text.length)}${text}\n`;
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
 * (`urls`, by row id; by default `rowLinksFor()`'s; none for a row without), which systemd counts as zero cells wide,
 * followed by the column's full padding.
 */
export function formatText(report: Report, glyphs: Glyphs, urls?: ReadonlyMap<string, string | null>): string {
  const { cellOf, marks, ranked } = tableOf(report, glyphs);
  let table: string;
  if (ranked === null) table = measuredTable(report, cellOf, marks, urls);
  else {
    // Concatenated, never joined: a join copies every character, a concatenation only links the lines.
    table = ranked.layout.header;
    for (let k = 0; k < report.rows.length; k++) table += rankedLine(ranked, report.rows, k, marks);
  }
  return `${table}\n${summaryLine(report, glyphs)}`;
}

/** The cells of `report`'s version, its marks in `glyphs`, and its {@link rankedTable} (null when that declines it). */
function tableOf(report: Report, glyphs: Glyphs): { cellOf: (text: string) => Cell; marks: Marks; ranked: RankedTable | null } {
  const cellOf = cellsFor(report.version);
  const marks: Marks = { none: cellOf(''), good: cellOf(glyphs.good), bad: cellOf(glyphs.bad) };
  return { cellOf, marks, ranked: rankedTable(report.rows, report.version, cellOf, marks) };
}

/** The last line: `→ Overall exposure level for ID: X.Y LABEL FACE` and its `\n`. */
function summaryLine(report: Report, glyphs: Glyphs): string {
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return `${glyphs.arrow} Overall exposure level for ${report.unitId}: ${exposureText(report.exposure)} ${report.rating.label} ${face}\n`;
}

/** The mark cells: N/A rows, rows with badness 0, other rows. */
interface Marks {
  readonly none: Cell;
  readonly good: Cell;
  readonly bad: Cell;
}

function markOf(row: Row, marks: Marks): Cell {
  return row.set === null ? marks.none : row.set ? marks.good : marks.bad;
}

/** Header line of a table with the column `widths`. */
function headerLine(cellOf: (text: string) => Cell, widths: readonly [number, number, number, number]): string {
  return cellOf(' ').paddedTo(widths[0]) + cellOf('NAME').paddedTo(widths[1]) + cellOf('DESCRIPTION').paddedTo(widths[2]) +
    `${spaces(widths[3] - EXPOSURE_HEADER_WIDTH)}EXPOSURE\n`;
}

/** The four column widths of a table, mark to exposure. */
type Widths = readonly [number, number, number, number];

/**
 * What one table position (a row's place in `Report.rows`) printed last in a {@link rankedTable}:
 * its strings' cells and sort ranks, and its line with what the line was made from. One check of a
 * position's two strings gives all that the sort and the line need, where ranking the rows
 * (sortRows) and finding their cells apart would do that work twice on every keystroke.
 */
class Position {
  name: Cell;
  /** As in the row: null stays null, as it sorts apart from `''`. */
  description: string | null;
  descriptionCell: Cell;
  nameRank = -1;
  /** null for a null description; -1 when unknown to {@link RANKS}. */
  descriptionRank: number | null = -1;
  /** The `RANKS.epoch` the ranks were read in; -1 for none. */
  epoch = -1;
  /**
   * The lines it made last: {@link LINES_PER_LAYOUT} per layout, from `layout.slot *
   * LINES_PER_LAYOUT`, the one given last first. Units alternate between a few sets of widths (a long
   * user name widens DESCRIPTION) and each row between a few marks and exposures; a line that reads
   * as one before is the same string object, so a host writing many reports (the CLI) encodes each once.
   */
  lines: (PositionLine | undefined)[] = [];

  constructor(name: Cell, description: string | null, descriptionCell: Cell) {
    this.name = name;
    this.description = description;
    this.descriptionCell = descriptionCell;
  }

  /** Its row's line for `mark` and `exposure` in `layout`: one made before when there is one. */
  lineFor(mark: Cell, exposure: number | null, layout: Layout): string {
    const widths = layout.widths;
    const lines = this.lines;
    const first = layout.slot * LINES_PER_LAYOUT;
    const end = first + LINES_PER_LAYOUT;
    for (let j = first; j < end; j++) {
      const known = lines[j];
      if (known === undefined) break;
      // The widths tell this layout's lines from those of an earlier layout in the same slot.
      if (known.widths === widths && known.mark === mark && known.exposure === exposure && known.description === this.descriptionCell) {
        if (j !== first) {
          lines[j] = lines[first];
          lines[first] = known;
        }
        return known.line;
      }
    }
    const line = mark.paddedTo(widths[0]) + this.name.paddedTo(widths[1]) + this.descriptionCell.paddedTo(widths[2]) + exposureCell(exposure, widths[3]);
    // First in its layout's place; the last one there is given up.
    for (let j = end - 1; j > first; j--) lines[j] = lines[j - 1];
    lines[first] = { widths, mark, exposure, description: this.descriptionCell, line };
    return line;
  }
}

/** A line of a {@link Position} and what it was made from. */
interface PositionLine {
  readonly widths: Widths;
  readonly mark: Cell;
  readonly exposure: number | null;
  readonly description: Cell;
  readonly line: string;
}

/** Lines a {@link Position} keeps per layout. */
const LINES_PER_LAYOUT = 4;

/** Per version, the {@link Position}s of ranked tables. */
const positionsByVersion = new Map<string, Position[]>();

/**
 * A set of column widths met in a ranked table, and its header: one object per set, so that lines
 * compare widths by identity. `slot` is its place among its version's layouts (0 … {@link LAYOUT_SLOTS} - 1).
 */
interface Layout {
  readonly widths: Widths;
  readonly header: string;
  readonly slot: number;
}

/** Layouts kept per version; past it a new one takes the slot of the oldest. */
const LAYOUT_SLOTS = 16;

/** Per version, the layouts met (by slot), the last one used, and the slot the next new one takes. */
const layoutsByVersion = new Map<string, { readonly slots: Layout[]; last: Layout | null; next: number }>();

/** True when `widths` are these four, mark to exposure. */
function isWidths(widths: Widths, mark: number, name: number, description: number, exposure: number): boolean {
  return widths[0] === mark && widths[1] === name && widths[2] === description && widths[3] === exposure;
}

/**
 * The layout of a ranked table of `version` with these column widths: the last one used when it
 * fits (as it mostly does), else one met before, else a new one in the next slot.
 */
function layoutFor(version: SystemdVersion, cellOf: (text: string) => Cell, mark: number, name: number, description: number, exposure: number): Layout {
  let known = layoutsByVersion.get(version);
  if (known === undefined) layoutsByVersion.set(version, (known = { slots: [], last: null, next: 0 }));
  if (known.last !== null && isWidths(known.last.widths, mark, name, description, exposure)) return known.last;
  let layout = known.slots.find((l) => isWidths(l.widths, mark, name, description, exposure));
  if (layout === undefined) {
    const widths = [mark, name, description, exposure] as const;
    const slot = known.next;
    known.next = (slot + 1) % LAYOUT_SLOTS;
    known.slots[slot] = layout = { widths, header: headerLine(cellOf, widths), slot };
  }
  return (known.last = layout);
}

/**
 * A table whose rows sort by their strings' ranks, ready to print: its header, and its rows' table
 * positions in printed order (valid until the next {@link rankedTable}; see `orderByKeys()`).
 */
interface RankedTable {
  readonly layout: Layout;
  readonly order: Int32Array;
  readonly positions: readonly Position[];
}

/** Line `k` (from 0, below the header) of `table`, made of `rows`. */
function rankedLine(table: RankedTable, rows: readonly Row[], k: number, marks: Marks): string {
  const p = table.order[k] as number;
  const row = rows[p] as Row;
  return (table.positions[p] as Position).lineFor(markOf(row, marks), row.exposure, table.layout);
}

/**
 * The table of `rows` when they sort by their strings' ranks (see `sortKey()`) and each fits on one
 * line, or null for any other table (then see {@link measuredTable}).
 */
function rankedTable(rows: readonly Row[], version: SystemdVersion, cellOf: (text: string) => Cell, marks: Marks): RankedTable | null {
  const profile = profileFor(version);
  // Tables ordered by weight (before 250) and padded last cells (245) take the general path.
  if (profile.rowOrder !== 'description' || profile.emptyExposurePadded) return null;
  const emptyFirst = profile.emptyDescriptionSortsFirst;
  let positions = positionsByVersion.get(version);
  if (positions === undefined) positionsByVersion.set(version, (positions = []));
  const n = rows.length;
  const keys = keysFor(n);
  const epoch = RANKS.epoch;
  let markWidth = 1;
  let nameWidth = 4; // 'NAME'
  let descriptionWidth = 11; // 'DESCRIPTION'
  let exposureWidth = EXPOSURE_HEADER_WIDTH;
  let unranked = false;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Row;
    // Below 262, a null description makes the comparator partial: only sortRows' merge sort orders it.
    if (row.description === null && !emptyFirst) return null;
    let at = positions[i];
    if (at === undefined) positions[i] = at = new Position(cellOf(row.name), row.description, cellOf(row.description ?? ''));
    else {
      if (at.name.text !== row.name) {
        at.name = cellOf(row.name);
        at.epoch = -1;
        at.lines.length = 0;
      }
      if (at.description !== row.description) {
        at.description = row.description;
        at.descriptionCell = cellOf(row.description ?? '');
        at.epoch = -1;
      }
    }
    if (at.descriptionCell.multiline) return null;
    if (at.epoch !== epoch) {
      at.nameRank = RANKS.rankOf(row.name);
      at.descriptionRank = row.description === null ? null : RANKS.rankOf(row.description);
      at.epoch = at.nameRank < 0 || at.descriptionRank === -1 ? -1 : epoch;
      unranked ||= at.epoch === -1;
    }
    keys[i] = sortKey(at.descriptionRank, at.nameRank);
    markWidth = Math.max(markWidth, markOf(row, marks).cells);
    nameWidth = Math.max(nameWidth, at.name.cells);
    descriptionWidth = Math.max(descriptionWidth, at.descriptionCell.cells);
    exposureWidth = Math.max(exposureWidth, exposureText(row.exposure).length);
  }
  if (unranked) {
    // New strings: rank them all, then read every position's ranks again (learning renumbers).
    if (!RANKS.learn(rows.flatMap((r) => [r.description, r.name]))) return null;
    for (let i = 0; i < n; i++) {
      const at = positions[i] as Position;
      at.nameRank = RANKS.rankOf(at.name.text);
      at.descriptionRank = at.description === null ? null : RANKS.rankOf(at.description);
      at.epoch = RANKS.epoch;
      keys[i] = sortKey(at.descriptionRank, at.nameRank);
    }
  }
  return { layout: layoutFor(version, cellOf, markWidth, nameWidth, descriptionWidth, exposureWidth), order: orderByKeys(n), positions };
}

/**
 * Header and row lines of any table, measured by a first pass over the rows in printed order: the
 * tables {@link rankedTable} declines (a multi-line description from a policy, a null description
 * below 262, the versions before 250), rare enough that nothing here is remembered between reports but the cells.
 */
function measuredTable(report: Report, cellOf: (text: string) => Cell, marks: Marks, urls: ReadonlyMap<string, string | null> | undefined): string {
  const rows = sortRows(report.rows, report.version);
  const padEmpty = profileFor(report.version).emptyExposurePadded;
  let markWidth = 1;
  let nameWidth = 4; // 'NAME'
  let descriptionWidth = 11; // 'DESCRIPTION'
  let exposureWidth = EXPOSURE_HEADER_WIDTH;
  let multiline = false;
  for (const row of rows) {
    markWidth = Math.max(markWidth, markOf(row, marks).cells);
    nameWidth = Math.max(nameWidth, cellOf(row.name).cells);
    const pieces = cellLines(row.description ?? '');
    for (const piece of pieces) descriptionWidth = Math.max(descriptionWidth, cellOf(piece).cells);
    multiline ||= pieces.length > 1;
    exposureWidth = Math.max(exposureWidth, exposureText(row.exposure).length);
  }

  const widths = [markWidth, nameWidth, descriptionWidth, exposureWidth] as const;
  let out = headerLine(cellOf, widths);
  const urlMap = multiline ? urls ?? rowLinksFor(report.version) : undefined;
  for (const row of rows) {
    const pieces = cellLines(row.description ?? '');
    out += markOf(row, marks).paddedTo(markWidth) + cellOf(row.name).paddedTo(nameWidth) + cellOf(pieces[0] as string).paddedTo(descriptionWidth) + exposureCell(row.exposure, exposureWidth, padEmpty);
    // Continuation lines: the man-page URL (zero cells wide to systemd) before the NAME column's full padding.
    for (let k = 1; k < pieces.length; k++) {
      out += `${marks.none.paddedTo(markWidth)}${urlMap?.get(row.id) ?? ''}${spaces(nameWidth)} ` + cellOf(pieces[k] as string).paddedTo(descriptionWidth) + exposureCell(null, exposureWidth, padEmpty);
    }
  }
  return out;
}

/**
 * {@link formatText} as lines, each with its `\n`: `formatTextLines(r, g).join('') === formatText(r, g)`.
 * A table line that reads as one of an earlier report is mostly the same string object (see
 * `Position.lines`), so a host that writes many reports (the CLI) can encode each distinct line once
 * and find it again by identity, without reading its characters.
 */
export function formatTextLines(report: Report, glyphs: Glyphs, urls?: ReadonlyMap<string, string | null>): string[] {
  const { marks, ranked } = tableOf(report, glyphs);
  if (ranked === null) return splitLines(formatText(report, glyphs, urls));
  const n = report.rows.length;
  // Made at its full length: grown line by line it would be copied four times.
  const lines = new Array<string>(n + 3);
  lines[0] = ranked.layout.header;
  for (let k = 0; k < n; k++) lines[k + 1] = rankedLine(ranked, report.rows, k, marks);
  lines[n + 1] = '\n';
  lines[n + 2] = summaryLine(report, glyphs);
  return lines;
}

/** `text` cut after each `\n`. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    lines.push(text.slice(start, end));
    start = end;
  }
  return lines;
}
