/**
 * The compact report in a live page, shared by the `/embed` page and `<unitscore-report>`: the
 * markup of report-markup.ts (the same `<StaticReport>` renders at build time) put into an element.
 * Imports only the engine's score-only face and the pure command wording: no stores, no CodeMirror,
 * so both stay small.
 */
import type { Analysis } from '../engine/score-only.ts';
import { compactRating, compactReportHtml, type CompactReportOptions } from './report-markup.ts';
import { setHtml } from './set-html.ts';

/** Options of {@link renderReport}: those of the markup (`rows`, default `closed`; `file`, default the unit id). */
export type ReportViewOptions = CompactReportOptions;

/**
 * Shows the report for `analysis` in `root` (its children replaced, unless they already show it)
 * and sets `root.dataset.rating` (removed for a refusal, which shows systemd's reason instead of a
 * score). `root` should carry the class `us-report` or sit inside an element that does.
 */
export function renderReport(root: HTMLElement, analysis: Analysis, options: ReportViewOptions = {}): void {
  const rating = compactRating(analysis);
  if (rating === undefined) delete root.dataset['rating'];
  else root.dataset['rating'] = rating;
  setHtml(root, compactReportHtml(analysis, options));
}
