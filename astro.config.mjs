// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { serviceWorker } from './scripts/lib/service-worker.ts';

const adoptedStyleMod = fileURLToPath(new URL('./src/security/adopted-style-mod.ts', import.meta.url));

/**
 * Every `import 'style-mod'` (CodeMirror's styles) but the shim's own goes to
 * src/security/adopted-style-mod.ts, which mounts styles without an inline <style> (see there).
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

/** Static site; `BASE_PATH` lets the build live under any sub-path (e.g. GitHub Pages). */
export default defineConfig({
  output: 'static',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  // Offline after the first visit: dist/sw.js, generated once the pages are built.
  integrations: [serviceWorker()],
  // Never inline small stylesheets or scripts (Astro's default below 4 kB): the Content-Security-Policy
  // (public/_headers) allows only the site's own files, with no 'unsafe-inline'.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 }, plugins: [styleModWithoutInlineStyle()] },
});
