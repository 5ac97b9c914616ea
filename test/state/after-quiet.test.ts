/** The debounce with a ceiling that keeps autosave and link sync off the keystrokes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet } from '../../src/state/after-quiet.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterQuiet', () => {
  it.each([
    // [case, schedule times (ms), quiet, max wait, run times]
    ['one change runs after the pause', [0], 100, 800, [100]],
    ['a burst runs once, after its last change', [0, 50, 90, 140], 100, 800, [240]],
    ['non-stop changes still run at the ceiling', Array.from({ length: 40 }, (_, i) => i * 50), 100, 800, [800, 1600, 2050]],
    ['two bursts run twice', [0, 500], 100, 800, [100, 600]],
  ] as const)('%s', (_case, at, quiet, maxWait, want) => {
    const runs: number[] = [];
    const q = afterQuiet(() => runs.push(Date.now() - start), quiet, maxWait);
    const start = Date.now();
    let now = 0;
    for (const t of at) {
      vi.advanceTimersByTime(t - now);
      now = t;
      q.schedule();
    }
    vi.advanceTimersByTime(5000);
    expect(runs).toEqual(want);
  });

  it('flush runs a pending run at once and only once; cancel drops it', () => {
    let runs = 0;
    const q = afterQuiet(() => runs++, 100);
    q.flush();
    expect(runs).toBe(0);
    q.schedule();
    q.flush();
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
    q.schedule();
    q.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
  });
});
