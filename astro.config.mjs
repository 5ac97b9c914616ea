// @ts-check
import { defineConfig } from 'astro/config';
import { serviceWorker } from './scripts/lib/service-worker.ts';

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
  vite: { build: { assetsInlineLimit: 0 } },
});
