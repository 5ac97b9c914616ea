/**
 * The differential fuzz test: for every target (systemd version × mode) whose real analyzer is on
 * this machine, generated units from FUZZ_SEED (default: the fixed {@link DEFAULT_SEED}, so that
 * `npm test` cannot go red by chance; `FUZZ_SEED=random` draws a fresh one, printed first so a
 * failure can be replayed with `FUZZ_SEED=… npx vitest run test/fuzz`; `npm run fuzz` explores
 * fresh seeds by default) are analysed by the real
 * `systemd-analyze security` (text and `--json=short`; offline `--offline=true ./x.service`, live
 * the unit installed in a booted manager, see scripts/lib/live-oracle.ts, which needs root) and by
 * the engine's CLI in-process. stdout and exit status must be identical for every unit; stderr must
 * match for at least 99 % of them. The units of stdout/status mismatches are set aside in the test
 * output folder (test/support/output-dir.ts; not when more than half of a target's units mismatch:
 * the engine lacks that target) and the report names the command that keeps them as golden cases
 * (`npm run fuzz -- --seed=… --save=…`), so a fixed bug stays covered; the test itself never
 * writes into the working tree.
 *
 * Size: FUZZ_COUNT units per offline target (default 200), FUZZ_LIVE_COUNT per live target (default
 * 60: a live run costs a manager's round trip); FUZZ_TARGETS=252,live-262 limits the targets. Without any analyzer (a laptop without
 * systemd) the suite is skipped with a printed notice.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { availableLiveOracles } from '../../scripts/lib/live-oracle.ts';
import { availableOracles } from '../../scripts/lib/oracle.ts';
import { allTargets, targetId, type Target } from '../../scripts/lib/targets.ts';
import { groupMismatches } from './classify.ts';
import { describeMismatch, runTarget } from './loop.ts';
import { freshSeed } from './random.ts';
import { setAsideMismatches } from './save-cases.ts';
import { testOutputDir } from '../support/output-dir.ts';

const offline = availableOracles();
const live = availableLiveOracles();
const only = (process.env['FUZZ_TARGETS'] ?? '').split(',').filter((t) => t !== '');
const targets: Target[] = allTargets()
  .filter((t) => (t.mode === 'live' ? live : offline).includes(t.version))
  .filter((t) => only.length === 0 || only.includes(targetId(t)));
const countOf = (t: Target): number => Number(t.mode === 'live' ? (process.env['FUZZ_LIVE_COUNT'] ?? 60) : (process.env['FUZZ_COUNT'] ?? 200));
/** The seed `npm test` uses unless FUZZ_SEED says otherwise; its units match on every target. */
const DEFAULT_SEED = 20261207;
const seedVar = process.env['FUZZ_SEED'] ?? '';
const seed = seedVar === 'random' ? freshSeed() : seedVar !== '' ? Number(seedVar) >>> 0 : DEFAULT_SEED;
const MIN_STDERR_MATCH = 0.99;
const SHOW = 20;
// Offline: ~30 ms of CPU per unit (two analyzer runs plus the engine). Live: ~25 ms per analyzer run
// on an idle machine, 10–20 × that on a loaded one, plus a manager boot (1–4 s) per few hundred units.
const timeoutOf = (t: Target): number => (t.mode === 'live' ? Math.max(180_000, countOf(t) * 1500) : Math.max(120_000, countOf(t) * 150));
// Units already set aside by an earlier target's test in this run (a unit failing on several is set aside once).
const savedIndices = new Set<number>();

const skipReason = targets.length === 0 ? 'no systemd-analyze oracle on this machine (see scripts/lib/oracle.ts and live-oracle.ts)' : null;

if (skipReason !== null) {
  console.log(`differential fuzz SKIPPED: ${skipReason}`);
  describe.skip('differential fuzz against systemd-analyze', () => {
    it('needs a systemd-analyze oracle', () => undefined);
  });
} else {
  console.log(`differential fuzz: FUZZ_SEED=${seed} targets=${targets.map((t) => `${targetId(t)}×${countOf(t)}`).join(',')}`);
  describe('differential fuzz against systemd-analyze', () => {
    for (const target of targets) {
      const id = targetId(target);
      const count = countOf(target);
      it.skipIf(count <= 0)(`the engine prints what systemd-analyze ${target.version} prints ${target.mode} for generated units (${id})`, async () => {
        const stats = await runTarget(target, { seed, count, cli: main });
        const pct = (n: number): string => `${((100 * n) / Math.max(1, stats.units)).toFixed(2)} %`;
        const lines = [
          `${id}: ${stats.units} units (${stats.refused} refused by systemd), stdout+status match ${stats.stdoutMatches} (${pct(stats.stdoutMatches)}), ` +
            `stderr match ${stats.stderrMatches} (${pct(stats.stderrMatches)}), ${(stats.ms / 1000).toFixed(1)} s  [FUZZ_SEED=${seed}]`,
          ...groupMismatches(stats.mismatches).map((g) => `  ${String(g.indices.length).padStart(5)} × ${g.label} (units ${g.indices.slice(0, 5).join(', ')})`),
          ...stats.mismatches.slice(0, SHOW).map((m) => '  ' + describeMismatch(m, seed)),
        ];
        if (stats.stderrMismatches.length > 0) {
          lines.push(`  stderr mismatches: ${stats.stderrMismatches.length} (first ${Math.min(SHOW, stats.stderrMismatches.length)}):`);
          lines.push(...stats.stderrMismatches.slice(0, SHOW).map((m) => '  ' + describeMismatch(m, seed)));
        }
        const fresh = stats.mismatches.filter((m) => !savedIndices.has(m.index));
        if (fresh.length > 0 && stats.mismatches.length * 2 > stats.units) {
          lines.push(`  not set aside: ${stats.mismatches.length} of ${stats.units} units mismatch (the engine lacks ${id}?)`);
        } else if (fresh.length > 0) {
          const dir = testOutputDir('fuzz-mismatches');
          const indices = setAsideMismatches(fresh, seed, dir);
          fresh.forEach((m) => savedIndices.add(m.index));
          lines.push(`  set aside in ${dir}; keep them as golden cases: npm run fuzz -- --seed=${seed} --save=${indices.join(',')} --why='…'`);
        }
        const report = lines.join('\n');
        console.log(report);

        expect(stats.units).toBe(count);
        expect(stats.mismatches.length, report).toBe(0);
        expect(stats.stderrMatches / stats.units, report).toBeGreaterThanOrEqual(MIN_STDERR_MATCH);
      }, timeoutOf(target));
    }
  });
}
