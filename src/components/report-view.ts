/**
 * The compact report as DOM, shared by the `/embed` page and `<unitscore-report>`: the overall
 * exposure with rating and emoji, the unit and the command it equals (version and mode), and the rows (✓/✗, name, description,
 * exposure, in the CLI's order) in a collapsible block. Imports only the engine and the pure command
 * wording: no stores, no CodeMirror, so both stay small.
 */
import { formatExposure, refusalMessage, sortRows, type Analysis, type Row } from '../engine/score-only.ts';
import { analyzerCommand, commandPlace } from '../state/command.ts';

/** Options of {@link renderReport}. */
export interface ReportViewOptions {
  /** Rows: `closed` (default) collapsed under a summary, `open` expanded, `none` not shown. */
  readonly rows?: 'open' | 'closed' | 'none';
  /** The unit file's name, for the command line (`./NAME` offline); default the unit id, else `unit.service`. */
  readonly file?: string;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls !== undefined) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function rowElement(doc: Document, row: Row): HTMLTableRowElement {
  const tr = el(doc, 'tr');
  const set = row.set === null ? 'na' : String(row.set);
  tr.dataset['jsonField'] = row.id;
  tr.dataset['set'] = set;
  const glyph = el(doc, 'td', `us-set-${set}`, row.set === null ? '' : row.set ? '✓' : '✗');
  glyph.setAttribute('aria-label', row.set === null ? 'not applicable' : row.set ? 'good' : 'bad');
  tr.append(glyph, el(doc, 'td', 'us-name', row.name), el(doc, 'td', '', row.description ?? ''), el(doc, 'td', 'us-exp', row.exposure === null ? '' : formatExposure(row.exposure)));
  return tr;
}

/**
 * Replaces `root`'s children with the report for `analysis` and sets `root.dataset.rating`. A
 * refusal shows systemd's reason instead of a score. `root` should carry the class `us-report`.
 */
export function renderReport(root: HTMLElement, analysis: Analysis, options: ReportViewOptions = {}): void {
  const doc = root.ownerDocument;
  const parts: HTMLElement[] = [];
  if (!analysis.ok) {
    delete root.dataset['rating'];
    parts.push(el(doc, 'p', 'us-error', `systemd-analyze refuses this unit: ${refusalMessage(analysis.reason)}`));
  } else {
    root.dataset['rating'] = analysis.rating.label.toLowerCase();
    const head = el(doc, 'p', 'us-head');
    const score = el(doc, 'span', 'us-score', formatExposure(analysis.exposure));
    score.dataset['testid'] = 'exposure';
    head.append(score, el(doc, 'span', 'us-rating', analysis.rating.label), el(doc, 'span', 'us-emoji', analysis.rating.emoji));
    parts.push(head);
  }
  // "= systemd-analyze security x.service on a running systemd 262": the command these numbers equal.
  const meta = el(doc, 'p', 'us-meta', '= ');
  const file = options.file ?? analysis.unitId ?? 'unit.service';
  meta.append(el(doc, 'code', '', analyzerCommand({ file, unitId: analysis.unitId }, analysis.mode)), ` ${commandPlace(analysis.version, analysis.mode)}`);
  meta.dataset['testid'] = 'command-line';
  parts.push(meta);
  if (analysis.ok && options.rows !== 'none') {
    const rows = sortRows(analysis.rows, analysis.version);
    const details = el(doc, 'details', 'us-rows');
    details.open = options.rows === 'open';
    const failing = rows.filter((r) => r.set === false).length;
    const table = el(doc, 'table', 'us-table');
    table.append(...rows.map((r) => rowElement(doc, r)));
    details.append(el(doc, 'summary', '', `${rows.length} settings, ${failing} failing`), table);
    parts.push(details);
  }
  root.replaceChildren(...parts);
}
