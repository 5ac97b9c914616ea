/**
 * The differential fuzz test: for every systemd version whose real analyzer is on this machine,
 * FUZZ_COUNT generated units (default 2000) from FUZZ_SEED (default: fresh, printed first so a
 * failure can be replayed with `FUZZ_SEED=… npx vitest run test/fuzz`) are analysed by the real
 * `systemd-analyze security --offline=true` (text and `--json=short`) and by the engine's CLI
 * in-process. stdout and exit status must be identical for every unit; stderr must match for at
 * least 99 % of them. Each stdout/status mismatch is also saved as a golden case
 * (test/fixtures/cases/fuzz-SEED-INDEX), so it stays covered after it is fixed.
 * Without any analyzer (a laptop without systemd) the suite is skipped with a printed notice.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { availableOracles } from '../../scripts/lib/oracle.ts';
import { groupMismatches } from './classify.ts';
import { describeMismatch, runVersion } from './loop.ts';
import { freshSeed } from './random.ts';
import { saveMismatches } from './save-cases.ts';

const versions = availableOracles();
const count = Number(process.env['FUZZ_COUNT'] ?? 2000);
const seed = process.env['FUZZ_SEED'] !== undefined && process.env['FUZZ_SEED'] !== '' ? Number(process.env['FUZZ_SEED']) >>> 0 : freshSeed();
const MIN_STDERR_MATCH = 0.99;
const SHOW = 20;
// Measured: ~30 ms of CPU per unit and version (two analyzer runs, ~12 ms each, plus the engine),
// i.e. ~90 s for 3 × 2000 units on 2 idle cores, 2–3 × that on a busy machine; the margin covers both.
const TIMEOUT_MS = Math.max(120_000, count * 150);
// Units already saved by an earlier version's test in this run (a unit failing on all three is saved once).
const savedIndices = new Set<number>();

const skipReason = versions.length === 0 ? 'no systemd-analyze oracle on this machine (see scripts/lib/oracle.ts)' : count <= 0 ? `FUZZ_COUNT=${count}` : null;

if (skipReason !== null) {
  console.log(`differential fuzz SKIPPED: ${skipReason}`);
  describe.skip('differential fuzz against systemd-analyze', () => {
    it('needs a systemd-analyze oracle', () => undefined);
  });
} else {
  console.log(`differential fuzz: FUZZ_SEED=${seed} FUZZ_COUNT=${count} versions=${versions.join(',')}`);
  describe('differential fuzz against systemd-analyze', () => {
    it.each(versions)('the engine prints what systemd-analyze %s prints for generated units', async (version) => {
      const stats = await runVersion(version, { seed, count, cli: main });
      const pct = (n: number): string => `${((100 * n) / Math.max(1, stats.units)).toFixed(2)} %`;
      const lines = [
        `systemd ${version}: ${stats.units} units (${stats.refused} refused by systemd), stdout+status match ${stats.stdoutMatches} (${pct(stats.stdoutMatches)}), ` +
          `stderr match ${stats.stderrMatches} (${pct(stats.stderrMatches)}), ${(stats.ms / 1000).toFixed(1)} s  [FUZZ_SEED=${seed}]`,
        ...groupMismatches(stats.mismatches).map((g) => `  ${String(g.indices.length).padStart(5)} × ${g.label} (units ${g.indices.slice(0, 5).join(', ')})`),
        ...stats.mismatches.slice(0, SHOW).map((m) => '  ' + describeMismatch(m, seed)),
      ];
      if (stats.stderrMismatches.length > 0) {
        lines.push(`  stderr mismatches: ${stats.stderrMismatches.length} (first ${Math.min(SHOW, stats.stderrMismatches.length)}):`);
        lines.push(...stats.stderrMismatches.slice(0, SHOW).map((m) => '  ' + describeMismatch(m, seed)));
      }
      const fresh = stats.mismatches.filter((m) => !savedIndices.has(m.index));
      if (fresh.length > 0) {
        const names = saveMismatches(fresh, seed, versions);
        fresh.forEach((m) => savedIndices.add(m.index));
        lines.push(`  saved as golden cases: ${names.join(' ')}`);
      }
      const report = lines.join('\n');
      console.log(report);

      expect(stats.units).toBe(count);
      expect(stats.mismatches.length, report).toBe(0);
      expect(stats.stderrMatches / stats.units, report).toBeGreaterThanOrEqual(MIN_STDERR_MATCH);
    }, TIMEOUT_MS);
  });
}
