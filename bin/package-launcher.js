#!/usr/bin/env node
// @ts-check
/**
 * The package's `unitscore` command: `scripts/build-package.ts` ships this file as
 * `dist-package/unitscore.js`, beside the bundled CLI `cli.cjs` it runs (the repository runs
 * `bin/unitscore.js` instead).
 *
 * The bundle runs with a V8 code cache made at the end of a run: hand-written because neither Node's
 * module compile cache (`module.enableCompileCache()`) nor `v8-compile-cache` does that. Both keep
 * what V8 compiled before the code ran, so every run compiles again the hundreds of functions V8
 * compiles only when first called; a cache made by `vm.Script#createCachedData()` after the run
 * holds them too (one unit 47 → 40 ms, 1,500 units 211 → 200 ms on the benchmark's machine, where
 * `node -e 0` takes 24 ms).
 *
 * The cache lives where Node keeps its own: `NODE_COMPILE_CACHE`, else `<tmpdir>/node-compile-cache`;
 * none with `NODE_DISABLE_COMPILE_CACHE` set. A run writes it when there was none, when V8 refused
 * it (another Node, another bundle), or when the run named at least twice as many files as the run
 * that made it (up to {@link FULL_RUN_FILES}): a run on one unit leaves out the functions only other
 * units call, which a batch would then compile on every run (1,500 units: 3 % slower than with a
 * cache a batch made). So the cache is made again at most a dozen times, each time by a run that
 * saw more of the code. It is written as a whole file renamed into place, so runs side by side never
 * read half of one. Failing to read or write it never fails a run.
 *
 * The file: the number of FILE arguments of the run that made it (4 bytes, little-endian), then
 * V8's data.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'cli.cjs');
const source = readFileSync(bundle, 'utf8');

/** The cache file of this Node and this bundle (its size and time tell one installed bundle from another), or null for none. */
function cacheFile() {
  if (process.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return null;
  const dir = process.env['NODE_COMPILE_CACHE'] ?? join(tmpdir(), 'node-compile-cache');
  const { size, mtimeMs } = statSync(bundle);
  return join(dir, `unitscore-${process.version}-${size}-${Math.trunc(mtimeMs)}.v8`);
}

/** A run naming this many files is taken to call all the code a batch calls: its cache is not made again. */
const FULL_RUN_FILES = 1024;

/** The FILE arguments of this run: after the verb, those that are not options. */
function filesNamed() {
  let files = 0;
  for (const arg of process.argv.slice(3)) if (!arg.startsWith('-')) files++;
  return files;
}

const cachePath = cacheFile();
/** @type {Buffer | undefined} */
let cachedData;
/** The FILE arguments of the run that made the cache (0 without one). */
let madeByFiles = 0;
try {
  const file = cachePath === null ? undefined : readFileSync(cachePath);
  if (file !== undefined && file.length > 4) {
    madeByFiles = file.readUInt32LE(0);
    cachedData = file.subarray(4);
  }
} catch {
  cachedData = undefined;
}
// The bundle as Node would wrap a CommonJS module.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const files = filesNamed();
const seesMore = madeByFiles < FULL_RUN_FILES && files >= Math.max(1, 2 * madeByFiles);
if (cachePath !== null && (cachedData === undefined || script.cachedDataRejected === true || seesMore)) {
  process.once('exit', () => {
    try {
      mkdirSync(dirname(cachePath), { recursive: true });
      const partial = `${cachePath}.${process.pid}`;
      const header = Buffer.alloc(4);
      header.writeUInt32LE(Math.min(files, FULL_RUN_FILES));
      writeFileSync(partial, Buffer.concat([header, script.createCachedData()]));
      renameSync(partial, cachePath);
    } catch {
      // A cache only saves time.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, here);
