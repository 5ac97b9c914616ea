/**
 * The compact report's markup, written once: the HTML that `<StaticReport>` renders when a site is
 * built and that `/embed` and `<unitscore-report>` render in the browser (report-view.ts), from the
 * same analysis. Pure string building over the engine's score-only face and the command wording
 * (no DOM, no stores), so it runs in Node at build time and stays small in the embed's bundle.
 * Every text is escaped: unit names and refusal messages carry the user's own characters.
 */
import { formatExposure, refusalMessage, sortRows, type Analysis, type Refusal, type Row } from '../engine/score-only.ts';
import { analyzerCommand, commandPlace } from '../state/command.ts';

/** `text` safe inside HTML text and double-quoted attribute values (`&`, `<`, `>`, `"`, `'` escaped). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A refusal as every report view words it: `systemd-analyze refuses this unit: ` and systemd's reason. */
export function refusalText(reason: Refusal['reason']): string {
  return `systemd-analyze refuses this unit: ${refusalMessage(reason)}`;
}

/** How a row is marked: ✓ (`true`), ✗ (`false`) or nothing (N/A), with the words a screen reader says. */
export interface RowMark {
  /** The `data-set` value and class suffix: `true`, `false` or `na`. */
  readonly set: 'true' | 'false' | 'na';
  /** `✓`, `✗`, or empty for N/A (systemd prints no mark there). */
  readonly glyph: string;
  /** `good`, `bad` or `not applicable`. */
  readonly label: string;
}

/** The mark of a row, as every report view shows it. */
export function rowMark(row: Pick<Row, 'set'>): RowMark {
  if (row.set === null) return { set: 'na', glyph: '', label: 'not applicable' };
  return row.set ? { set: 'true', glyph: '✓', label: 'good' } : { set: 'false', glyph: '✗', label: 'bad' };
}

/** Options of {@link compactReportHtml}. */
export interface CompactReportOptions {
  /** Rows: `closed` (default) collapsed under a summary, `open` expanded, `none` not shown. */
  readonly rows?: 'open' | 'closed' | 'none';
  /** The unit file's name, for the command line (`./NAME` offline); default the unit id, else `unit.service`. */
  readonly file?: string;
}

/** The `data-rating` value of a report's root (`medium`, `exposed`…); undefined for a refusal. */
export function compactRating(analysis: Analysis): string | undefined {
  return analysis.ok ? analysis.rating.label.toLowerCase() : undefined;
}

function compactRow(row: Row): string {
  const mark = rowMark(row);
  const exposure = row.exposure === null ? '' : formatExposure(row.exposure);
  return `<tr data-json-field="${escapeHtml(row.id)}" data-set="${mark.set}"><td class="us-set-${mark.set}" aria-label="${mark.label}">${mark.glyph}</td><td class="us-name">${escapeHtml(row.name)}</td><td>${escapeHtml(row.description ?? '')}</td><td class="us-exp">${exposure}</td></tr>`;
}

/**
 * The inside of a compact report (an element of class `us-report`, which carries
 * {@link compactRating} as `data-rating`): the overall exposure with rating and emoji, or systemd's
 * reason for refusing the unit; the command these numbers equal (version and mode); and the rows
 * (✓/✗, name, description, exposure, in the CLI's order) in a `<details>`, unless `rows` is `none`.
 */
export function compactReportHtml(analysis: Analysis, options: CompactReportOptions = {}): string {
  const parts: string[] = [];
  if (analysis.ok) {
    parts.push(`<p class="us-head"><span class="us-score" data-testid="exposure">${formatExposure(analysis.exposure)}</span> <span class="us-rating">${analysis.rating.label}</span> <span class="us-emoji">${analysis.rating.emoji}</span></p>`);
  } else {
    parts.push(`<p class="us-error">${escapeHtml(refusalText(analysis.reason))}</p>`);
  }
  // "= systemd-analyze security x.service on a running systemd 262": the command these numbers equal.
  const file = options.file ?? analysis.unitId ?? 'unit.service';
  const command = analyzerCommand({ file, unitId: analysis.unitId }, analysis.mode);
  parts.push(`<p class="us-meta" data-testid="command-line">= <code>${escapeHtml(command)}</code> ${commandPlace(analysis.version, analysis.mode)}</p>`);
  if (analysis.ok && options.rows !== 'none') {
    const rows = sortRows(analysis.rows, analysis.version);
    const failing = rows.filter((r) => r.set === false).length;
    parts.push(`<details class="us-rows"${options.rows === 'open' ? ' open' : ''}><summary>${rows.length} settings, ${failing} failing</summary><table class="us-table">${rows.map(compactRow).join('')}</table></details>`);
  }
  return parts.join('');
}
