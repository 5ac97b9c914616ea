// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

/** After the site is built, build `<unitscore-report>` as its own script beside it (dist/unitscore-report.js). */
const webComponent = {
  name: 'unitscore-report',
  hooks: {
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
  integrations: [webComponent],
  // Never inline small stylesheets or scripts (Astro's default below 4 kB): the Content-Security-Policy
  // (public/_headers) allows only the site's own files, with no 'unsafe-inline'.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
