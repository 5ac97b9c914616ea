/**
 * The CI gate of issue 16's process budgets (scripts/check-cli-speed.ts): which figures fail it.
 * The measuring itself is bench-cli.ts's, run by `npm test` through the gate.
 */
import { describe, expect, it } from 'vitest';
import { batchRatio, NODE_ONLY, ORACLE, PACKAGED, pairRatios, percentile, type CliBenchFigures } from '../scripts/bench-cli.ts';
import { BATCH_RATIO_BUDGET, ONE_UNIT_BUDGET_MS, overBudget } from '../scripts/check-cli-speed.ts';

const good: CliBenchFigures = {
  version: '262',
  oneUnit: [
    { label: NODE_ONLY, ms: [25, 26, 27] },
    { label: PACKAGED, ms: [45, 50, 140] },
    { label: ORACLE, ms: [9, 10, 11] },
  ],
  coldMs: 110,
  batchUnits: 1500,
  batchCli: { label: 'unitscore', ms: [150, 160, 400] },
  batchOracle: { label: ORACLE, ms: [600, 612, 624] },
  oracleSkipped: null,
  mismatches: [],
};

const withPackaged = (ms: number[]): Partial<CliBenchFigures> => ({ oneUnit: good.oneUnit.map((t) => (t.label === PACKAGED ? { ...t, ms } : t)) });

/** unitscore's batch times that make every pair's ratio `ratio` (the analyzer's times are multiples of 6, so 1×, 2× and 3× divide exactly). */
const batchAt = (ratio: number): Partial<CliBenchFigures> => ({ batchCli: { label: 'unitscore', ms: good.batchOracle!.ms.map((o) => o / ratio) } });

describe('overBudget', () => {
  it.each([
    ['within every budget (one slow run does not move the median)', {}, []],
    ['one unit over the budget', withPackaged([101, 120, 130]), [`one unit: median 120.0 ms, budget ${ONE_UNIT_BUDGET_MS} ms`]],
    ['one unit exactly at the budget passes', withPackaged([ONE_UNIT_BUDGET_MS, ONE_UNIT_BUDGET_MS, 90]), []],
    ['no packaged row at all fails (NaN)', { oneUnit: [good.oneUnit[0]!] }, [`one unit: median NaN ms, budget ${ONE_UNIT_BUDGET_MS} ms`]],
    ['a batch ratio under the budget', batchAt(BATCH_RATIO_BUDGET / 2), [`1500 units: ${(BATCH_RATIO_BUDGET / 2).toFixed(2)}× as fast as the analyzer, budget ${BATCH_RATIO_BUDGET}×`]],
    ['a ratio exactly at the budget passes', batchAt(BATCH_RATIO_BUDGET), []],
    ['one pair hit by a busy moment does not fail the median', { batchCli: { label: 'unitscore', ms: [100, 100, 5000] } }, []],
    ['two slow pairs of three do', { batchCli: { label: 'unitscore', ms: [100, 5000, 5000] } }, [`1500 units: ${(624 / 5000).toFixed(2)}× as fast as the analyzer, budget ${BATCH_RATIO_BUDGET}×`]],
    ['no ratio without the analyzer: not checked', { batchOracle: null, oracleSkipped: 'skipped: no systemd-analyze 262 on this machine' }, []],
    ['an output that differs from the analyzer', { mismatches: ['one unit: exit status 0, the analyzer\'s 1'] }, ['output differs from the analyzer\'s: one unit: exit status 0, the analyzer\'s 1']],
  ] as const)('%s', (_why, change, problems) => {
    expect(overBudget({ ...good, ...change })).toEqual(problems);
  });
});

describe('percentile and batchRatio', () => {
  it.each([
    [[3, 1, 2], 50, 2],
    [[4, 1, 3, 2], 50, 2],
    [Array.from({ length: 10 }, (_, i) => i + 1), 90, 9],
    [[7], 90, 7],
    [[], 50, Number.NaN],
  ] as const)('percentile(%j, %i) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('takes the median of the pairs, each the analyzer over unitscore', () => {
    expect(pairRatios(good)).toEqual([600 / 150, 612 / 160, 624 / 400]);
    expect(batchRatio(good)).toBe(612 / 160);
    expect(pairRatios({ ...good, batchOracle: null })).toEqual([]);
    expect(batchRatio({ ...good, batchOracle: null })).toBeNaN();
  });
});
