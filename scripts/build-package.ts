/**
 * `node scripts/build-package.ts` (`npm run build:package`; `npm pack` runs it through `prepack`):
 * builds what the npm package ships into `dist-package/` (git-ignored), so that it works from a
 * consumer's `node_modules/`, where Node does not strip types:
 *
 * | file | what | package.json |
 * | --- | --- | --- |
 * | `unitscore.js` | the `unitscore` command, `bin/package-launcher.js`: runs `cli.cjs` with a V8 code cache made after a run | `bin` |
 * | `cli.cjs` | `bin/unitscore.js` (the real file system and environment) with `src/cli.ts` and the engine, one CommonJS file (what `vm.Script` runs) | |
 * | `index.js`, `index.d.ts` | the engine API (`src/engine/index.ts`), typed | `exports["."]` |
 * | `report-markup.js` | the report's HTML, for `StaticReport.astro` | |
 * | `chunks/*.js` | the engine code `index.js` and `report-markup.js` share | |
 * | `types/**.d.ts` | the declarations of every module those two expose, emitted by tsc | |
 * | `StaticReport.astro`, `report.css` | `<StaticReport>` with its imports pointed at the files above | `exports["./StaticReport.astro"]` |
 * | `unitscore-report.js` | `<unitscore-report>`, the same classic script `npm run build` puts beside the site | `exports["./unitscore-report.js"]` |
 *
 * The bundler is esbuild (already in the lock file through Astro): one call per output group, each
 * tens of milliseconds. Declarations come from tsc (`tsconfig.package.json`: declaration files only);
 * tsc keeps the `.ts` extensions of the source's relative imports in them, which are rewritten to
 * `.js` here, the form every TypeScript since 4.7 resolves to the `.d.ts` beside it.
 * The web component is built by `scripts/build-component.ts` (Vite, terser), exactly as for the site.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildWebComponent } from './build-component.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the package's built files go; `package.json`'s `bin`, `exports` and `files` point here. */
export const PACKAGE_DIR = join(repoRoot, 'dist-package');

/** The lowest Node the built JavaScript targets (`engines` in package.json says the same). */
const NODE_TARGET = 'node22';

/**
 * Every import of `src/components/StaticReport.astro` and what it becomes in the package. The build
 * fails on an import missing here, so a new one cannot ship pointing at a file the package lacks.
 */
const STATIC_REPORT_IMPORTS: Readonly<Record<string, string>> = {
  '../engine/index.ts': './index.js',
  './report-markup.ts': './report-markup.js',
  '../styles/report.css': './report.css',
};

/** The import specifiers of `.astro` frontmatter or a declaration file: `from '…'`, `import '…'`, `import('…')`. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\2/g;

/** `StaticReport.astro`'s text with its imports replaced through {@link STATIC_REPORT_IMPORTS}; throws on an unknown one. */
export function rewriteStaticReport(source: string): string {
  return source.replace(SPECIFIER, (_match, keyword: string, quote: string, specifier: string) => {
    const target = STATIC_REPORT_IMPORTS[specifier];
    if (target === undefined) throw new Error(`StaticReport.astro imports ${specifier}, which the package does not ship (add it to STATIC_REPORT_IMPORTS)`);
    return `${keyword}${quote}${target}${quote}`;
  });
}

/** A declaration file's text with its relative `.ts` specifiers turned into `.js` ones (packages are left alone). */
export function rewriteDeclarationImports(source: string): string {
  return source.replace(SPECIFIER, (match, keyword: string, quote: string, specifier: string) =>
    /^\.\.?\//.test(specifier) && specifier.endsWith('.ts') ? `${keyword}${quote}${specifier.slice(0, -3)}.js${quote}` : match);
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * The CLI alone into `outDir`: `bin/unitscore.js` and all it imports in one CommonJS file
 * (`cli.cjs`), and the launcher beside it (`unitscore.js`, executable: `bin/package-launcher.js`).
 * `npm run bench:cli` times these.
 */
export async function buildCli(outDir: string): Promise<void> {
  const cli = join(outDir, 'cli.cjs');
  await build({
    entryPoints: [join(repoRoot, 'bin/unitscore.js')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    banner: { js: '// The unitscore CLI, bundled from bin/unitscore.js and src/ by scripts/build-package.ts. Run it through unitscore.js.' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // esbuild keeps the entry's `#!` line; the launcher is the executable, and wraps cli.cjs in a function, where `#!` cannot be.
  writeFileSync(cli, readFileSync(cli, 'utf8').replace(/^#!.*\n/, ''));
  chmodSync(cli, 0o644);
  const launcher = join(outDir, 'unitscore.js');
  copyFileSync(join(repoRoot, 'bin/package-launcher.js'), launcher);
  chmodSync(launcher, 0o755);
}

/** The engine API and the report markup, as ESM modules sharing one copy of the engine. */
async function buildLibrary(outDir: string): Promise<void> {
  await build({
    entryPoints: { index: join(repoRoot, 'src/engine/index.ts'), 'report-markup': join(repoRoot, 'src/components/report-markup.ts') },
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    // Neutral: the engine imports nothing of Node and runs in browsers and Workers as well.
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** The declarations, by tsc, with `.js` specifiers, and the two entry points' `.d.ts` beside their `.js`. */
function buildTypes(outDir: string): void {
  const typesDir = join(outDir, 'types');
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(repoRoot, 'tsconfig.package.json'), '--outDir', typesDir], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc (declarations) failed:\n${result.stdout}${result.stderr}`);
  for (const file of filesBelow(typesDir)) {
    const text = readFileSync(file, 'utf8');
    const rewritten = rewriteDeclarationImports(text);
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
  writeFileSync(join(outDir, 'index.d.ts'), "export * from './types/engine/index.js';\n");
  writeFileSync(join(outDir, 'report-markup.d.ts'), "export * from './types/components/report-markup.js';\n");
}

/** `<StaticReport>` and its stylesheet. */
function copyStaticReport(outDir: string): void {
  const source = readFileSync(join(repoRoot, 'src/components/StaticReport.astro'), 'utf8');
  writeFileSync(join(outDir, 'StaticReport.astro'), rewriteStaticReport(source));
  copyFileSync(join(repoRoot, 'src/styles/report.css'), join(outDir, 'report.css'));
}

/** Builds everything into `outDir` (emptied first); returns the files written, relative to it. */
export async function buildPackage(outDir: string = PACKAGE_DIR): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await buildCli(outDir);
  await buildLibrary(outDir);
  buildTypes(outDir);
  copyStaticReport(outDir);
  await buildWebComponent(outDir);
  return filesBelow(outDir).map((f) => relative(outDir, f)).sort();
}

if (import.meta.main) {
  const started = performance.now();
  const files = await buildPackage(resolve(process.argv[2] ?? PACKAGE_DIR));
  const bytes = files.reduce((sum, f) => sum + readFileSync(join(process.argv[2] ?? PACKAGE_DIR, f)).length, 0);
  console.log(`build-package: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${relative(process.cwd(), resolve(process.argv[2] ?? PACKAGE_DIR)) || '.'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
