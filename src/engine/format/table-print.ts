/**
 * systemd's `table_print()` (src/shared/format-table.c) for the tables `systemd-analyze security`
 * prints, at a terminal: column widths fitted to the terminal's width, cells cut with an ellipsis,
 * aligned, coloured, underlined and linked as each release does it. Written here rather than taken
 * from a table package because every byte must be systemd's (its integer arithmetic when sharing
 * out the width, its escape sequences and their order, which changed in 254 and 256). The plain
 * case (a file or pipe, no colour) stays in text.ts, which is faster and gives the same bytes.
 *
 * The width: each column asks for its widest cell (header included; lines of a multi-line cell
 * apiece), at least its cells' minimum and at most their maximum; the table asks for the sum plus
 * one space between columns. Not at a terminal it gets that. At one it gets at most the terminal's
 * width: columns then receive their minimum plus a share of what is left in proportion to their
 * weights (all equal here), a column that asks for less than its share getting what it asks for,
 * the rest shared again among the others. A cell wider than its column is ellipsized
 * (ellipsize.ts), a narrower one padded (left or right as aligned), and the last column's padding
 * dropped unless the cell is coloured, underlined or linked.
 */
import type { SystemdVersion } from '../types.ts';
import { profileFor, type VersionProfile } from '../versions/profile.ts';
import { ellipsize } from './ellipsize.ts';
import type { Palette } from './palette.ts';
import type { Terminal } from './terminal.ts';
import { cellWidth, paddingWidth } from './width.ts';

/** One cell of a table to print. */
export interface TableCell {
  /** The text; an empty cell (`TABLE_EMPTY`, coloured grey) has `empty` set and text `''`. */
  readonly text: string;
  readonly empty?: boolean;
  /** An explicit colour (SGR sequence), printed only when colours are on. */
  readonly color?: string | null;
  /** The link target, when the cell is a link (OSC 8 when links are on). */
  readonly url?: string | null;
  /** 0 = left-aligned (default), 100 = right-aligned. */
  readonly align?: number;
  /** Where the ellipsis goes when the cell is cut (default 100: at the end). */
  readonly ellipsize?: number;
  readonly minWidth?: number;
  readonly maxWidth?: number;
}

/** The whole table: the header cells (uppercase already) and the rows in printed order. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** What printing needs besides the table: the terminal, the escape sequences, the version's rules. */
export interface PrintContext {
  readonly terminal: Terminal;
  readonly palette: Palette;
  readonly version: SystemdVersion;
}

/** Every cell weighs the same (systemd's default weight): the shares below only need the counts. */
const WEIGHT = 100;

/** The lines of a cell as `string_extract_line()` walks them: one final empty line is no line. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The column widths for `requested` (each column's wish), `minimum` and `maximum` (null: none),
 * given `available` cells (null: not a terminal, every column gets its wish).
 */
export function columnWidths(requested: readonly number[], minimum: readonly number[], maximum: readonly (number | null)[], weights: readonly number[], available: number | null): number[] {
  const n = requested.length;
  const sum = (a: readonly number[]): number => a.reduce((s, x) => s + x, 0);
  const tableRequested = sum(requested) + n - 1;
  const tableMinimum = sum(minimum) + n - 1;
  const tableMaximum = maximum.some((m) => m === null) ? null : sum(maximum as number[]) + n - 1;
  let effective = available === null ? tableRequested : Math.min(tableRequested, available);
  if (tableMaximum !== null && effective > tableMaximum) effective = tableMaximum;
  if (effective < tableMinimum) effective = tableMinimum;
  let weightSum = sum(weights);
  const width: number[] = new Array<number>(n);
  if (effective >= tableRequested) {
    let extra = effective - tableRequested;
    for (let j = 0; j < n; j++) {
      const w = weights[j] as number;
      let x = (requested[j] as number) + (weightSum === 0 ? Math.floor(extra / (n - j)) : Math.floor((extra * w) / weightSum));
      const max = maximum[j] ?? null;
      if (max !== null && x > max) x = max;
      if (x < (minimum[j] as number)) x = minimum[j] as number;
      width[j] = x;
      const delta = Math.max(0, x - (requested[j] as number));
      extra = extra > delta ? extra - delta : 0;
      weightSum -= w;
    }
    return width;
  }
  // Too narrow: every column gets its minimum and a share of the rest, never more than it asks for.
  let extra = effective - tableMinimum;
  const assigned: (number | null)[] = new Array<number | null>(n).fill(null);
  let finalize = false;
  for (;;) {
    let restart = false;
    for (let j = 0; j < n; j++) {
      if (assigned[j] !== null) continue;
      const w = weights[j] as number;
      let x = (minimum[j] as number) + (weightSum === 0 ? Math.floor(extra / (n - j)) : Math.floor((extra * w) / weightSum));
      if (x >= (requested[j] as number)) {
        x = requested[j] as number;
        restart = true;
      } else if (!finalize) continue;
      assigned[j] = x;
      extra -= x - (minimum[j] as number);
      weightSum -= w;
      if (restart && !finalize) break;
    }
    if (finalize) break;
    if (!restart) finalize = true;
  }
  return assigned.map((x) => x as number);
}

