/**
 * The e2e tests' static server (`test/e2e/static-server.ts`) on a hand-made site: MIME types,
 * index files, base path, 404s, path traversal, the `_headers` file and, when asked, compression.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateEncoding } from './e2e/content-encoding.ts';
import { normaliseBase, parseHeadersFile, startStaticServer, type StaticServer } from './e2e/static-server.ts';

const SITE: Record<string, string> = {
  'index.html': '<title>home</title>',
  'embed/index.html': '<title>embed</title>',
  'about.html': '<title>about</title>',
  '404.html': '<title>not found</title>',
  '_astro/app.js': 'export {};',
  '_astro/style.css': 'p{}',
  'favicon.svg': '<svg/>',
  'font.woff2': 'w',
  'data.bin': 'b',
  '_headers': '# comment\n/*\n  Content-Security-Policy: default-src \'self\'\n/embed*\n  X-Frame-Options: ALLOWALL\n',
};

let root: string;
const servers: StaticServer[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'unitscore-site-'));
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(root, { recursive: true, force: true });
});

async function serve(base: string, compress = false): Promise<StaticServer> {
  const server = await startStaticServer({ root, base, compress });
  servers.push(server);
  return server;
}

describe.each(['/', '/unitscore/'])('served under base %s', (base) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(base);
  });

  it.each([
    // [path below the base, status, content type, body]
    ['', 200, 'text/html; charset=utf-8', '<title>home</title>'],
    ['index.html', 200, 'text/html; charset=utf-8', '<title>home</title>'],
    ['embed', 200, 'text/html; charset=utf-8', '<title>embed</title>'],
    ['embed/', 200, 'text/html; charset=utf-8', '<title>embed</title>'],
    ['about', 200, 'text/html; charset=utf-8', '<title>about</title>'],
    ['_astro/app.js', 200, 'text/javascript; charset=utf-8', 'export {};'],
    ['_astro/style.css', 200, 'text/css; charset=utf-8', 'p{}'],
    ['favicon.svg', 200, 'image/svg+xml', '<svg/>'],
    ['font.woff2', 200, 'font/woff2', 'w'],
    ['data.bin', 200, 'application/octet-stream', 'b'],
    ['missing.js', 404, 'text/html; charset=utf-8', '<title>not found</title>'],
    // /etc/passwd exists: a server that let these through would answer 200 with it.
    ['%2e%2e/%2e%2e/etc/passwd', 404, 'text/html; charset=utf-8', '<title>not found</title>'],
    ['..%2f..%2fetc%2fpasswd', 404, 'text/html; charset=utf-8', '<title>not found</title>'],
  ])('GET %s → %i %s', async (path, status, type, body) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('applies _headers rules by path below the base', async () => {
    const home = await fetch(server.url);
    const embed = await fetch(`${server.url}embed/`);
    expect(home.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(home.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('x-frame-options')).toBe('ALLOWALL');
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('base path', () => {
  it('serves nothing outside the base', async () => {
    const server = await serve('/unitscore');
    expect(server.url).toBe(`${server.origin}/unitscore/`);
    expect((await fetch(`${server.origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${server.origin}/unitscorex/index.html`)).status).toBe(404);
    expect((await fetch(`${server.origin}/unitscore`)).status).toBe(200);
  });

  it.each([
    [undefined, '/'],
    ['', '/'],
    ['unitscore', '/unitscore/'],
    ['/unitscore/', '/unitscore/'],
  ])('normaliseBase(%s) = %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('parseHeadersFile', () => {
  it('reads patterns with * and their indented headers, skipping comments', () => {
    const rules = parseHeadersFile(SITE['_headers'] ?? '');
    expect(rules.map((r) => [r.pattern.source, r.headers])).toEqual([
      ['^\\/.*$', [['Content-Security-Policy', "default-src 'self'"]]],
      ['^\\/embed.*$', [['X-Frame-Options', 'ALLOWALL']]],
    ]);
  });
});

describe('compression, as static hosts send it', () => {
  it.each([
    // [Accept-Encoding, path, Content-Encoding sent]
    ['gzip, deflate, br, zstd', '_astro/app.js', 'br'],
    ['gzip, deflate', '_astro/app.js', 'gzip'],
    ['br;q=0, gzip', '', 'gzip'],
    ['identity', '_astro/style.css', null],
    ['gzip, br', 'font.woff2', null],
    ['gzip, br', 'data.bin', null],
  ])('Accept-Encoding %s: %s travels as %s, and decodes to the file', async (accept, path, encoding) => {
    const server = await serve('/', true);
    const response = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': accept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(encoding);
    // fetch decodes what it was sent; the text must be the file's own.
    expect(await response.text()).toBe(SITE[path === '' ? 'index.html' : path]);
  });

  it('is off unless asked for', async () => {
    const server = await serve('/');
    expect((await fetch(`${server.url}_astro/app.js`, { headers: { 'Accept-Encoding': 'br' } })).headers.get('content-encoding')).toBeNull();
  });

  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['*', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0.0, gzip;q=0.5', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['zstd, br', 'br'],
  ] as const)('negotiateEncoding(%s) = %s', (header, encoding) => {
    expect(negotiateEncoding(header)).toBe(encoding);
  });
});
