// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { modulePreloads } from './integrations/module-preload.ts';
import { serviceWorker } from './integrations/service-worker.ts';

const adoptedStyleMod = fileURLToPath(new URL('./src/editor/adopted-style-mod.ts', import.meta.url));

/**
 * Every `import 'style-mod'` (CodeMirror's styles) but the shim's own goes to
 * src/editor/adopted-style-mod.ts, which mounts styles without an inline <style> (see there).
 * @returns {import('vite').Plugin}
 */
function styleModWithoutInlineStyle() {
  return {
    name: 'unitscore:style-mod-without-inline-style',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'style-mod' && importer !== adoptedStyleMod ? adoptedStyleMod : null;
    },
  };
}

/**
 * After the site is built, build `<unitscore-report>` and the `/embed` page's script as scripts of their
 * own beside it (dist/unitscore-report.js, dist/unitscore-embed.js). Under `astro dev` nothing is
 * built, so the dev server answers `unitscore-embed.js` with its source module instead (Vite compiles
 * it on the fly), and /embed works there too.
 */
const webComponent = {
  name: 'unitscore-report',
  hooks: {
    /** @param {{ server: import('vite').ViteDevServer }} options */
    'astro:server:setup': ({ server }) => {
      const base = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/').replace(/^\/*/, '/');
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${base}unitscore-embed.js`) return next();
        res.statusCode = 302;
        res.setHeader('Location', `${base}src/entries/embed.ts`);
        res.end();
      });
    },
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      const { buildComponent } = await import('./scripts/build-component.ts');
      await buildComponent(fileURLToPath(dir));
    },
  },
};

/** Static site; `BASE_PATH` lets the build live under any sub-path (e.g. GitHub Pages). */
export default defineConfig({
  output: 'static',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  // The web component first, then the pages' module preloads (which read every script a page
  // loads): the offline service worker (dist/sw.js) precaches what is built before it.
  integrations: [webComponent, modulePreloads(), serviceWorker()],
  // Never inline small stylesheets or scripts (Astro's default below 4 kB): the Content-Security-Policy
  // (public/_headers) allows only the site's own files, with no 'unsafe-inline'.
  build: { inlineStylesheets: 'never' },
  // Source maps beside the scripts but not linked from them (no browser fetches them): they let
  // scripts/felt-speed.ts tell CodeMirror's share of a main-thread task from our own code's.
  vite: { build: { assetsInlineLimit: 0, sourcemap: 'hidden' }, plugins: [styleModWithoutInlineStyle()] },
});
