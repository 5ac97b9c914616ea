/**
 * Where tests put what they make (screenshots, fuzz mismatches, property counterexamples): a folder
 * outside the working tree, so a test run never leaves changes for git to show. Scripts that are
 * meant to change the tree (recording, `npm run fuzz`) write there themselves; tests never do.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variable that moves every test output, e.g. `UNITSCORE_TEST_OUT=/tmp/look npm run test:e2e`. */
export const TEST_OUT_VARIABLE = 'UNITSCORE_TEST_OUT';

const announced = new Set<string>();

/**
 * The folder `parts` (e.g. `screenshots`) below the test output root, created if missing: the root
 * is `$UNITSCORE_TEST_OUT` when set and not empty, else `unitscore-test` in the system's temporary
 * folder (`os.tmpdir()`). The first call for a folder in a process prints where it is, so a reader
 * of the test output can find the files.
 */
export function testOutputDir(...parts: string[]): string {
  const root = process.env[TEST_OUT_VARIABLE] || join(tmpdir(), 'unitscore-test');
  const dir = join(root, ...parts);
  mkdirSync(dir, { recursive: true });
  if (!announced.has(dir)) {
    announced.add(dir);
    console.log(`test output (${parts.join('/') || 'root'}): ${dir}`);
  }
  return dir;
}
