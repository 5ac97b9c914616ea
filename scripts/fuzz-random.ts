/**
 * `npm run fuzz:random -- [--rounds=N] [--seed=S] [TEST_FILE…]`
 *
 * Runs the property tests (every test file that calls `checkProperty`/`checkAsyncProperty`, or the
 * files named) from fresh seeds, N rounds (default 1), or from seed S (`--seed=384188740` replays
 * a seed fast-check reported). Each round runs vitest's unit project with `PROPERTY_SEED=random` and
 * its own test output folder; every counterexample a failing property leaves there is added to
 * test/fixtures/property-counterexamples.json, which every later `npm test` runs first (see
 * test/support/property.ts). Prints each addition; the new cases show in `git diff`. Exits 1 when a
 * round found anything, or when vitest failed without leaving a counterexample.
 *
 * The differential fuzz against the real analyzers draws fresh seeds with `npm run fuzz`, which
 * keeps its mismatches as golden cases in the same spirit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fromCounterexampleJson } from '../test/support/counterexample-json.ts';
import { COUNTEREXAMPLES_FILE, keepCounterexamples, type FoundCounterexample } from '../test/support/counterexample-file.ts';
import { TEST_OUT_VARIABLE } from '../test/support/output-dir.ts';
import { FOUND_FOLDER } from '../test/support/property.ts';
import { PROPERTY_SEED_VARIABLE } from '../test/support/property-seed.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '1' }, seed: { type: 'string', default: 'random' } },
});

/** Test files (relative to the repository) whose source runs a property through the kept-counterexample helpers. */
function propertyTestFiles(dir = join(repoRoot, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : propertyTestFiles(path);
    return entry.name.endsWith('.test.ts') && /\bcheck(Async)?Property\(/.test(readFileSync(path, 'utf8')) ? [relative(repoRoot, path)] : [];
  });
}

/** The counterexamples a round left in its output folder. */
function foundIn(out: string): FoundCounterexample[] {
  const dir = join(out, FOUND_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map((n) => fromCounterexampleJson(readFileSync(join(dir, n), 'utf8')) as FoundCounterexample);
}

const files = positionals.length > 0 ? positionals : propertyTestFiles();
const rounds = Number(values.rounds);
const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');
let found = 0;
let brokenRounds = 0;
console.log(`fuzz:random: ${rounds} round(s), ${PROPERTY_SEED_VARIABLE}=${values.seed}, ${files.length} files: ${files.join(' ')}`);
for (let round = 1; round <= rounds; round++) {
  const out = mkdtempSync(join(tmpdir(), 'unitscore-fuzz-random-'));
  try {
    const env = { ...process.env, [PROPERTY_SEED_VARIABLE]: values.seed, [TEST_OUT_VARIABLE]: out };
    const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', ...files], { cwd: repoRoot, env, stdio: 'inherit' });
    const fresh = foundIn(out);
    const added = keepCounterexamples(fresh);
    for (const a of added) console.log(`round ${round}: kept a counterexample of "${a.id}" (seed ${a.seed}): ${JSON.stringify(a.args).slice(0, 200)}`);
    if (fresh.length > added.length) console.log(`round ${round}: ${fresh.length - added.length} counterexample(s) were kept already`);
    found += fresh.length;
    if (run.status !== 0 && fresh.length === 0) brokenRounds++;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
console.log(found === 0 ? 'fuzz:random: no counterexample found' : `fuzz:random: ${found} counterexample(s); the kept ones are in ${relative(repoRoot, COUNTEREXAMPLES_FILE)}`);
if (brokenRounds > 0) console.log(`fuzz:random: vitest failed in ${brokenRounds} round(s) without a counterexample (see its output above)`);
process.exit(found > 0 || brokenRounds > 0 ? 1 : 0);
