/**
 * The pages' module preloads (`integrations/module-preload.ts`) on hand-made pages and `dist/`
 * folders: which chunks are preloaded, where, and what is left alone.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadModules, withModulePreloads } from '../integrations/module-preload.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding `files` (path → text). */
function distWith(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'unitscore-preload-'));
  made.push(dist);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('withModulePreloads', () => {
  it('adds links last in <head>, after the stylesheets, skipping classic scripts and existing preloads', () => {
    const html = '<head><script src="/t.js"></script><link rel="modulepreload" href="/_astro/b.js"><link rel="stylesheet" href="/s.css"></head><body></body>';
    expect(withModulePreloads(html, ['t.js', '_astro/a.js', '_astro/b.js'], '/')).toBe(
      '<head><script src="/t.js"></script><link rel="modulepreload" href="/_astro/b.js"><link rel="stylesheet" href="/s.css"><link rel="modulepreload" href="/_astro/a.js"></head><body></body>',
    );
  });

  it('writes hrefs under the base path, and leaves a page without <head> alone', () => {
    expect(withModulePreloads('<head></head>', ['_astro/a.js'], '/sub/')).toBe('<head><link rel="modulepreload" href="/sub/_astro/a.js"></head>');
    expect(withModulePreloads('<p>x</p>', ['_astro/a.js'], '/')).toBe('<p>x</p>');
  });
});

describe('preloadModules', () => {
  it('preloads what a page loads at start, its imports and chunks imported at once, not on-action chunks', () => {
    const dist = distWith({
      'index.html': '<head></head><body><script type="module" src="/_astro/page.js"></script></body>',
      '_astro/page.js': 'import"./dep.js";import("./editor.1.js");const open=()=>import("./share-menu.2.js");',
      '_astro/dep.js': 'export{}',
      '_astro/editor.1.js': 'export{}',
      '_astro/share-menu.2.js': 'export{}',
    });
    expect(preloadModules(dist, '/')).toBe(1);
    const links = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/_astro/page.js', '/_astro/dep.js', '/_astro/editor.1.js']);
    expect(preloadModules(dist, '/')).toBe(0);
  });

  it('refuses a page that loads a missing script', () => {
    const dist = distWith({ 'index.html': '<head></head><script type="module" src="/_astro/gone.js"></script>' });
    expect(() => preloadModules(dist, '/')).toThrow(/gone\.js/);
  });
});
