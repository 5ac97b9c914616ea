/**
 * The fuzz generator's own contract, checked without any oracle: a seed replays exactly, units are
 * varied, and the file lists are shaped the way the oracle runner and the golden cases expect.
 */
import { describe, expect, it } from 'vitest';
import { generateUnit } from './generate.ts';
import { createRng, unitRng } from './random.ts';
import { SETTINGS } from './settings.ts';

const SAMPLE = Array.from({ length: 400 }, (_, i) => generateUnit(unitRng(12345, i)));

describe('createRng', () => {
  it.each([0, 1, 0xffffffff, 123456789])('replays the same sequence for seed %i', (seed) => {
    const a = createRng(seed);
    const b = createRng(seed);
    const draws = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(draws);
    expect(new Set(draws).size).toBe(50);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each([
    // [min, max]: every value in range is reached and none outside
    [0, 3],
    [5, 5],
    [-2, 2],
  ])('int(%i, %i) covers exactly its range', (min, max) => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(min, max)));
    expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
  });

  it('weighted never picks a zero weight and shuffle keeps every element', () => {
    const rng = createRng(99);
    const picks = new Set(Array.from({ length: 300 }, () => rng.weighted([[0, 'never'], [1, 'a'], [3, 'b']])));
    expect([...picks].sort()).toEqual(['a', 'b']);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('generateUnit', () => {
  it('replays a unit from its seed and index', () => {
    expect(generateUnit(unitRng(12345, 17))).toEqual(SAMPLE[17]);
    expect(generateUnit(unitRng(12346, 17))).not.toEqual(SAMPLE[17]);
  });

  it('puts the unit file first, alone at the top level, with drop-ins in *.d folders', () => {
    for (const unit of SAMPLE) {
      const [main, ...rest] = unit.files;
      expect(main?.path).toMatch(/^[\w.@-]+\.service$/);
      for (const f of rest) expect(f.path).toMatch(/^[\w.@-]+\.d\/[\w.-]+\.(conf|txt)$/);
    }
  });

  it('writes every setting of the table somewhere in a few hundred units', () => {
    const text = SAMPLE.flatMap((u) => u.files.map((f) => f.text)).join('\n');
    const missing = SETTINGS.filter((s) => !new RegExp(`^\\s*${s.key}\\s*=`, 'm').test(text)).map((s) => s.key);
    expect(missing).toEqual([]);
  });

  it.each([
    // [feature named in descriptions, least share of units that should have it]
    ['hardened', 0.05],
    ['worst', 0.01],
    ['continuation', 0.1],
    ['drop-ins:', 0.1],
    ['crlf', 0.01],
    ['no-exec-start', 0.004],
  ])('mixes in %s (at least %f of units)', (feature, share) => {
    expect(SAMPLE.filter((u) => u.description.includes(feature)).length / SAMPLE.length).toBeGreaterThanOrEqual(share);
  });

  it('keeps most units rich: the median unit has at least 10 assignments', () => {
    const counts = SAMPLE.map((u) => Number(/, (\d+) assignments/.exec(u.description)?.[1])).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeGreaterThanOrEqual(10);
  });
});
