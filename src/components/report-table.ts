/**
 * `<report-table>`: the rows as the CLI prints them (✓/✗, NAME, DESCRIPTION, EXPOSURE) in the
 * CLI's order or biggest gain first, filtered. Rows are kept per json_field and updated in place,
 * so a keystroke costs a few text updates, not a rebuilt table.
 */
import { formatExposure, type Row } from '../state/engine.ts';
import { $report, $stale, gain } from '../state/report.ts';
import { $filter, $order, $selectedId, $visibleRows } from '../state/table.ts';

interface RowView {
  readonly tr: HTMLTableRowElement;
  readonly cells: readonly HTMLTableCellElement[];
  key: string;
}

function glyph(row: Row): string {
  return row.set === null ? '' : row.set ? '✓' : '✗';
}

class ReportTable extends HTMLElement {
  private views = new Map<string, RowView>();
  private stops: (() => void)[] = [];
  private order: string[] = [];

  /** The row that holds `<row-detail>` under the open row. */
  private detailRow = document.createElement('tr');

  connectedCallback(): void {
    const body = this.querySelector<HTMLTableSectionElement>('tbody')!;
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
    this.stops.push(
      $visibleRows.subscribe((rows) => {
        this.render(body, rows);
        const total = $report.get()?.rows.length ?? 0;
        count.textContent = rows.length === total ? `${total} settings` : `${rows.length} of ${total} settings`;
      }),
      $selectedId.subscribe((id) => {
        // aria-current marks the open row (aria-selected is only valid in grids).
        for (const [rid, v] of this.views) v.tr.toggleAttribute('aria-current', rid === id);
        this.placeDetail(body);
      }),
      $stale.subscribe((stale) => this.toggleAttribute('data-stale', stale)),
    );
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
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

  private view(row: Row): RowView {
    let v = this.views.get(row.id);
    if (v === undefined) {
      const tr = document.createElement('tr');
      tr.setAttribute('data-testid', 'report-row');
      tr.dataset['jsonField'] = row.id;
      tr.tabIndex = 0;
      tr.toggleAttribute('aria-current', $selectedId.get() === row.id);
      const cells = ['set', 'name', 'desc', 'exp', 'gain'].map((c) => {
        const td = tr.appendChild(document.createElement('td'));
        td.className = `c-${c}`;
        return td;
      });
      v = { tr, cells, key: '' };
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
      const g = report !== null && showGain ? gain(row, report) : 0;
      const key = `${row.set}|${row.name}|${row.description}|${row.exposure}|${g}|${showGain}`;
      if (key === v.key) continue;
      v.key = key;
      const set = row.set === null ? 'na' : String(row.set);
      v.tr.dataset['set'] = set;
      const [cSet, cName, cDesc, cExp, cGain] = v.cells as [HTMLTableCellElement, HTMLTableCellElement, HTMLTableCellElement, HTMLTableCellElement, HTMLTableCellElement];
      cSet.textContent = glyph(row);
      cSet.setAttribute('aria-label', row.set === null ? 'not applicable' : row.set ? 'good' : 'bad');
      cName.textContent = row.name;
      cDesc.textContent = row.description ?? '';
      cExp.textContent = row.exposure === null ? '' : formatExposure(row.exposure);
      cGain.textContent = showGain && g > 0 ? `−${formatExposure(g)}` : '';
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
