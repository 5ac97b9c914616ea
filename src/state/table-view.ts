/** The report table's view: how its rows are filtered and ordered, and which row is open. */
import { atom, computed } from 'nanostores';
import { $report, arrangeRows, type RowFilter, type RowOrder } from './report.ts';

/** Row filter; `all` by default. */
export const $filter = atom<RowFilter>('all');
/** Row order; systemd's own (`cli`) by default. */
export const $order = atom<RowOrder>('cli');
/** json_field of the open row, or null when none is open. */
export const $selectedId = atom<string | null>(null);

/** The rows to show, in order; empty when there is no report yet. */
export const $visibleRows = computed([$report, $filter, $order], (report, filter, order) => (report === null ? [] : arrangeRows(report, filter, order)));

/** The open row in the current report; null when none is open or it no longer exists. */
export const $selectedRow = computed([$report, $selectedId], (report, id) => report?.rows.find((r) => r.id === id) ?? null);