/** `text` linked to `url` as OSC 8 when links are on (an empty text shows the URL itself). */
export function urlify(url: string, text: string, ctx: PrintContext): string {
  const shown = text === '' ? url : text;
  return ctx.terminal.urlify ? `\x1b]8;;${url}${ctx.palette.linkEnd}${shown}\x1b]8;;${ctx.palette.linkEnd}` : shown;
}

/** systemd's `align_string_mem()`: `text` (linked when `url`) padded to `width` cells. */
function align(text: string, url: string | null, width: number, percent: number, ctx: PrintContext): string {
  const shown = url === null ? text : urlify(url, text, ctx);
  const w = paddingWidth(text, ctx.version);
  if (w >= width) return shown;
  const space = width - w;
  const left = Math.floor((space * percent) / 100);
  return ' '.repeat(left) + shown + ' '.repeat(space - left);
}

/** One cell ready to print: its text (aligned or cut, linked), its colour, whether it is a header. */
interface Painted {
  readonly field: string;
  readonly color: string | null;
  readonly header: boolean;
}

/**
 * The escape sequences around each cell, per release family (profile `tableStyle`): `legacy` (up
 * to 253: the header line underlined whole, separators included), `header-cells` (254, 255: header
 * cells and the gaps right of them underlined as "colours"), `underline-flags` (256+: underline
 * apart from colour, added with `ESC[4m`).
 */
const EMITTERS: Readonly<Record<VersionProfile['tableStyle'], (cells: readonly Painted[], ctx: PrintContext) => string>> = {
  legacy: (cells, ctx) => {
    const colors = ctx.terminal.colors !== 'off';
    let out = '';
    cells.forEach((c, j) => {
      if (colors && c.header) out += ctx.palette.headerUnderline;
      if (j > 0) out += ' ';
      if (colors && c.color !== null) out += (c.header ? ctx.palette.normal : '') + c.color;
      out += c.field;
      if (colors && (c.color !== null || c.header)) out += ctx.palette.normal;
    });
    return out;
  },
  'header-cells': (cells, ctx) => {
    const colors = ctx.terminal.colors !== 'off';
    let out = '';
    let gap: string | null = null;
    cells.forEach((c, j) => {
      if (colors && gap !== null) out += gap;
      if (j > 0) out += ' ';
      if (colors) {
        if (gap !== null) out += ctx.palette.normal;
        if (c.color !== null) out += c.color;
      }
      out += c.field;
      if (colors && c.color !== null) out += ctx.palette.normal;
      gap = c.header ? ctx.palette.headerUnderline : null;
    });
    return out;
  },
  'underline-flags': (cells, ctx) => {
    const colors = ctx.terminal.colors !== 'off';
    const underline = ctx.terminal.underline;
    let out = '';
    let gap = false;
    cells.forEach((c, j) => {
      if (underline && gap) out += ctx.palette.headerUnderline;
      if (j > 0) out += ' ';
      if (underline && gap) out += ctx.palette.normal;
      const color = colors ? c.color : null;
      if (color !== null) out += color;
      const under = underline && c.header;
      if (under) out += ctx.palette.headerUnderline;
      out += c.field;
      if (color !== null || under) out += ctx.palette.normal;
      gap = c.header;
    });
    return out;
  },
};

