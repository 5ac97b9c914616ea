/**
 * What a built page loads (`integrations/js-weight.ts`, whose figures scripts/felt-speed.ts prints)
 * on small hand-made `dist/` folders: which files count, how routes are named, what is a problem.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { dynamicImports, measurePage, normaliseBase, pageScripts, routeOf, staticImports } from '../integrations/js-weight.ts';

const made: string[] = [];

/** A fresh folder holding `files` (path → text). */
function distWith(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'unitscore-js-weight-'));
  made.push(dist);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A JavaScript comment of about `n` bytes that gzip shrinks only to about 3/4 (random base64). */
function incompressible(n: number): string {
  return `/*${randomBytes(Math.floor((n * 3) / 4)).toString('base64')}*/`;
}

describe('routeOf', () => {
  it.each([
    ['index.html', '/'],
    ['embed/index.html', '/embed'],
    ['embed.html', '/embed'],
    ['lessons/01-intro/index.html', '/lessons/01-intro'],
    ['404.html', '/404'],
  ])('%s → %s', (file, route) => {
    expect(routeOf(file)).toBe(route);
  });
});

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['unitscore', '/unitscore/'],
    ['/unitscore/', '/unitscore/'],
    ['/a/b', '/a/b/'],
  ])('%s → %s', (input, base) => {
    expect(normaliseBase(input)).toBe(base);
  });
});

describe('staticImports', () => {
  it('follows minified static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as b}from"./x.js";import"./side.js";export*from"./y.js";const l=()=>import("./lazy.js");const m=()=>import ( "./lazy2.js" );';
    expect(staticImports(code)).toEqual(['./x.js', './side.js', './y.js']);
  });

  it('dynamicImports finds literal import() in quotes and backticks, not in strings', () => {
    const code = 'import"./s.js";const l=()=>import(`./lazy.js`);const m=import ( "./lazy2.js" );const t="import(\'./no.js\')";const w=new Worker(new URL(`/_astro/w-1.js`,``+import.meta.url),{type:`module`});';
    expect(dynamicImports(code)).toEqual(['./lazy.js', './lazy2.js', '/_astro/w-1.js']);
  });

  it('finds imports after a regular expression holding a quote (minified code has them)', () => {
    const code = 'import"./a.js";const q=s=>s.replace(/["\']/g,` `);const l=()=>import(`./after.js`);export{q}from"./b.js";';
    expect(staticImports(code)).toEqual(['./a.js', './b.js']);
    expect(dynamicImports(code)).toEqual(['./after.js']);
  });
});

describe('pageScripts', () => {
  it('collects script src, modulepreload and inline code; skips JSON and importmaps', () => {
    const html = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<link rel="modulepreload" href="/_astro/b.js">',
      '<link rel="stylesheet" href="/_astro/c.css">',
      '<script type="module">import "/_astro/d.js";</script>',
      '<script type="application/json">{"import": "x"}</script>',
      '<script type="importmap">{}</script>',
      '<script>console.log(1)</script>',
    ].join('\n');
    expect(pageScripts(html)).toEqual({
      urls: ['/_astro/a.js', '/_astro/b.js'],
      inline: ['import "/_astro/d.js";', 'console.log(1)'],
    });
  });
});

describe('measurePage', () => {
  it('sums each file once, gzip per file, under a base path: static graph first, then dynamic chunks', () => {
    const shared = 'export const s = 1;';
    const dist = distWith({
      'index.html': '<script type="module" src="/sub/_astro/page.js"></script><script type="module">import "/sub/_astro/shared.js";</script>',
      '_astro/page.js': 'import{s}from"./shared.js";import"./other.js";const l=()=>import("./lazy.js");',
      '_astro/other.js': 'import{s}from"./shared.js";',
      '_astro/shared.js': shared,
      '_astro/lazy.js': `import"./lazy-dep.js";${incompressible(5000)}`,
      '_astro/lazy-dep.js': 'import{s}from"./shared.js";',
    });
    const weight = measurePage(dist, 'index.html', '/sub/');
    expect(weight.problems).toEqual([]);
    expect(weight.parts.map((p) => p.name)).toEqual(['_astro/page.js', '_astro/shared.js', '_astro/other.js', 'inline #1 of index.html', '_astro/lazy.js', '_astro/lazy-dep.js']);
    expect(weight.parts[1]?.gzipBytes).toBe(gzipSync(shared, { level: 6 }).length);
    expect(weight.gzipBytes).toBe(weight.parts.reduce((sum, p) => sum + p.gzipBytes, 0));
    expect(weight.staticGzipBytes).toBe(weight.parts.slice(0, 4).reduce((sum, p) => sum + p.gzipBytes, 0));
    expect(weight.onAction).toEqual([]);
  });

  it('sets on-action chunks apart with what only they load, and counts a chunk also loaded at start once, at start', () => {
    const dist = distWith({
      'index.html': '<script type="module" src="/_astro/page.js"></script>',
      '_astro/page.js': 'const a=()=>import("./dialog.1.js");const b=import("./editor.2.js");',
      '_astro/dialog.1.js': 'import"./editor.2.js";import"./dialog-only.js";const c=()=>import("./deeper.js");',
      '_astro/dialog-only.js': 'export{}',
      '_astro/deeper.js': 'export{}',
      '_astro/editor.2.js': 'export{}',
    });
    const weight = measurePage(dist, 'index.html', '/', (file) => file.endsWith('/dialog.1.js'));
    expect(weight.parts.map((p) => p.name)).toEqual(['_astro/page.js', '_astro/editor.2.js']);
    expect(weight.onAction.map((p) => p.name)).toEqual(['_astro/dialog.1.js', '_astro/dialog-only.js', '_astro/deeper.js']);
  });

  it('reports missing and off-origin scripts', () => {
    const dist = distWith({
      'embed/index.html': '<script src="https://cdn.example/x.js"></script><script src="gone.js"></script><script type="module">import "npm-package";</script>',
    });
    expect(measurePage(dist, 'embed/index.html', '/').problems).toEqual([
      'embed/index.html loads off-origin script https://cdn.example/x.js',
      'page loads embed/gone.js, which is not in dist/',
      'inline #1 of embed/index.html imports npm-package, which a browser cannot resolve',
    ]);
  });
});
