/**
 * The CI gate of issue 2's throughput budget (scripts/check-throughput.ts): which figures fail it.
 * The measuring itself is bench.ts's, run by `npm test` through the gate.
 */
import { describe, expect, it } from 'vitest';
import { overBudget, P50_BUDGET_US, RATIO_BUDGET } from '../scripts/check-throughput.ts';
import type { BenchFigures } from '../scripts/bench.ts';

const good: BenchFigures = {
  version: '262',
  units: 10,
  engineRates: [40_000, 42_000, 44_000],
  oracleRates: [1_800, 1_900, 2_000],
  ratios: [22.2, 22.1, 22],
  oracleSkipped: null,
  oracleStatus: 1,
  p50: 15,
  p99: 90,
  firstPassPerSecond: 8_000,
  matches: 10,
  threw: 0,
};

describe('overBudget', () => {
  it.each([
    ['within every budget', {}, []],
    ['a median ratio under the budget (one good pair does not save it)', { ratios: [30, RATIO_BUDGET - 0.1, 19] }, [`ratio ${(RATIO_BUDGET - 0.1).toFixed(1)}×, budget ${RATIO_BUDGET}×`]],
    ['a ratio exactly at the budget passes', { ratios: [RATIO_BUDGET, RATIO_BUDGET, RATIO_BUDGET] }, []],
    ['no ratio without the oracle: not checked', { ratios: [], oracleRates: [], oracleSkipped: 'skipped: no systemd-analyze 262 on this machine' }, []],
    ['the oracle ran but no ratio came out (NaN) fails', { ratios: [Number.NaN] }, ['ratio NaN×, budget 20×']],
    ['p50 over the budget', { p50: P50_BUDGET_US + 1 }, [`p50 ${(P50_BUDGET_US + 1).toFixed(1)} µs per unit, budget ${P50_BUDGET_US} µs`]],
    ['an output that differs from the oracle', { matches: 9 }, ['stdout differs from the oracle\'s for 1 of 10 units']],
  ] as const)('%s', (_why, change, problems) => {
    expect(overBudget({ ...good, ...change })).toEqual(problems);
  });
});
