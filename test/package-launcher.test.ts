/**
 * The package's launcher (bin/package-launcher.js, shipped as dist-package/unitscore.js): it runs
 * the bundled CLI with a V8 code cache that its first run writes where Node keeps its own cache,
 * and whatever the cache holds (nothing, its own, something V8 refuses), stdout, stderr and the
 * exit status are those of the repository's CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../scripts/build-package.ts';
import { ORACLE_ENV } from '../scripts/lib/oracle.ts';
import { testOutputDir } from './support/output-dir.ts';

const repoCli = fileURLToPath(new URL('../bin/unitscore.js', import.meta.url));
const root = mkdtempSync(join(testOutputDir('package-launcher'), 'run-'));
const pkg = join(root, 'package');
const units = join(root, 'units');

/**
 * One run of `program` with `env` over the golden files' environment, on `files` (default: the two
 * units, one warns, one is refused).
 */
function run(program: string, env: Record<string, string> = {}, files = ['./a.service', './b.service']): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [program, 'security', '--offline=true', ...files], { cwd: units, env: { ...ORACLE_ENV, ...env }, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The cache files in `dir`. */
const caches = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith('unitscore-') && name.endsWith('.v8'));

beforeAll(async () => {
  await buildCli(pkg);
  mkdirSync(units, { recursive: true });
  writeFileSync(join(units, 'a.service'), '[Service]\nExecStart=/bin/true\nUser=nobody\nPrivateTmp=yes\n');
  writeFileSync(join(units, 'b.service'), '[Service]\nPrivateTmp=yes\n');
}, 60_000);

describe('the package launcher', () => {
  it('writes its code cache on the first run, uses it after, and prints what the repository CLI prints', () => {
    const expected = run(repoCli);
    expect(expected.status).toBe(1);
    expect(expected.stderr).toContain('Special user nobody');
    const cacheDir = mkdtempSync(join(root, 'cache-'));
    const first = run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir });
    expect(first).toEqual(expected);
    const written = caches(cacheDir);
    expect(written).toHaveLength(1);
    const bytes = readFileSync(join(cacheDir, written[0]!));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.readUInt32LE(0)).toBe(2); // made by a run naming two files
    expect(run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir })).toEqual(expected);
    // Used, not rewritten.
    expect(readFileSync(join(cacheDir, written[0]!)).equals(bytes)).toBe(true);
  });

  it('makes the cache again after a run naming at least twice as many files as the run that made it', () => {
    const cacheDir = mkdtempSync(join(root, 'cache-'));
    const one = run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir }, ['./a.service']);
    expect(one).toEqual(run(repoCli, {}, ['./a.service']));
    const [name] = caches(cacheDir);
    const path = join(cacheDir, name!);
    expect(readFileSync(path).readUInt32LE(0)).toBe(1);
    // One file again: kept. Two: made again (the refused unit's code is in it now), then kept.
    const kept = readFileSync(path);
    run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir }, ['./a.service']);
    expect(readFileSync(path).equals(kept)).toBe(true);
    expect(run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir })).toEqual(run(repoCli));
    const remade = readFileSync(path);
    expect(remade.readUInt32LE(0)).toBe(2);
    expect(remade.equals(kept)).toBe(false);
    run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir }, ['./b.service', './a.service', './b.service']);
    expect(readFileSync(path).equals(remade)).toBe(true);
  });

  it('keeps a cache apart for the runs that turn TurboFan off (100 to 7,999 files)', () => {
    const cacheDir = mkdtempSync(join(root, 'cache-'));
    /** The FILE count heading each cache, by TurboFan setting. */
    const madeBy = (): Record<string, number> => Object.fromEntries(caches(cacheDir).map((name) => [
      name.endsWith('-no-turbofan.v8') ? 'off' : 'on', readFileSync(join(cacheDir, name)).readUInt32LE(0),
    ]));
    const expectations: [number, Record<string, number>][] = [
      [99, { on: 99 }],
      [100, { on: 99, off: 100 }],
      [7999, { on: 99, off: 1024 }], // the cache of runs of 1,024 files and more is not made again
      [8000, { on: 1024, off: 1024 }],
    ];
    for (const [count, expected] of expectations) {
      const r = run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir }, Array.from({ length: count }, () => './missing.service'));
      expect(r.stderr.split('\n')).toHaveLength(count + 1); // "Unit missing.service not found." for each
      expect(r.status).toBe(1);
      expect(madeBy()).toEqual(expected);
    }
  });

  it('replaces a cache V8 refuses, and runs the same', () => {
    const expected = run(repoCli);
    const cacheDir = mkdtempSync(join(root, 'cache-'));
    run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir });
    const [name] = caches(cacheDir);
    writeFileSync(join(cacheDir, name!), 'not a V8 code cache');
    expect(run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir })).toEqual(expected);
    expect(readFileSync(join(cacheDir, name!)).length).toBeGreaterThan(100_000);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE, nor where it cannot write, and runs the same', () => {
    const expected = run(repoCli);
    const cacheDir = mkdtempSync(join(root, 'cache-'));
    expect(run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: cacheDir, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(expected);
    expect(caches(cacheDir)).toEqual([]);
    // A file where the cache folder should be: the folder cannot be made.
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, '');
    expect(run(join(pkg, 'unitscore.js'), { NODE_COMPILE_CACHE: join(blocked, 'cache') })).toEqual(expected);
  });
});
