/**
 * How much JavaScript a built page makes the browser load without any user action: its
 * `<script>`s (external and inline) and `<link rel="modulepreload">`s, everything they import
 * statically, and every chunk they reach by dynamic `import()` that runs at start (both
 * transitively, local chunks in `dist/` only). A dynamic chunk counts as loaded at start unless the
 * caller names it as loaded only on a user action (`onAction`, e.g. a dialog's code); those chunks
 * are listed apart with what they add. Only literal `import()` specifiers can be followed (that is
 * all the bundler emits). Sizes are gzip (zlib level 6, the usual server setting), file by file,
 * since each file travels on its own.
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
  /** Everything loaded without a user action, static graph first; `bytes`/`gzipBytes` sum these. */
  readonly parts: readonly JsPart[];
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Gzip bytes of the static import graph alone: what must arrive before the page's scripts run. */
  readonly staticGzipBytes: number;
  /** Chunks (and their imports not already in `parts`) loaded only on a user action; not in the sums. */
  readonly onAction: readonly JsPart[];
  /** Scripts that are off-origin or missing from `dist/`: each one is a defect of the build. */
  readonly problems: readonly string[];
}

/** Says whether a chunk (path relative to `dist/`) is loaded only on a user action. */
export type OnAction = (file: string) => boolean;

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

/**
 * Import specifiers of a JS text: static (`import … from`, `import "…"`, `export … from`) and
 * dynamic: literal `import()`, and the script of `new Worker(new URL("…", import.meta.url))`.
 */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const out = { static: [] as string[], dynamic: [] as string[] };
  // A real parse: a scanner without one (ts.preProcessFile) reads a minified regular expression
  // such as /["']/ as the start of a string and misses every import after it.
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literal = (node: ts.Node | undefined): string | null => (node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      const specifier = literal(node.moduleSpecifier);
      if (specifier !== null) out.static.push(specifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const specifier = literal(node.arguments[0]);
      if (specifier !== null) out.dynamic.push(specifier);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const m of code.matchAll(/\bnew\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*([`'"])([^`'"]+)\1/g)) out.dynamic.push(m[2]!);
  return out;
}

/** Static import specifiers of a JS text (`import … from`, `import "…"`, `export … from`), not dynamic `import()`. */
export function staticImports(code: string): string[] {
  return importsOf(code).static;
}

/** Literal dynamic `import()` specifiers of a JS text (quotes or backticks), then Worker scripts. */
export function dynamicImports(code: string): string[] {
  return importsOf(code).dynamic;
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
 * following static imports, then dynamic imports (a chunk for which `onAction` is true, by
 * default none, is set aside with its own imports); `base` is the site's base path (`/` or `/a/`).
 * `problems` lists what could not be resolved.
 */
export function measure(dist: string, base: string, roots: readonly string[], inline: readonly InlineScript[] = [], onAction: OnAction = () => false): JsWeight {
  const problems: string[] = [];
  const seen = new Set<string>();
  const absDist = resolve(dist);

  const part = (name: string, code: string): JsPart => {
    const buffer = Buffer.from(code, 'utf8');
    return { name, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 6 }).length };
  };
  const targets = (from: string, dir: string, specifiers: readonly string[]): string[] =>
    specifiers.flatMap((specifier) => {
      if (isOffOrigin(specifier)) problems.push(`${from} imports ${specifier}, off-origin`);
      else if (!specifier.startsWith('.') && !specifier.startsWith('/')) problems.push(`${from} imports ${specifier}, which a browser cannot resolve`);
      else return [localPath(specifier, dir, base)];
      return [];
    });
  /** A file's code; null (and a problem) when it is not in dist/. */
  const read = (normal: string, from: string): string | null => {
    const path = resolve(absDist, normal);
    if (!path.startsWith(absDist + sep) || !existsSync(path)) {
      problems.push(`${from} loads ${normal}, which is not in dist/`);
      return null;
    }
    return readFileSync(path, 'utf8');
  };

  // First the page's static graph (what must arrive before its scripts run), then each dynamic
  // chunk loaded at start with its static graph, in the order found; on-action chunks come last,
  // so a chunk both loaded at start and imported by an on-action chunk counts at start.
  const parts: JsPart[] = [];
  const dynamicQueue: { file: string; from: string }[] = [];
  const actionQueue: { file: string; from: string }[] = [];
  const walkStatic = (name: string, dir: string, code: string, into: JsPart[]): void => {
    into.push(part(name, code));
    const imports = importsOf(code);
    for (const target of targets(name, dir, imports.static)) visit(target, name, into);
    for (const target of targets(name, dir, imports.dynamic)) (onAction(target) ? actionQueue : dynamicQueue).push({ file: target, from: name });
  };
  const visit = (normal: string, from: string, into: JsPart[]): void => {
    if (seen.has(normal)) return;
    seen.add(normal);
    const code = read(normal, from);
    if (code !== null) walkStatic(normal, posix.dirname(normal), code, into);
  };

  for (const root of roots) visit(posix.normalize(root), 'page', parts);
  for (const { name, code, dir } of inline) walkStatic(name, dir, code, parts);
  const staticGzipBytes = parts.reduce((sum, p) => sum + p.gzipBytes, 0);
  for (let next = dynamicQueue.shift(); next !== undefined; next = dynamicQueue.shift()) visit(next.file, next.from, parts);
  const onActionParts: JsPart[] = [];
  // On-action chunks reach further chunks: whatever is not loaded yet loads with them.
  for (let next = actionQueue.shift() ?? dynamicQueue.shift(); next !== undefined; next = actionQueue.shift() ?? dynamicQueue.shift()) visit(next.file, next.from, onActionParts);
  return {
    parts,
    problems,
    bytes: parts.reduce((sum, p) => sum + p.bytes, 0),
    gzipBytes: parts.reduce((sum, p) => sum + p.gzipBytes, 0),
    staticGzipBytes,
    onAction: onActionParts,
  };
}

/**
 * Measures one built page (`htmlFile` relative to `dist/`); `onAction` as for `measure`. Absolute script URLs have the site's
 * `base` stripped; URLs with a scheme or `//` are off-origin and reported as problems.
 */
export function measurePage(dist: string, htmlFile: string, base: string, onAction: OnAction = () => false): JsWeight {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const { urls, inline } = pageScripts(html);
  const dir = posix.dirname(htmlFile);
  const offOrigin = urls.filter(isOffOrigin).map((url) => `${htmlFile} loads off-origin script ${url}`);
  const roots = urls.filter((url) => !isOffOrigin(url)).map((url) => localPath(url, dir, base));
  const weight = measure(dist, base, roots, inline.map((code, i) => ({ name: `inline #${i + 1} of ${htmlFile}`, code, dir })), onAction);
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
export const DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
