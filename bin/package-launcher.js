#!/usr/bin/env node
// @ts-check
/**
 * The package's `unitscore` command: `scripts/build-package.ts` ships this file as
 * `dist-package/unitscore.js`, beside the bundled CLI `cli.cjs` it runs (the repository runs
 * `bin/unitscore.js` instead). It does two things Node cannot be told to do from a package:
 *
 * **A V8 code cache made at the end of a run.** Hand-written because neither Node's module compile
 * cache (`module.enableCompileCache()`) nor `v8-compile-cache` does that. Both keep what V8 compiled
 * before the code ran, so every run compiles again the hundreds of functions V8 compiles only when
 * first called; a cache made by `vm.Script#createCachedData()` after the run holds them too (one
 * unit 47 → 40 ms, 1,500 units 211 → 200 ms on the benchmark's machine, where `node -e 0` takes 24 ms).
 *
 * The cache lives where Node keeps its own: `NODE_COMPILE_CACHE`, else `<tmpdir>/node-compile-cache`;
 * none with `NODE_DISABLE_COMPILE_CACHE` set. A run writes it when there was none, when V8 refused
 * it (another Node, another bundle), or when the run named at least twice as many files as the run
 * that made it (up to {@link FULL_RUN_FILES}): a run on one unit leaves out the functions only other
 * units call, which a batch would then compile on every run (1,500 units: 3 % slower than with a
 * cache a batch made). So the cache is made again at most a dozen times, each time by a run that
 * saw more of the code. It is written as a whole file renamed into place, so runs side by side never
 * read half of one. Failing to read or write it never fails a run. The file: the number of FILE
 * arguments of the run that made it (4 bytes, little-endian), then V8's data.
 *
 * **No TurboFan in runs of {@link NO_TURBOFAN_FILES} files.** V8 compiles hot functions a second
 * time with TurboFan on background threads; in a run of 1,500 units that code comes too late to
 * matter (the main thread's CPU time is the same with and without it, 185–205 ms) while the compiling
 * costs 85 ms of CPU, which a machine with two cores takes from the run itself: 289 → 251 ms wall in
 * the benchmark's harness (300 units: 125 → 109 ms). A run of fewer than 100 files never gets that
 * far, and loading `node:v8` to say so would cost it 4 ms; from 8,000 on TurboFan pays (23,310 units:
 * 1.3 s with it, 1.55 s without; 7,770 units: 540 ms either way). V8 reads the flag when it decides
 * to optimize, so setting it here, before the bundle runs, is enough; the code cache is kept per
 * setting, as V8 refuses a cache made under other flags.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** A run naming this many files is taken to call all the code a batch calls: its cache is not made again. */
const FULL_RUN_FILES = 1024;

/** Runs naming this many files (from, up to but not including) turn TurboFan off. */
const NO_TURBOFAN_FILES = { from: 100, to: 8000 };

/** The FILE arguments of this run: after the verb, those that are not options. */
function filesNamed() {
  let files = 0;
  for (const arg of process.argv.slice(3)) if (!arg.startsWith('-')) files++;
  return files;
}

const files = filesNamed();
const turbofan = files < NO_TURBOFAN_FILES.from || files >= NO_TURBOFAN_FILES.to;
// Loaded only when needed: node:v8 takes 4 ms to load.
if (!turbofan) /** @type {typeof import('node:v8')} */ (createRequire(import.meta.url)('node:v8')).setFlagsFromString('--no-turbofan');

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'cli.cjs');
const source = readFileSync(bundle, 'utf8');

/**
 * The cache file of this Node, this bundle (its size and time tell one installed bundle from
 * another) and this TurboFan setting, or null for none.
 */
function cacheFile() {
  if (process.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return null;
  const dir = process.env['NODE_COMPILE_CACHE'] ?? join(tmpdir(), 'node-compile-cache');
  const { size, mtimeMs } = statSync(bundle);
  return join(dir, `unitscore-${process.version}-${size}-${Math.trunc(mtimeMs)}${turbofan ? '' : '-no-turbofan'}.v8`);
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
