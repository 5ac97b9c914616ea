/**
 * The text output of `systemd-analyze security` when stdout is not a terminal (spec §7.1): a table
 * of mark, NAME, DESCRIPTION and EXPOSURE, an empty line and the summary line.
 */
import type { Report, Row } from '../types.ts';
import type { Glyphs } from './glyphs.ts';
import { sortRows } from './sort.ts';
import { cellWidth } from './width.ts';

/**
 * An exposure in tenths as systemd prints it: `96` → `9.6`, `100` → `10.0`, `0` → `0.0`.
 * Expects a non-negative integer.
 */
export function formatExposure(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}


function markOf(row: Row, glyphs: Glyphs): string {
  return row.set === null ? '' : row.set ? glyphs.good : glyphs.bad;
}

/**
 * The full stdout of a text run, byte for byte: header, one line per row in printed order (see
 * `sortRows()`), an empty line, and `→ Overall exposure level for ID: X.Y LABEL FACE`, each line
 * ending in `\n`.
 *
 * Every column is as wide as its widest cell, header included, counted in terminal cells as
 * `report.version` counts them (see `cellWidth()`); columns are separated by one space. Cells are
 * left-aligned except EXPOSURE, which is right-aligned. Only the last column loses its trailing whitespace, so a row without an
 * exposure ends with its padded description and the separator space. A `null` description is an
 * empty cell. `glyphs` chooses ✓/✗/→ or `+`/`-`/`->`, and the emoji or ASCII face of
 * `report.rating`.
 */
export function formatText(report: Report, glyphs: Glyphs): string {
  const rows = sortRows(report.rows, report.version);
  const measure = (s: string): number => cellWidth(s, report.version);
  const padEnd = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - measure(s)));
  const padStart = (s: string, width: number): string => ' '.repeat(Math.max(0, width - measure(s))) + s;
  const cells = rows.map((row) => [
    markOf(row, glyphs),
    row.name,
    row.description ?? '',
    row.exposure === null ? '' : formatExposure(row.exposure),
  ] as const);
  const header = [' ', 'NAME', 'DESCRIPTION', 'EXPOSURE'] as const;
  const widths = header.map((title, col) =>
    Math.max(measure(title), ...cells.map((cell) => measure(cell[col] as string))),
  );
  const line = (cell: readonly string[]): string => {
    const [mark, name, description, exposure] = cell as [string, string, string, string];
    const head = [padEnd(mark, widths[0] as number), padEnd(name, widths[1] as number), padEnd(description, widths[2] as number)];
    return `${head.join(' ')} ${padStart(exposure, widths[3] as number).replace(/ +$/, '')}\n`;
  };
  const face = glyphs.emoji ? report.rating.emoji : report.rating.ascii;
  return (
    line(header) +
    cells.map(line).join('') +
    `\n${glyphs.arrow} Overall exposure level for ${report.unitId}: ${formatExposure(report.exposure)} ${report.rating.label} ${face}\n`
  );
}
