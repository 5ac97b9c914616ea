/**
 * Cells of the text table, measured and padded as systemd's table code does it, and remembered:
 * the NAME cells and nearly all DESCRIPTION cells are the same strings in every report, and their
 * columns are usually as wide as in the report before, so most padded cells are reused as they are.
 */
import type { SystemdVersion } from '../types.ts';
import { cellWidth, paddingWidth } from './width.ts';

/** Runs of 0–256 spaces, made once: padding then allocates nothing for the usual widths. */
const SPACE_RUNS: readonly string[] = Array.from({ length: 257 }, (_, n) => ' '.repeat(n));

/** `n` spaces; none for `n` ≤ 0. */
export function spaces(n: number): string {
  return n <= 0 ? '' : SPACE_RUNS[n] ?? ' '.repeat(n);
}

/** One cell's text with its widths (see `cellWidth()` and `paddingWidth()`) for one version. */
export class Cell {
  /** The text as printed. */
  readonly text: string;
  /** Terminal cells it takes when sizing its column. */
  readonly cells: number;
  /** Terminal cells systemd assumes when padding it (differs from `cells` only with a TAB). */
  readonly padding: number;
  /** Whether the text holds a line break (then the table prints it as several lines, measured apiece). */
  readonly multiline: boolean;
  #paddedWidth = -1;
  #padded = '';

  constructor(text: string, version: SystemdVersion) {
    this.text = text;
    this.cells = cellWidth(text, version);
    this.padding = text.includes('\t') ? paddingWidth(text, version) : this.cells;
    this.multiline = text.includes('\n');
  }

  /**
   * The text, the blanks that fill a column `width` cells wide, and the one-space column separator.
   * A cell as wide as its column or wider gets no blanks. The last result is kept for the next call.
   */
  paddedTo(width: number): string {
    if (width !== this.#paddedWidth) {
      this.#padded = `${this.cells >= width ? this.text : this.text + spaces(width - this.padding)} `;
      this.#paddedWidth = width;
    }
    return this.#padded;
  }
}

/** Cells of strings seen before, per version. */
const cellCaches = new Map<SystemdVersion, Map<string, Cell>>();
const CELL_CACHE_LIMIT = 4096;

/**
 * A function giving the {@link Cell} of any string for `version`, made once per string (up to a
 * few thousand strings, then the cache starts over, so ever-new descriptions cannot grow it).
 */
export function cellsFor(version: SystemdVersion): (text: string) => Cell {
  let cache = cellCaches.get(version);
  if (cache === undefined) cellCaches.set(version, (cache = new Map<string, Cell>()));
  const known = cache;
  return (text) => {
    let cell = known.get(text);
    if (cell === undefined) {
      cell = new Cell(text, version);
      if (known.size >= CELL_CACHE_LIMIT) known.clear();
      known.set(text, cell);
    }
    return cell;
  };
}
