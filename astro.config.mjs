// @ts-check
import { defineConfig } from 'astro/config';

/** Static site; `BASE_PATH` lets the build live under any sub-path (e.g. GitHub Pages). */
export default defineConfig({
  output: 'static',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
