/**
 * `node scripts/build-component.ts [OUT_DIR]`: builds the two standalone scripts of the site that
 * must stay small and self-contained, each tree-shaken on its own (not sharing the playground's
 * chunks, which carry the whole engine surface the playground uses):
 * - `unitscore-report.js`: `<unitscore-report>` (src/components/unitscore-report.ts), one classic
 *   script (an IIFE), for other sites to load with `<script defer src=…>`;
 * - `unitscore-embed.js`: the `/embed` page's script (src/entries/embed.ts); what it needs only
 *   for some links (the bundled DEFLATE decoder) or after an edit (the link writer) are separate
 *   chunks under `_astro/`, loaded on demand.
 * Output goes to `OUT_DIR` (default `dist/`). `astro build` runs this after the site is built (the
 * integration in astro.config.mjs), so `npm run build` and the e2e build both produce them.
 * `BASE_PATH` is read as the site build reads it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { build, type Plugin } from 'vite';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The file name the web component is published under. */
export const COMPONENT_FILE = 'unitscore-report.js';
/** The file name of the `/embed` page's script. */
export const EMBED_FILE = 'unitscore-embed.js';

function baseOf(env: string | undefined): string {
  const trimmed = (env ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * CSS imported as a string (`?raw`, the web component's stylesheet) without its comments and line
 * breaks (dropped after `{`, `}`, `;` or `,`, else a space): the rules are exactly the file's.
 */
const compactRawCss: Plugin = {
  name: 'unitscore-compact-raw-css',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    const css = readFileSync(id.slice(0, -'?raw'.length), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').trim().replace(/\s*\n\s*/g, '\n').replace(/([{};,])\n/g, '$1').replace(/\n/g, ' ');
    return `export default ${JSON.stringify(css)};`;
  },
};

/** Vite's id for the helper it wraps every dynamic `import()` in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic `import()` in a helper that first preloads the imported chunk's own
 * imports and CSS (`<link rel=modulepreload|stylesheet>`) and turns a failed load into a
 * `vite:preloadError` event: code `/embed` would carry for nothing. These scripts are built with
 * `modulePreload: false` and import no CSS (the stylesheet is a `?raw` string), so the list it gets
 * is always empty and the helper would only call `load()`: it is replaced by exactly that. The
 * build fails if a chunk ever imports CSS, the one case the real helper would act on.
 */
const noPreloadHelper: Plugin = {
  name: 'unitscore-no-preload-helper',
  enforce: 'pre',
  resolveId(id) {
    return id === PRELOAD_HELPER ? PRELOAD_HELPER : null;
  },
  load(id) {
    return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
  },
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && (chunk.viteMetadata?.importedCss.size ?? 0) > 0) this.error(`${chunk.fileName} imports CSS, which the replaced preload helper would have loaded`);
    }
  },
};

/**
 * A second minification, by terser, of what oxc (the bundler's minifier, which also drops the
 * code and data these scripts do not reach) wrote: its compressor finds shorter forms oxc leaves,
 * and `\u` escapes for the few non-ASCII characters gzip better than their UTF-8 bytes; like
 * oxc's, its statements are not joined into comma sequences, which gzip less well. Exports are
 * kept (`module`), so the chunks still link up.
 */
const terserPass: Plugin = {
  name: 'unitscore-terser-pass',
  async generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, { module: options.format === 'es', ecma: 2020, compress: { passes: 2, sequences: false }, format: { ascii_only: true } });
      if (result.code === undefined) this.error(`terser gave no code for ${chunk.fileName}`);
      chunk.code = result.code;
    }
  },
};

async function buildOne(entry: string, fileName: string, outDir: string, split: boolean): Promise<void> {
  const base = baseOf(process.env['BASE_PATH']);
  await build({
    configFile: false,
    root: repoRoot,
    base,
    logLevel: 'warn',
    publicDir: false,
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    plugins: [compactRawCss, noPreloadHelper, terserPass],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: 'oxc',
      sourcemap: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: resolve(repoRoot, entry),
        preserveEntrySignatures: false,
        output: {
          // The web component is a classic script (IIFE): no CORS needed to load it from another
          // origin, and nothing leaks into the host page's global scope.
          format: split ? 'es' : 'iife',
          // Statements kept apart rather than joined by commas, which compress less well.
          minify: { compress: { sequences: false } },
          entryFileNames: fileName,
          chunkFileNames: '_astro/embed-[name].[hash].js',
          ...(split ? {} : { codeSplitting: false }),
        },
      },
    },
  });
}

/** Builds `<unitscore-report>` alone into `outDir` (an absolute path): the npm package ships it (build-package.ts). */
export async function buildWebComponent(outDir: string): Promise<void> {
  await buildOne('src/components/unitscore-report.ts', COMPONENT_FILE, outDir, false);
}

/** Builds both scripts into `outDir` (an absolute path), leaving everything else there alone. */
export async function buildComponent(outDir: string): Promise<void> {
  await buildWebComponent(outDir);
  await buildOne('src/entries/embed.ts', EMBED_FILE, outDir, true);
}

if (import.meta.main) {
  await buildComponent(resolve(process.argv[2] ?? resolve(repoRoot, 'dist')));
}
