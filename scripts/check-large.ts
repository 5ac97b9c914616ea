/**
 * `node scripts/check-large.ts [--runs=N]`: the CI gate for the large-input budget. Times
 * `analyze()` (systemd 262, the default) on each 1 MB input of `lib/large-inputs.ts` — median CPU
 * time of N calls, default 7, after a warm-up (see `bench-large.ts` for why CPU time) — and exits 1
 * when any median exceeds `LARGE_BUDGET_MS` (100 ms).
 * An input over budget is timed once more before failing: on a shared CI machine one round can
 * land on a busy moment, but a real regression is over budget both times.
 */
import { parseArgs } from 'node:util';
import { LARGE_BUDGET_MS, printTimings, timeLargeInputs } from './bench-large.ts';

function main(): number {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  const runs = Math.max(1, Number(values.runs) || 7);
  const over = printTimings(timeLargeInputs(runs, '262'));
  if (over.length === 0) {
    console.log(`check-large: every 1 MB input within ${LARGE_BUDGET_MS} ms (median CPU time of ${runs}).`);
    return 0;
  }
  console.log(`check-large: over budget in a first round (${over.map((t) => t.input.name).join(', ')}); timing again.`);
  const still = printTimings(timeLargeInputs(runs, '262')).filter((t) => over.some((o) => o.input.name === t.input.name));
  for (const t of still) console.error(`check-large: ${t.input.name}: median ${t.cpuMedianMs.toFixed(1)} ms CPU, budget ${LARGE_BUDGET_MS} ms`);
  return still.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = main();
