/**
 * `<report-table>`: the rows as the CLI prints them (✓/✗, NAME, DESCRIPTION, EXPOSURE) in the
 * CLI's order or biggest gain first, filtered. Rows are kept per json_field and updated in place,
 * so a keystroke costs a few text updates, not a rebuilt table. The rows the page was built with
 * (ReportTable.astro, from the same markup: report-row-markup.ts) are taken over as they are.
 */
import type { Row } from '../state/engine.ts';
import { $report, $stale, gain } from '../state/report.ts';
import { $filter, $order, $selectedId, $visibleRows } from '../state/table-view.ts';
import { whenWorkspaceReady } from '../state/workspace-ready.ts';
import { rowCountText, tableRowCells, tableRowHtml } from './report-row-markup.ts';

interface RowView {
  readonly tr: HTMLTableRowElement;
  readonly cells: readonly HTMLTableCellElement[];
  key: string;
}

/** Writes `value` only when it differs: rows taken over from the page usually show it already. */
function setText(el: HTMLElement, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}

class ReportTable extends HTMLElement {
  private views = new Map<string, RowView>();
  private stops: (() => void)[] = [];
  private order: string[] = [];

  /** The row that holds `<row-detail>` under the open row. */
  private detailRow = document.createElement('tr');

  connectedCallback(): void {
    const body = this.querySelector<HTMLTableSectionElement>('tbody')!;
    for (const tr of body.querySelectorAll<HTMLTableRowElement>('tr[data-json-field]')) {
      const id = tr.dataset['jsonField']!;
      this.views.set(id, { tr, cells: [...tr.cells], key: '' });
      this.order.push(id);
    }
    const detail = this.querySelector('row-detail');
    this.detailRow.className = 'detail-row';
    const cell = this.detailRow.appendChild(document.createElement('td'));
    cell.colSpan = 5;
    if (detail !== null) cell.appendChild(detail);
    const count = this.querySelector<HTMLElement>('[data-count]')!;
    this.querySelectorAll<HTMLInputElement>('input[name="row-filter"]').forEach((input) => {
      input.addEventListener('change', () => {
        if (input.checked && (input.value === 'all' || input.value === 'failing' || input.value === 'na')) $filter.set(input.value);
      });
    });
    const orderSel = this.querySelector<HTMLSelectElement>('[data-order]')!;
    orderSel.addEventListener('change', () => $order.set(orderSel.value === 'gain' ? 'gain' : 'cli'));
    body.addEventListener('click', (e) => this.select((e.target as HTMLElement).closest('tr')));
    body.addEventListener('keydown', (e) => {
      // Only keys on a row itself: the open row's detail (a row of this body too) has buttons and
      // links of its own, whose Enter and Space must not be taken (and prevented) here.
      const tr = e.target as HTMLElement;
      if (tr.dataset['testid'] !== 'report-row') return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.select(tr);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        let next = e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
        if (next === this.detailRow) next = e.key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling;
        (next as HTMLElement | null | undefined)?.focus();
      }
    });
    // Before the page's workspace is in the stores, they describe a placeholder: keep the page's rows.
    this.stops.push(whenWorkspaceReady(() => this.follow(body, count)));
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
    this.stops = [];
  }

  private follow(body: HTMLTableSectionElement, count: HTMLElement): void {
    this.stops.push(
      $visibleRows.subscribe((rows) => {
        this.render(body, rows);
        setText(count, rowCountText(rows.length, $report.get()?.rows.length ?? 0));
      }),
      $selectedId.subscribe((id) => {
        // aria-current marks the open row (aria-selected is only valid in grids).
        for (const [rid, v] of this.views) if (v.tr.hasAttribute('aria-current') !== (rid === id)) v.tr.toggleAttribute('aria-current', rid === id);
        this.placeDetail(body);
      }),
      $stale.subscribe((stale) => {
        if (this.hasAttribute('data-stale') !== stale) this.toggleAttribute('data-stale', stale);
      }),
    );
  }

  /**
   * Puts the rows in `ids` order moving as few as possible: a keystroke that changes one row's
   * description moves that one row (systemd sorts by description), not all 81.
   */
  private reorder(body: HTMLTableSectionElement, ids: readonly string[]): void {
    this.detailRow.remove();
    const wanted = new Set(ids);
    for (const child of [...body.children]) if (!wanted.has((child as HTMLElement).dataset['jsonField'] ?? '')) child.remove();
    let cursor = body.firstElementChild;
    for (const id of ids) {
      const tr = this.views.get(id)!.tr;
      if (cursor === tr) cursor = cursor.nextElementSibling;
      else body.insertBefore(tr, cursor);
    }
  }

  /** Puts the explanation right under the open row (at the top when the filter hides that row). */
  private placeDetail(body: HTMLTableSectionElement): void {
    const id = $selectedId.get();
    if (id === null) {
      this.detailRow.remove();
      return;
    }
    const tr = this.views.get(id)?.tr;
    if (tr !== undefined && tr.parentNode === body) {
      if (tr.nextSibling !== this.detailRow) tr.after(this.detailRow);
    } else if (body.firstChild !== this.detailRow) body.prepend(this.detailRow);
  }

  /** Opens a row, or closes it when it is already open. */
  private select(tr: Element | null): void {
    const id = tr instanceof HTMLElement ? tr.dataset['jsonField'] : undefined;
    if (id === undefined) return;
    $selectedId.set($selectedId.get() === id ? null : id);
  }

  private template = document.createElement('template');

  private view(row: Row): RowView {
    let v = this.views.get(row.id);
    if (v === undefined) {
      this.template.innerHTML = tableRowHtml(row, null, $selectedId.get() === row.id);
      const tr = this.template.content.firstElementChild as HTMLTableRowElement;
      // The row is built showing `row`; `key` stays empty so that render() checks it once anyway.
      v = { tr, cells: [...tr.cells], key: '' };
      this.views.set(row.id, v);
    }
    return v;
  }

  private render(body: HTMLTableSectionElement, rows: readonly Row[]): void {
    const report = $report.get();
    const showGain = $order.get() === 'gain';
    const ids: string[] = [];
    for (const row of rows) {
      const v = this.view(row);
      ids.push(row.id);
      const g = report !== null && showGain ? gain(row, report) : null;
      const key = `${row.set}|${row.name}|${row.description}|${row.exposure}|${g}`;
      if (key === v.key) continue;
      v.key = key;
      const set = row.set === null ? 'na' : String(row.set);
      if (v.tr.dataset['set'] !== set) v.tr.dataset['set'] = set;
      tableRowCells(row, g).forEach((cell, i) => {
        const td = v.cells[i]!;
        setText(td, cell.text);
        if (cell.label !== undefined && td.getAttribute('aria-label') !== cell.label) td.setAttribute('aria-label', cell.label);
      });
    }
    if (ids.join('\n') !== this.order.join('\n')) {
      this.order = ids;
      this.reorder(body, ids);
      this.placeDetail(body);
    }
    this.toggleAttribute('data-gain', showGain);
  }
}

if (!customElements.get('report-table')) customElements.define('report-table', ReportTable);
