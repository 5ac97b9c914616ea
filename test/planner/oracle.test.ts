/**
 * The planner against the real analyzer, from `test/fixtures/planner/<target>.jsonl.gz` (recorded
 * by `npm run record-planner`; 262 offline, and 255 live as Ubuntu 24.04 servers print it): for every corpus unit × need profile, the analyzer printed exactly
 * the exposure the planner predicted, the drop-in added nothing to its stderr, and the target was
 * met as often as the issue asks. Every fourth unit (with one profile, turning with the unit's index)
 * is planned again here to show the recording is the current planner's (any change to the planner
 * changes most drop-ins); the recording script plans them all.
 */
import { describe, expect, it } from 'vitest';
import { planPair, plannerPairs, readPlannerRecords, settingLines, PLANNER_PROFILES, PLANNER_TARGET } from '../../scripts/lib/planner-corpus.ts';
import { parseTarget } from '../../scripts/lib/targets.ts';

const TARGETS = ['262', 'live-255'];

describe.each(TARGETS)('planner × corpus on %s', (id) => {
  const records = readPlannerRecords(id);
  const target = parseTarget(id);
  if (records === null || target === null) throw new Error(`no planner recording for ${id}: npm run record-planner -- --target=${id}`);

  it('covers every corpus unit × profile the engine analyses', () => {
    expect(records.length).toBeGreaterThan(3800);
    expect(new Set(records.map((r) => r.profile))).toEqual(new Set(PLANNER_PROFILES));
  });

  it('the analyzer printed the predicted exposure for every drop-in', () => {
    const wrong = records.filter((r) => r.oracle.exposure !== r.predicted).map((r) => `${r.unit} ${r.profile}: predicted ${r.predicted}, printed ${r.oracle.exposure}`);
    expect(wrong).toEqual([]);
  });

  it('no drop-in drew a warning', () => {
    const loud = records.filter((r) => r.oracle.stderr !== r.oracle.stderrWithout).map((r) => `${r.unit} ${r.profile}: ${r.oracle.stderr}`);
    expect(loud).toEqual([]);
  });

  it('the target is met for at least 60 % of the pairs, and wherever the planner says so', () => {
    const met = records.filter((r) => r.met);
    expect(met.length / records.length).toBeGreaterThanOrEqual(0.6);
    for (const r of met) expect(r.oracle.exposure).toBeLessThanOrEqual(PLANNER_TARGET);
  });

  it('the recording is what the planner writes today (every fourth unit)', () => {
    const byKey = new Map(records.map((r) => [`${r.unit} ${r.profile}`, r]));
    const pairs = plannerPairs();
    const stale: string[] = [];
    const step = 4 * PLANNER_PROFILES.length;
    for (let i = 0; i < pairs.length; i += step) {
      const pair = pairs[i + ((i / step) % PLANNER_PROFILES.length)];
      if (pair === undefined) continue;
      const plan = planPair(pair, target);
      const recorded = byKey.get(`${pair.corpus.unit} ${pair.profile}`);
      if (plan === null) {
        expect(recorded, pair.corpus.unit).toBeUndefined();
        continue;
      }
      if (recorded === undefined || settingLines(plan.dropIn.text) !== recorded.dropIn || plan.after.exposure !== recorded.predicted) stale.push(`${pair.corpus.unit} ${pair.profile}`);
    }
    expect(stale, 'the planner changed: npm run record-planner').toEqual([]);
  }, 120_000);
});