/** The colour systemd gives a cell: its own, grey when empty, the underline of a 254/255 header. */
function colorOf(cell: TableCell | null, ctx: PrintContext): string | null {
  if (cell === null) return profileFor(ctx.version).tableStyle === 'header-cells' ? ctx.palette.headerUnderline : null;
  if (cell.color !== undefined && cell.color !== null && cell.color !== '') return cell.color;
  return cell.empty === true ? ctx.palette.grey : null;
}

/**
 * Whether the last column's padding is dropped for a cell (`delete_trailing_chars()`): never in
 * 245; otherwise unless the cell shows a colour (from 254 a header's underline counts; up to 253
 * a header never drops it when colours are on), an underline (256+) or a link.
 */
function dropsTrailing(cell: TableCell | null, color: string | null, ctx: PrintContext): boolean {
  const style = profileFor(ctx.version).tableStyle;
  if (profileFor(ctx.version).emptyExposurePadded) return false;
  const colors = ctx.terminal.colors !== 'off';
  const header = cell === null;
  const coloured = style === 'legacy' ? color !== null || header : color !== null;
  if (colors && coloured) return false;
  if (style === 'underline-flags' && ctx.terminal.underline && header) return false;
  return !(ctx.terminal.urlify && cell !== null && cell.url !== undefined && cell.url !== null);
}

/** The table as `table_print()` prints it, every line ending in `\n`. */
export function printTable(table: Table, ctx: PrintContext): string {
  const n = table.header.length;
  const all: (readonly (TableCell | null)[])[] = [table.header.map(() => null), ...table.rows];
  const textOf = (row: number, j: number): string => {
    const cell = all[row]?.[j] ?? null;
    return cell === null ? (table.header[j] as string) : cell.text;
  };
  const requested: number[] = new Array<number>(n).fill(0);
  const minimum: number[] = new Array<number>(n).fill(1);
  const maximum: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let row = 0; row < all.length; row++) {
    for (let j = 0; j < n; j++) {
      const cell = all[row]?.[j] ?? null;
      let w = Math.max(...linesOf(textOf(row, j)).map((l) => cellWidth(l, ctx.version)));
      const max = cell?.maxWidth ?? null;
      const min = cell?.minWidth ?? 0;
      if (max !== null && w > max) w = max;
      if (w < min) w = min;
      if (w > (requested[j] as number)) requested[j] = w;
      if (min > (minimum[j] as number)) minimum[j] = min;
      if (max !== null && (maximum[j] === null || (maximum[j] as number) > max)) maximum[j] = max;
    }
  }
  const widths = columnWidths(requested, minimum, maximum, new Array<number>(n).fill(WEIGHT * all.length), ctx.terminal.width);
  const rules = { utf8: ctx.terminal.utf8, makesRoomAlways: profileFor(ctx.version).ellipsizeMakesRoomAlways };
  const emit = EMITTERS[profileFor(ctx.version).tableStyle];
  let out = '';
  for (let row = 0; row < all.length; row++) {
    const lines = Array.from({ length: n }, (_, j) => linesOf(textOf(row, j)));
    const height = Math.max(...lines.map((l) => l.length));
    for (let sub = 0; sub < height; sub++) {
      const painted: Painted[] = [];
      for (let j = 0; j < n; j++) {
        const cell = all[row]?.[j] ?? null;
        const width = widths[j] as number;
        const url = cell?.url ?? null;
        const color = colorOf(cell, ctx);
        let field = (lines[j] as string[])[sub] ?? '';
        const l = cellWidth(field, ctx.version);
        if (l > width) field = ellipsize(field, width, cell?.ellipsize ?? 100, rules);
        else if (l < width) {
          field = align(field, url, width, cell?.align ?? 0, ctx);
          if (j === n - 1 && dropsTrailing(cell, color, ctx)) field = field.replace(/[ \t\n\r]+$/, '');
        }
        if (l >= width && url !== null) field = urlify(url, field, ctx);
        painted.push({ field, color, header: cell === null });
      }
      out += `${emit(painted, ctx)}\n`;
    }
  }
  return out;
}
