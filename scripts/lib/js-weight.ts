/**
 * How much JavaScript a built page makes the browser load before it can run: its `<script>`s
 * (external and inline) and `<link rel="modulepreload">`s, plus everything they import statically,
 * transitively, from local chunks in `dist/`. Dynamic `import()` is not followed: that code loads
 * later, on demand. Sizes are gzip (zlib level 6, the usual server setting), file by file, since
 * each file travels on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/** One piece of JavaScript a page loads: a file in `dist/` or an inline script. */
export interface JsPart {
  /** Path relative to `dist/` with `/` separators, or `inline #N of PAGE` for inline scripts. */
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The JavaScript one page or bundle loads, and the references that could not be followed. */
export interface JsWeight {
  readonly parts: readonly JsPart[];
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Scripts that are off-origin or missing from `dist/`: each one is a defect of the build. */
  readonly problems: readonly string[];
}

/** Normalises a base path to `/` or `/a/b/`, as `astro.config.mjs` reads `BASE_PATH`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Every `.html` file below `dist`, relative to it with `/` separators, sorted. */
export function htmlFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [relative(dist, path).split(sep).join('/')] : [];
    });
  return walk(dist).sort();
}

/** The route a built HTML file answers: `index.html` → `/`, `embed/index.html` and `embed.html` → `/embed`. */
export function routeOf(htmlFile: string): string {
  const route = htmlFile.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `/${route}`;
}

/** Static import specifiers of a JS text (`import … from`, `import "…"`, `export … from`), not dynamic `import()`. */
export function staticImports(code: string): string[] {
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.filter((file) => !/\bimport\s*\(\s*$/.test(code.slice(Math.max(0, file.pos - 40), file.pos)))
    .map((file) => file.fileName);
}

/** What an HTML page loads as script: external URLs (script src, modulepreload) and inline module/classic code. */
export function pageScripts(html: string): { urls: string[]; inline: string[] } {
  const urls: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && type !== 'module' && !type.includes('javascript')) continue; // JSON, importmap, templates
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src !== undefined) urls.push(src);
    else if ((match[2] ?? '').trim() !== '') inline.push(match[2] ?? '');
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = match[1] ?? '';
    if (!/\brel\s*=\s*["']?modulepreload\b/i.test(attributes)) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (href !== undefined) urls.push(href);
  }
  return { urls, inline };
}

/** Inline script code, named for the report, with the folder (relative to `dist/`) of the page it is in. */
export interface InlineScript {
  readonly name: string;
  readonly code: string;
  readonly dir: string;
}

/**
 * The file (relative to `dist/`) a URL or import specifier found in `fromDir` points at: root-relative
 * URLs lose the site's `base`; query and fragment are dropped.
 */
function localPath(url: string, fromDir: string, base: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  if (!path.startsWith('/')) return posix.normalize(posix.join(fromDir, path));
  return posix.normalize(path.startsWith(base) ? path.slice(base.length) : path.slice(1));
}

/** Whether a URL names another origin (`https:`, `data:`, `//host`…): nothing a static page should load. */
const isOffOrigin = (url: string): boolean => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

/**
 * Measures the JavaScript reached from `roots` (paths relative to `dist/`) and `inline` code,
 * following static imports between local files; `base` is the site's base path (`/` or `/a/`).
 * `problems` lists what could not be resolved.
 */
export function measure(dist: string, base: string, roots: readonly string[], inline: readonly InlineScript[] = []): JsWeight {
  const parts: JsPart[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const absDist = resolve(dist);

  const add = (name: string, code: string): void => {
    const buffer = Buffer.from(code, 'utf8');
    parts.push({ name, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 6 }).length });
  };
  const follow = (from: string, dir: string, code: string): void => {
    for (const specifier of staticImports(code)) {
      if (isOffOrigin(specifier)) problems.push(`${from} imports ${specifier}, off-origin`);
      else if (!specifier.startsWith('.') && !specifier.startsWith('/')) problems.push(`${from} imports ${specifier}, which a browser cannot resolve`);
      else visit(localPath(specifier, dir, base), from);
    }
  };
  const visit = (normal: string, from: string): void => {
    if (seen.has(normal)) return;
    seen.add(normal);
    const path = resolve(absDist, normal);
    if (!path.startsWith(absDist + sep) || !existsSync(path)) {
      problems.push(`${from} loads ${normal}, which is not in dist/`);
      return;
    }
    const code = readFileSync(path, 'utf8');
    add(normal, code);
    follow(normal, posix.dirname(normal), code);
  };

  for (const root of roots) visit(posix.normalize(root), 'page');
  for (const { name, code, dir } of inline) {
    add(name, code);
    follow(name, dir, code);
  }
  return {
    parts,
    problems,
    bytes: parts.reduce((sum, part) => sum + part.bytes, 0),
    gzipBytes: parts.reduce((sum, part) => sum + part.gzipBytes, 0),
  };
}

/**
 * Measures one built page (`htmlFile` relative to `dist/`). Absolute script URLs have the site's
 * `base` stripped; URLs with a scheme or `//` are off-origin and reported as problems.
 */
export function measurePage(dist: string, htmlFile: string, base: string): JsWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const { urls, inline } = pageScripts(html);
  const dir = posix.dirname(htmlFile);
  const offOrigin = urls.filter(isOffOrigin).map((url) => `${htmlFile} loads off-origin script ${url}`);
  const roots = urls.filter((url) => !isOffOrigin(url)).map((url) => localPath(url, dir, base));
  const weight = measure(dist, base, roots, inline.map((code, i) => ({ name: `inline #${i + 1} of ${htmlFile}`, code, dir })));
  return { ...weight, problems: [...offOrigin, ...weight.problems] };
}

/** Every file below `dist` whose name matches `pattern`, relative to `dist` with `/` separators. */
export function filesMatching(dist: string, pattern: RegExp): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return pattern.test(entry.name) ? [relative(dist, path).split(sep).join('/')] : [];
    });
  return existsSync(dist) ? walk(dist).sort() : [];
}

/** The folder of this repository's `dist/`. */
export const DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');
