/**
 * `npm run fuzz:engine -- [--count=N] [--seed=S] [--slow-ms=50] [--out=DIR] [--replay=INDEX]`
 *
 * Long-run robustness fuzzing of everything that reads untrusted text, with no oracle: N inputs
 * (default 100,000) from seed S (default: fresh, printed) — grammar-made units, mutated corpus
 * units, mutated and junk permalinks (see `lib/fuzz-inputs.ts`) — through `decodePermalink`,
 * `parsePolicy`, `analyze` and every formatter. A finding is: a throw; a span outside its file's
 * text (`test/robustness/invariants.ts`); nondeterminism (every 8th input is analysed twice and
 * compared); or an input under 10 KB whose analysis takes more than `--slow-ms` (default 50) ms in
 * three timings out of three (one slow timing is a GC pause or a busy machine, not the engine).
 * Each finding is printed and saved as JSON (input, version, what happened) in `--out` (default
 * `fuzz-engine/` in the test output folder, see test/support/output-dir.ts); `--replay=INDEX`
 * regenerates input INDEX of the seed and prints it.
 * Progress every 5 seconds: inputs, inputs/s, findings. Exits 1 when anything was found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { analyze, parsePolicy } from '../src/engine/index.ts';
import type { Analysis, AnalyzeOptions, UnitFile } from '../src/engine/index.ts';
import { decodePermalink } from '../src/permalink/index.ts';
import { formatEverything, spanProblems } from '../test/robustness/invariants.ts';
import { freshSeed, unitRng } from '../test/fuzz/random.ts';
import { testOutputDir } from '../test/support/output-dir.ts';
import { readCorpusUnits } from './lib/corpus.ts';
import { fuzzInput, type FuzzInput } from './lib/fuzz-inputs.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    'slow-ms': { type: 'string', default: '50' },
    out: { type: 'string' },
    replay: { type: 'string' },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) >>> 0 : freshSeed();
const count = Number(values.count);
const slowMs = Number(values['slow-ms']);
const SMALL = 10_000;
const corpus = readCorpusUnits().flatMap((u) => u.files.map((f) => f.text));

/** What one input did wrong, if anything. */
interface Finding {
  readonly index: number;
  readonly problem: string;
  readonly input: FuzzInput;
}

const inputSize = (files: readonly UnitFile[]): number => files.reduce((n, f) => n + f.path.length + f.text.length, 0);

function timed(files: readonly UnitFile[], options: AnalyzeOptions): { analysis: Analysis; ms: number } {
  const started = performance.now();
  const analysis = analyze(files, options);
  return { analysis, ms: performance.now() - started };
}

/** Runs input `index` through every reader and checks the invariants; returns the problem or null. */
function check(input: FuzzInput, index: number): string | null {
  let files = input.files;
  let options: AnalyzeOptions = { version: input.version, ...(input.unit === undefined ? {} : { unit: input.unit }) };
  try {
    if (input.fragment !== undefined) {
      const decoded = decodePermalink(input.fragment);
      if (!decoded.ok) return null;
      files = decoded.state.files;
      if (decoded.state.policy !== undefined) {
        const policy = parsePolicy(decoded.state.policy);
        if (policy.ok) options = { ...options, policy: policy.policy };
      }
    }
    const { analysis, ms } = timed(files, options);
    const problems = spanProblems(files, analysis);
    if (problems.length > 0) return `span outside the text: ${problems.slice(0, 3).join('; ')}`;
    formatEverything(analysis);
    if (index % 8 === 0 && !isDeepStrictEqual(analyze(files, options), analysis)) return 'nondeterministic: a second analysis differs';
    if (ms > slowMs && inputSize(files) < SMALL) {
      const again = [timed(files, options).ms, timed(files, options).ms];
      if (again.every((t) => t > slowMs)) return `slow: ${[ms, ...again].map((t) => t.toFixed(0)).join(', ')} ms for ${inputSize(files)} characters`;
    }
    return null;
  } catch (error) {
    return `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
}

function save(finding: Finding): string {
  const dir = values.out === undefined ? testOutputDir('fuzz-engine') : resolve(values.out);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `engine-${seed}-${finding.index}.json`);
  writeFileSync(file, `${JSON.stringify({ seed, ...finding }, null, 2)}\n`);
  return file;
}

if (values.replay !== undefined) {
  const index = Number(values.replay);
  const input = fuzzInput(unitRng(seed, index), corpus);
  console.log(JSON.stringify(input, null, 2));
  console.log(check(input, index) ?? 'no problem');
} else {
  console.log(`fuzz:engine: ${count} inputs, FUZZ_SEED=${seed}, slow = over ${slowMs} ms below ${SMALL} characters`);
  const started = performance.now();
  let lastReport = started;
  let characters = 0;
  const kinds = new Map<string, number>();
  const findings: Finding[] = [];
  for (let index = 0; index < count; index++) {
    const input = fuzzInput(unitRng(seed, index), corpus);
    kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
    characters += inputSize(input.files) + (input.fragment?.length ?? 0);
    const problem = check(input, index);
    if (problem !== null) {
      const finding = { index, problem, input };
      findings.push(finding);
      console.log(`FOUND #${index} (${input.kind}, systemd ${input.version}): ${problem.split('\n').slice(0, 4).join(' | ')}\n  saved ${save(finding)}`);
    }
    const now = performance.now();
    if (now - lastReport > 5000) {
      lastReport = now;
      const seconds = (now - started) / 1000;
      console.log(`${index + 1} inputs, ${Math.round((index + 1) / seconds)}/s, ${findings.length} findings, ${seconds.toFixed(0)} s`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`done: ${count} inputs (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; ${(characters / 1e6).toFixed(1)} M characters) in ${seconds.toFixed(1)} s, ${Math.round(count / seconds)}/s; ${findings.length} findings`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}
