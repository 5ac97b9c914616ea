/**
 * Property tests with a memory. `checkProperty(id, property)` runs a property as `fc.assert` does
 * (from the seed test/support/property-seed.ts chooses), but first on every counterexample kept for
 * `id` in test/fixtures/property-counterexamples.json, as fast-check `examples`: a bug a random seed
 * found once stays tested on every run. A failing run writes its counterexample into the test output
 * folder (`property-counterexamples/`, see output-dir.ts) and names the file; `npm run fuzz:random`
 * runs the properties from fresh seeds and moves what they find into the kept file. Tests never
 * write it.
 *
 * When a property's arguments change shape, its kept counterexamples must be rewritten or removed
 * with it (fast-check would hand the old shape to the predicate).
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCounterexamples, type FoundCounterexample, type KeptCounterexample } from './counterexample-file.ts';
import { toCounterexampleJson } from './counterexample-json.ts';
import { testOutputDir } from './output-dir.ts';

/** The folder of the test output where failing runs leave their counterexamples. */
export const FOUND_FOLDER = 'property-counterexamples';

let kept: Readonly<Record<string, readonly KeptCounterexample[]>> | undefined;

/** `params` with the kept counterexamples of `id` run first, before any of its own `examples`. */
function withKept<Ts>(id: string, params: fc.Parameters<Ts>): fc.Parameters<Ts> {
  kept ??= readCounterexamples();
  const examples = (kept[id] ?? []).map((c) => c.args as unknown as Ts);
  return { ...params, examples: [...examples, ...(params.examples ?? [])] };
}

/** Writes a failed run's counterexample to the test output and throws fast-check's report, naming the file. */
function fail<Ts>(id: string, details: fc.RunDetails<Ts>): never {
  let where = '';
  if (details.counterexample !== null) {
    const found: FoundCounterexample = { id, seed: details.seed, args: details.counterexample as unknown as unknown[] };
    const file = join(testOutputDir(FOUND_FOLDER), `${id.replace(/[^A-Za-z0-9]+/g, '-')}-${details.seed}.json`);
    writeFileSync(file, `${toCounterexampleJson(found, 1)}\n`);
    where = `\n\nCounterexample written to ${file} (npm run fuzz:random keeps such files as regression cases).`;
  }
  throw new Error(`${fc.defaultReportMessage(details) ?? `property ${id} failed`}${where}`);
}

/**
 * Runs a synchronous property: its kept counterexamples first, then `params.numRuns` (default
 * fast-check's 100) generated cases from the configured seed. `id` names the property in the kept
 * file and must be unique across the tests (e.g. `permalink/decode-errors: random strings`).
 * Throws like `fc.assert` when it fails.
 */
export function checkProperty<Ts>(id: string, property: fc.IProperty<Ts>, params: fc.Parameters<Ts> = {}): void {
  const details = fc.check(property, withKept(id, params));
  if (details.failed) fail(id, details);
}

/** {@link checkProperty} for an asynchronous property. */
export async function checkAsyncProperty<Ts>(id: string, property: fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts> = {}): Promise<void> {
  const details = await fc.check(property, withKept(id, params));
  if (details.failed) fail(id, details);
}
