/**
 * Every page of the built site, found by walking `dist/` for `*.html` (so a new page is covered
 * without editing any list), and the check that a request is one of the site's own static files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile, resolveFile } from './static-server.ts';
import type { RecordedRequest, Site } from './browser.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built site (the e2e global setup builds it before any test file is collected). */
export const DIST = join(repoRoot, 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Page paths relative to the base, sorted: `''` for `index.html`, `lessons/` for
 * `lessons/index.html`, `404.html` for other files. Empty when `dist/` is missing (no Chromium:
 * the tests using them skip anyway).
 */
export function builtPages(): string[] {
  let files: string[];
  try {
    files = htmlFiles(DIST);
  } catch {
    return [];
  }
  return files
    .map((file) => relative(DIST, file).split(sep).join('/'))
    .map((rel) => (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel))
    .sort();
}

/**
 * Why `request` is not one of the site's own static files, or null when it is: a GET on the test
 * server's origin, under the base path, naming a file of `dist/` (folders count as their index).
 */
export function notStaticAsset(request: RecordedRequest, site: Site): string | null {
  if (request.url.startsWith('data:') || request.url.startsWith('blob:')) return null;
  const url = new URL(request.url);
  if (url.origin !== site.origin) return `off-origin ${request.url}`;
  if (request.method !== 'GET') return `${request.method} ${request.url}`;
  const base = new URL(site.baseURL).pathname;
  if (!url.pathname.startsWith(base)) return `outside the base path: ${request.url}`;
  return resolveFile(DIST, url.pathname.slice(base.length - 1)) === null ? `no such file: ${request.url}` : null;
}

/** The Content-Security-Policy that `public/_headers` sends for every path (`/*`). */
export function headersFilePolicy(): string {
  const rules = parseHeadersFile(readFileSync(join(repoRoot, 'public/_headers'), 'utf8'));
  const policy = rules.find((r) => r.pattern.test('/anything'))?.headers.find(([name]) => name === 'Content-Security-Policy');
  if (policy === undefined) throw new Error('public/_headers sets no Content-Security-Policy for /*');
  return policy[1];
}
