/**
 * The e2e tests' static server (`test/e2e/static-server.ts`) on a hand-made site: MIME types,
 * index files, base path, 404s, path traversal and the `_headers` file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function serve(base: string): Promise<StaticServer> {
  const server = await startStaticServer({ root, base });
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
