/**
 * A row of the playground's report table, written once: its cells (mark, NAME, DESCRIPTION,
 * EXPOSURE, GAIN) as data, and as HTML. ReportTable.astro renders the rows at build time from it,
 * `<report-table>` (report-table.ts) creates a new row from the same HTML and updates a row in
 * place from the same cells, so the page's first view and every later one agree.
 */
import { formatExposure, type Row } from '../state/engine.ts';
import { escapeHtml, rowMark } from './report-markup.ts';

/** The table's columns, in order; each cell has the class `c-COLUMN`. */
export const TABLE_COLUMNS = ['set', 'name', 'desc', 'exp', 'gain'] as const;

/** One cell: its text and, for the mark, what a screen reader says instead of the glyph. */
export interface TableCell {
  readonly text: string;
  readonly label?: string;
}

/**
 * The cells of `row` in {@link TABLE_COLUMNS} order. `gain` is how much the overall exposure (in
 * tenths) would drop if this row alone were fixed, or null when the gain column is hidden: the
 * cell shows `−0.4`, and nothing for no gain.
 */
export function tableRowCells(row: Row, gain: number | null): TableCell[] {
  const mark = rowMark(row);
  return [
    { text: mark.glyph, label: mark.label },
    { text: row.name },
    { text: row.description ?? '' },
    { text: row.exposure === null ? '' : formatExposure(row.exposure) },
    { text: gain !== null && gain > 0 ? `−${formatExposure(gain)}` : '' },
  ];
}

/**
 * The `<tr>` of `row`: focusable, keyed by its json_field (`data-json-field`), marked
 * (`data-set`), `aria-current` when it is the open row; cells as {@link tableRowCells}.
 */
export function tableRowHtml(row: Row, gain: number | null, open: boolean): string {
  const cells = tableRowCells(row, gain)
    .map((cell, i) => `<td class="c-${TABLE_COLUMNS[i]!}"${cell.label === undefined ? '' : ` aria-label="${escapeHtml(cell.label)}"`}>${escapeHtml(cell.text)}</td>`)
    .join('');
  return `<tr data-testid="report-row" data-json-field="${escapeHtml(row.id)}" data-set="${rowMark(row).set}" tabindex="0"${open ? ' aria-current=""' : ''}>${cells}</tr>`;
}

/** The count beside the filter: `81 settings`, or `12 of 81 settings` when filtered. */
export function rowCountText(shown: number, total: number): string {
  return shown === total ? `${total} settings` : `${shown} of ${total} settings`;
}
