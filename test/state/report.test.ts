import { describe, expect, it } from 'vitest';
import { arrangeRows, contribution, gain } from '../../src/state/report.ts';
import { ratingFor } from '../../src/engine/format/index.ts';
import type { Report, Row } from '../../src/engine/types.ts';

function row(id: string, badness: number | null, weight: number, range: number, description: string): Row {
  return { id, name: `${id}=`, index: 0, weight, range, badness, set: badness === null ? null : badness === 0, exposure: null, description, spans: [] };
}

// Three rows: descriptions order them C, B, A in the CLI (descending); contributions 1000, 500, 0.
const rows = [row('A', 10, 1000, 10, 'a'), row('B', 1, 500, 1, 'b'), row('C', null, 200, 1, 'c'), row('D', 0, 300, 1, 'd')];
const badnessSum = 1500;
const weightSum = 1800;
const exposure = Math.ceil((badnessSum * 100) / weightSum);
const report: Report = { ok: true, version: '262', unitId: 'x.service', rows, badnessSum, weightSum, exposure, rating: ratingFor(exposure), diagnostics: [] };

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
