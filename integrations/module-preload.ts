/**
 * Module preloads for the built pages: after `astro build`, each page gets a
 * `<link rel="modulepreload">` for every script it loads without a user action (its scripts, what
 * they import, and the chunks they import at once, such as the editor; js-weight.ts finds them),
 * placed last in `<head>`, after the stylesheets. Without them the browser finds one level of
 * imports per round trip (the page's script, then its imports, then the editor chunk it imports):
 * on a phone's 150 ms round trip the editor arrived a second later than it could. Chunks only a user
 * action needs (on-action-chunks.ts) are not preloaded: they stay on that action.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles, measurePage, normaliseBase } from './js-weight.ts';
import { isOnActionChunk } from './on-action-chunks.ts';

/** The `src` of every classic (not module) script in `html`: a module preload would fetch it wrongly. */
function classicScripts(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src !== undefined && !/\btype="module"/.test(attributes)) out.add(src);
  }
  return out;
}

/**
 * `html` with a modulepreload link for each chunk (paths relative to `dist/`, served under `base`)
 * inserted before `</head>`. Chunks it already preloads, and classic scripts, are skipped; without
 * a `</head>` (not a page) it is returned unchanged.
 */
export function withModulePreloads(html: string, chunks: readonly string[], base: string): string {
  const at = html.indexOf('</head>');
  if (at < 0) return html;
  const classic = classicScripts(html);
  const links = chunks
    .map((chunk) => `${base}${chunk}`)
    .filter((href) => !classic.has(href) && !html.includes(`rel="modulepreload" href="${href}"`))
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

/**
 * Adds the preloads to every page in `dist`, built for `base`; returns how many pages changed.
 * Throws when a page loads a script that is missing or off-origin (a broken build).
 */
export function preloadModules(dist: string, base: string): number {
  let changed = 0;
  for (const file of htmlFiles(dist)) {
    const weight = measurePage(dist, file, base, isOnActionChunk);
    if (weight.problems.length > 0) throw new Error(`module preloads: ${weight.problems.join('; ')}`);
    const chunks = weight.parts.map((p) => p.name).filter((name) => !name.startsWith('inline '));
    const html = readFileSync(join(dist, file), 'utf8');
    const next = withModulePreloads(html, chunks, base);
    if (next !== html) {
      writeFileSync(join(dist, file), next);
      changed++;
    }
  }
  return changed;
}

/**
 * Astro integration running {@link preloadModules} once `astro build` is done; it must come after
 * integrations that write scripts pages load and before the service worker's, which precaches the
 * pages as they end up.
 */
export function modulePreloads(): AstroIntegration {
  let base = '/';
  return {
    name: 'unitscore:module-preloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const pages = preloadModules(fileURLToPath(dir), base);
        logger.info(`module preloads added to ${String(pages)} pages`);
      },
    },
  };
}
