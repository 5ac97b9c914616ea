/**
 * The report's markup builders (src/components/report-markup.ts, report-row-markup.ts): what they
 * write for the engine's analyses, and that a unit's own characters never become markup.
 */
import { describe, expect, it } from 'vitest';
import { compactRating, compactReportHtml, escapeHtml, refusalText, rowMark } from '../../src/components/report-markup.ts';
import { rowCountText, tableRowCells, tableRowHtml, TABLE_COLUMNS } from '../../src/components/report-row-markup.ts';
import { analyze, diagnosticMessage, formatExposure, sortRows } from '../../src/engine/index.ts';

const UNIT = '[Service]\nExecStart=/usr/bin/true\nPrivateTmp=yes\n';
const report = analyze([{ path: 'x.service', text: UNIT }], { version: '262', mode: 'live' });
if (!report.ok) throw new Error('the test unit is refused');

/** Counts `needle` in `text`. */
const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('escapeHtml', () => {
  it('escapes what could open markup or end an attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> ✓`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;amp;&#60;/a&#62; ✓');
  });
});

describe('compactReportHtml', () => {
  it('shows the score, rating and every row in the CLI order, collapsed by default', () => {
    const html = compactReportHtml(report, { file: 'x.service' });
    expect(html).toContain(`<span class="us-score" data-testid="exposure">${formatExposure(report.exposure)}</span>`);
    expect(html).toContain(`<span class="us-rating">${report.rating.label}</span>`);
    expect(html).toContain('<details class="us-rows">');
    const ids = [...html.matchAll(/data-json-field="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(sortRows(report.rows, report.version).map((r) => escapeHtml(r.id)));
    expect(html).toContain(`<summary>${report.rows.length} settings, ${report.rows.filter((r) => r.set === false).length} failing</summary>`);
    expect(compactRating(report)).toBe(report.rating.label.toLowerCase());
  });

  it.each([
    ['open', '<details class="us-rows" open>', 1],
    ['none', '<details', 0],
  ] as const)('rows=%s', (rows, needle, times) => {
    expect(count(compactReportHtml(report, { rows }), needle)).toBe(times);
  });

  it('shows a refusal in systemd words, escaped, with no score and no rows', () => {
    const refused = analyze([{ path: 'x.service', text: '[<b>Service]\nExecStart=/x\n' }], { version: '262', mode: 'offline' });
    if (refused.ok) throw new Error('expected a refusal');
    const html = compactReportHtml(refused);
    expect(html).toContain(`<p class="us-error">${escapeHtml(refusalText(refused.reason))}</p>`);
    expect(refusalText(refused.reason)).toBe(`systemd-analyze refuses this unit: ${diagnosticMessage(refused.reason)}`);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('us-score');
    expect(html).not.toContain('<details');
    expect(compactRating(refused)).toBeUndefined();
  });

  it('escapes the file name in the command line', () => {
    expect(compactReportHtml(report, { file: 'a<b>.service' })).not.toContain('a<b>');
  });
});

describe('table rows', () => {
  const rows = sortRows(report.rows, report.version);

  it('have a cell per column: the mark, name, description, exposure and gain', () => {
    for (const row of rows) {
      const cells = tableRowCells(row, null);
      expect(cells).toHaveLength(TABLE_COLUMNS.length);
      expect(cells.map((c) => c.text)).toEqual([rowMark(row).glyph, row.name, row.description ?? '', row.exposure === null ? '' : formatExposure(row.exposure), '']);
      expect(cells[0]?.label).toBe(rowMark(row).label);
    }
  });

  it('show a gain only when there is one', () => {
    const row = rows[0]!;
    expect(tableRowCells(row, 7)[4]?.text).toBe(`−${formatExposure(7)}`);
    expect(tableRowCells(row, 0)[4]?.text).toBe('');
  });

  it('are focusable, keyed and marked as HTML, aria-current when open', () => {
    const row = rows.find((r) => r.set === false)!;
    const html = tableRowHtml(row, null, true);
    expect(html.startsWith(`<tr data-testid="report-row" data-json-field="${escapeHtml(row.id)}" data-set="false" tabindex="0" aria-current="">`)).toBe(true);
    expect(count(html, '<td ')).toBe(TABLE_COLUMNS.length);
    expect(tableRowHtml(row, null, false)).not.toContain('aria-current');
  });

  it('are counted as shown of all', () => {
    expect(rowCountText(81, 81)).toBe('81 settings');
    expect(rowCountText(12, 81)).toBe('12 of 81 settings');
  });
});
