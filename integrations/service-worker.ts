/**
 * The offline service worker: after `astro build`, Workbox's `generateSW` writes `dist/sw.js`, which
 * precaches the whole static build (pages, scripts, styles, the theme script) on first visit and
 * then serves every request for them cache-first, so the site works with no network at all.
 *
 * Precache URLs are relative to `sw.js`, which sits at the base path, so the same output works under
 * any `BASE_PATH`. Hashed `_astro/` files are never re-fetched under their name; other files carry a
 * content revision, so a new build replaces exactly what changed. `index.html` answers directory
 * URLs (`/lessons/` → `/lessons/index.html`) and every query parameter is ignored (links carry their
 * state in the fragment, which never reaches the worker).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** What {@link writeServiceWorker} precached: file count and total bytes. */
export interface ServiceWorkerSummary {
  readonly count: number;
  readonly size: number;
}

/**
 * Writes `sw.js` into `distDir` (an absolute path of a finished build). Leaves out `_headers` (read
 * by hosts, never by browsers) and the worker itself. Throws when Workbox reports an error.
 */
export async function writeServiceWorker(distDir: string): Promise<ServiceWorkerSummary> {
  const result = await generateSW({
    globDirectory: distDir,
    globPatterns: ['**/*.{html,js,css,json,svg,png,ico,txt,webmanifest,woff2}'],
    globIgnores: ['sw.js', '_headers'],
    swDest: `${distDir}/sw.js`,
    mode: 'production',
    sourcemap: false,
    // One file: no `importScripts` of a separate Workbox runtime.
    inlineWorkboxRuntime: true,
    dontCacheBustURLsMatching: /^_astro\//,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  return { count: result.count, size: result.size };
}

/** Astro integration: runs {@link writeServiceWorker} on `dist/` once `astro build` is done. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'unitscore:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await writeServiceWorker(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`sw.js precaches ${String(summary.count)} files, ${String(summary.size)} bytes`);
      },
    },
  };
}
