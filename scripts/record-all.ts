/**
 * `npm run record-all -- [--dry-run] [--only=SUBSTRING] [--steps=NAME,…] [--skip=NAME,…]`
 *
 * Re-records every golden file from the real tools on this machine, in dependency order, and leaves
 * the changes in the working tree for review; nothing is committed. The steps:
 *
 *   version-data     data/systemd/<major>/            scripts/record-version-data.ts (oracle trees, gcc)
 *   engine-data      src/engine/versions/generated/   scripts/gen-engine-data.ts (from version-data)
 *   syscall-aliases  …/generated/syscall-aliases.ts   scripts/probe-syscall-aliases.ts (~25 min)
 *   cases            test/fixtures/cases/*\/files      scripts/make-cases.ts --no-record (inputs from scripts/cases/)
 *   oracle           test/fixtures/corpus/, cases/*\/expected-*.json
 *                                                    scripts/record-oracle.ts --set=all (offline and live: ~1 h)
 *   format           test/fixtures/format/            scripts/record-format-fixtures.ts
 *   live-format      test/fixtures/live-format/       scripts/record-live-format.ts (live, root)
 *   planner-notes    src/planner/generated/notes.ts   scripts/generate-planner-notes.ts (from content/)
 *   planner          test/fixtures/planner/           scripts/record-planner.ts (corpus × profiles: 262 ~3 min, live-255 root ~20 min)
 *   collections      test/fixtures/collections/*\/oracle.json
 *                                                    scripts/compare-collections.ts (public drop-ins; live part root)
 *   terminal         test/fixtures/terminal/          scripts/record-terminal.ts (at a terminal: colours,
 *                                                    links, width; offline and live (root), ~20 min)
 *
 * `--only=SUBSTRING` records just the cases and corpus units whose names contain it (the `cases`
 * and `oracle` steps; the others have no such subset and are skipped). `--steps=` runs only the
 * named steps, `--skip=` all but those. `--dry-run` prints the commands and runs nothing. Every
 * step runs even when one before it failed. At the end: the files that changed (`git status`) and
 * a diff with gzip files shown as text, written to a temporary file whose path is printed
 * (`*.gz diff=gzip` in test/fixtures/.gitattributes; `git -c diff.gzip.textconv='gzip -dc' diff`
 * shows the same). Exits 1 when a step failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One recording step: the script, its arguments, what it writes, and whether `--only` narrows it. */
interface Step {
  readonly name: string;
  readonly script: string;
  readonly args: readonly string[];
  readonly writes: readonly string[];
  /** The argument that narrows the step to `--only`'s names, or null when it cannot be narrowed. */
  readonly only: ((substring: string) => string) | null;
}

const GENERATED = 'src/engine/versions/generated';

/** The steps in the order their outputs depend on each other. */
const STEPS: readonly Step[] = [
  { name: 'version-data', script: 'scripts/record-version-data.ts', args: [], writes: ['data/systemd'], only: null },
  { name: 'engine-data', script: 'scripts/gen-engine-data.ts', args: [], writes: [GENERATED], only: null },
  { name: 'syscall-aliases', script: 'scripts/probe-syscall-aliases.ts', args: [], writes: [`${GENERATED}/syscall-aliases.ts`], only: null },
  { name: 'cases', script: 'scripts/make-cases.ts', args: ['--no-record'], writes: ['test/fixtures/cases'], only: (s) => `--only=${s}` },
  { name: 'oracle', script: 'scripts/record-oracle.ts', args: ['--set=all'], writes: ['test/fixtures/corpus', 'test/fixtures/cases'], only: (s) => `--only=${s}` },
  { name: 'format', script: 'scripts/record-format-fixtures.ts', args: [], writes: ['test/fixtures/format'], only: null },
  { name: 'live-format', script: 'scripts/record-live-format.ts', args: [], writes: ['test/fixtures/live-format'], only: null },
  { name: 'planner-notes', script: 'scripts/generate-planner-notes.ts', args: [], writes: ['src/planner/generated/notes.ts'], only: null },
  { name: 'planner', script: 'scripts/record-planner.ts', args: ['--target=262', '--target=live-255'], writes: ['test/fixtures/planner'], only: null },
  { name: 'collections', script: 'scripts/compare-collections.ts', args: [], writes: ['test/fixtures/collections'], only: null },
  { name: 'terminal', script: 'scripts/record-terminal.ts', args: [], writes: ['test/fixtures/terminal'], only: null },
];

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    only: { type: 'string' },
    steps: { type: 'string' },
    skip: { type: 'string' },
  },
});
const names = (list: string | undefined): string[] => (list ?? '').split(',').filter((n) => n !== '');
const chosen = names(values.steps);
const skipped = names(values.skip);
for (const n of [...chosen, ...skipped]) {
  if (!STEPS.some((s) => s.name === n)) throw new Error(`record-all: no step ${n} (steps: ${STEPS.map((s) => s.name).join(', ')})`);
}
const only = values.only;
const dryRun = values['dry-run'];

const results: { name: string; status: string }[] = [];
for (const step of STEPS) {
  if ((chosen.length > 0 && !chosen.includes(step.name)) || skipped.includes(step.name)) continue;
  if (only !== undefined && step.only === null) {
    console.log(`\n=== ${step.name}: skipped (it records everything; --only=${only} narrows only cases and oracle)`);
    results.push({ name: step.name, status: 'skipped' });
    continue;
  }
  const args = [step.script, ...step.args, ...(only !== undefined && step.only !== null ? [step.only(only)] : [])];
  console.log(`\n=== ${step.name}: node ${args.join(' ')}   (writes ${step.writes.join(', ')})`);
  if (dryRun) {
    results.push({ name: step.name, status: 'dry run' });
    continue;
  }
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  results.push({ name: step.name, status: run.status === 0 ? `ok, ${seconds} s` : `FAILED (status ${String(run.status)}), ${seconds} s` });
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.name.padEnd(16)} ${r.status}`);
if (!dryRun) {
  const outputs = [...new Set(STEPS.flatMap((s) => s.writes))];
  const git = (args: readonly string[]): string =>
    spawnSync('git', ['-c', 'diff.gzip.textconv=gzip -dc', ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout ?? '';
  const changed = git(['status', '--porcelain', '--untracked-files=all', '--', ...outputs]).trimEnd();
  if (changed === '') console.log('no golden file changed');
  else {
    console.log(`changed golden files (review, then commit):\n${changed}`);
    // New files are not in `git diff`: each is shown against nothing.
    const untracked = changed.split('\n').filter((line) => line.startsWith('?? ')).map((line) => line.slice(3));
    const fresh = untracked.map((path) => git(['diff', '--no-index', '--textconv', '--', '/dev/null', path])).join('');
    const file = join(mkdtempSync(join(tmpdir(), 'unitscore-record-all-')), 'golden.diff');
    writeFileSync(file, git(['diff', '--textconv', '--', ...outputs]) + fresh);
    console.log(`the diff, gzip files as text: ${file}`);
  }
}
process.exit(results.some((r) => r.status.startsWith('FAILED')) ? 1 : 0);
