/**
 * A tiny static file server for the built site (`dist/`), used by the e2e tests instead of
 * `astro preview` so that what is tested is exactly the files a static host would serve:
 * correct MIME types, `nosniff`, the site under its base path, and the `_headers` file that
 * static hosts apply (so a Content-Security-Policy shipped there is enforced in tests too).
 * With `compress`, text files travel Brotli- or gzip-compressed as static hosts send them
 * (content-encoding.ts), for measurements of what a reader waits for.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { encodeBody, isCompressible, negotiateEncoding } from './content-encoding.ts';

/** Content types by lower-case extension; anything else is `application/octet-stream`. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.service': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Normalises a base path to `/` or `/a/b/` (leading and trailing slash). `undefined` and `''` mean
 * `/`, matching `astro.config.mjs`, which reads the same `BASE_PATH` variable.
 */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** One block of a `_headers` file: a path pattern (`*` matches any run of characters) and its headers. */
export interface HeaderRule {
  readonly pattern: RegExp;
  readonly headers: ReadonlyArray<readonly [string, string]>;
}

/**
 * Parses the `_headers` format of static hosts: an unindented line is a path pattern, the indented
 * `Name: value` lines under it are its headers; `#` lines are comments. Malformed lines are ignored.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon > 0 && rule !== undefined) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A running server; `url` is its origin plus the base path, e.g. `http://127.0.0.1:41234/unitscore/`. */
export interface StaticServer {
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Folder to serve (normally `dist/`). */
  readonly root: string;
  /** Base path the site was built for; default `process.env.BASE_PATH`, then `/`. */
  readonly base?: string | undefined;
  /** Port to listen on; default 0 (a random free port). Always bound to 127.0.0.1. */
  readonly port?: number;
  /**
   * Compress text files as static hosts do (Brotli when accepted, else gzip); default false, so
   * tests see the files' own bytes. Each file is compressed once and kept in memory; a host
   * compresses ahead of time, so measurements should request every file once first.
   */
  readonly compress?: boolean;
}

/**
 * Finds the file for a URL path below the base: `/` and folders serve their `index.html`, and a
 * path without extension also tries `PATH.html` (Astro's `build.format: 'file'`). Returns null for
 * paths outside `root` (`..`, encoded or not) or with no file.
 */
export function resolveFile(root: string, relativePath: string): string | null {
  const absRoot = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = resolve(absRoot, `.${sep}${decoded}`);
  if (target !== absRoot && !target.startsWith(absRoot + sep)) return null;
  const candidates = [target, join(target, 'index.html')];
  if (extname(target) === '') candidates.push(`${target}.html`);
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Starts serving `root` on 127.0.0.1; resolves once it listens. Only GET and HEAD are answered. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base ?? process.env['BASE_PATH']);
  const headersFile = join(root, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const encoded = new Map<string, Promise<Buffer>>();

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // `/base` without its trailing slash is the site's root too, as on static hosts.
    const inBase = pathname.startsWith(base) || `${pathname}/` === base;
    const file = inBase ? resolveFile(root, pathname.slice(base.length - 1)) : null;
    const notFound = join(root, '404.html');
    const status = file === null ? 404 : 200;
    const served = file ?? (existsSync(notFound) ? notFound : null);
    const headers: Record<string, string> = {
      'Content-Type': served === null ? 'text/plain; charset=utf-8' : (MIME_TYPES[extname(served).toLowerCase()] ?? 'application/octet-stream'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    const sitePath = inBase ? `/${pathname.slice(base.length)}` : pathname;
    for (const rule of headerRules) {
      if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
    }
    const encoding = options.compress === true && served !== null && isCompressible(headers['Content-Type']!) ? negotiateEncoding(request.headers['accept-encoding']) : 'identity';
    if (encoding !== 'identity' && served !== null) {
      const key = `${encoding} ${served}`;
      let body = encoded.get(key);
      if (body === undefined) encoded.set(key, (body = encodeBody(readFileSync(served), encoding)));
      body.then(
        (bytes) => {
          response.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(bytes.length), Vary: 'Accept-Encoding' });
          response.end(request.method === 'HEAD' ? undefined : bytes);
        },
        () => response.writeHead(500).end(),
      );
      return;
    }
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else if (served === null) response.end('Not found\n');
    else createReadStream(served).pipe(response);
  };

  const server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
