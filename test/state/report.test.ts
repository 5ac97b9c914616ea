import { describe, expect, it } from 'vitest';
import { $files, loadFiles, setFileText } from '../../src/state/files.ts';
import { $analysedFiles, $analysis, arrangeRows, contribution, DEFER_ANALYSIS_CHARS, gain } from '../../src/state/report.ts';
import { ratingFor } from '../../src/engine/format/index.ts';
import type { Report, Row } from '../../src/engine/types.ts';
import { bareResolved } from '../support/resolved.ts';

function row(id: string, badness: number | null, weight: number, range: number, description: string): Row {
  return { id, name: `${id}=`, index: 0, weight, range, badness, set: badness === null ? null : badness === 0, exposure: null, description, spans: [] };
}

// Three rows: descriptions order them C, B, A in the CLI (descending); contributions 1000, 500, 0.
const rows = [row('A', 10, 1000, 10, 'a'), row('B', 1, 500, 1, 'b'), row('C', null, 200, 1, 'c'), row('D', 0, 300, 1, 'd')];
const badnessSum = 1500;
const weightSum = 1800;
const exposure = Math.ceil((badnessSum * 100) / weightSum);
const report: Report = { ok: true, version: '262', mode: 'offline', managerLog: [], unitId: 'x.service', rows, badnessSum, weightSum, exposure, rating: ratingFor(exposure), resolved: bareResolved(), diagnostics: [] };

describe('contribution and gain', () => {
  it.each([
    ['A', 1000, exposure - Math.ceil((500 * 100) / 1800)],
    ['B', 500, exposure - Math.ceil((1000 * 100) / 1800)],
    ['C', 0, 0],
    ['D', 0, 0],
  ])('row %s adds %i and fixing it gains %i tenths', (id, c, g) => {
    const r = rows.find((x) => x.id === id)!;
    expect(contribution(r)).toBe(c);
    expect(gain(r, report)).toBe(g);
  });
  it('rounds a partial badness up, as systemd does', () => {
    expect(contribution(row('E', 1, 1000, 3, 'e'))).toBe(334);
  });
});

describe('arrangeRows', () => {
  it.each([
    ['all', 'cli', ['D', 'C', 'B', 'A']],
    ['failing', 'cli', ['B', 'A']],
    ['na', 'cli', ['C']],
    ['all', 'gain', ['A', 'B', 'D', 'C']],
  ] as const)('%s / %s', (filter, order, ids) => {
    expect(arrangeRows(report, filter, order).map((r) => r.id)).toEqual(ids);
  });
});

describe('$analysis on huge inputs', () => {
  const unit = (extra: string): string => `[Service]\nExecStart=/x\n${extra}PrivateTmp=yes\n`;
  // A comment line long enough to cross the threshold (comments do not change the score).
  const huge = `#${'x'.repeat(DEFER_ANALYSIS_CHARS)}\n`;
  it.each([
    // [case, text, analysed at once]
    ['a small change is analysed at once', unit(''), true],
    ['a change leaving over DEFER_ANALYSIS_CHARS is analysed a task later', unit(huge), false],
  ])('%s', async (_case, text, atOnce) => {
    loadFiles([{ path: 'a.service', text: '[Service]\nExecStart=/x\n' }]);
    const before = $analysis.get();
    setFileText('a.service', text);
    expect($files.get()[0]!.text).toBe(text);
    expect($analysedFiles.get() === $files.get()).toBe(atOnce);
    expect($analysis.get() !== before).toBe(atOnce);
    await new Promise((r) => setTimeout(r, 0));
    expect($analysedFiles.get()).toBe($files.get());
    const after = $analysis.get();
    expect(after.ok && after.rows.find((r) => r.id === 'PrivateTmp')?.set).toBe(true);
  });
});
