/**
 * The README's first command serves a working site: `astro dev` (what `npm run dev` runs) is started
 * on a free port, and Chromium checks that the playground is styled, scores the default unit as the
 * real analyzer does and logs no error or CSP violation, and that /embed scores a link. Every other
 * e2e test runs the production build, which is why this one exists: the dev server injects styles
 * inline and builds nothing, so a page can work built and break in dev (it did).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { test } from './browser.ts';
import { expected, ORACLE_VERSIONS, shown } from './playground-support.ts';
import { encodePermalinkNative } from '../../src/permalink/index.ts';
import { DEFAULT_VERSION } from '../../src/engine/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const UNIT = 'simplehttp.service';
const TEXT = readFileSync(join(repoRoot, `content/examples/simplehttp/${UNIT}`), 'utf8');

let server: ChildProcess | null = null;
let serverUrl: Promise<string> | null = null;

/**
 * The environment a developer's shell would give `npm run dev`: this process's, without what vitest
 * adds (with `VITEST` set, Astro's dev server answers every page "Cannot GET").
 */
function developerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV'));
}

/** Starts `astro dev` on a port the system picks free, resolving to the URL it prints. */
function startDevServer(): Promise<string> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    env: { ...developerEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev printed no URL in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      // eslint-disable-next-line no-control-regex -- astro colours its output
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolveUrl(url);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`astro dev exited (${String(code)}):\n${output}`)));
  });
}

beforeAll(() => {
  serverUrl = startDevServer();
  // Surfaced by the tests that await it; never an unhandled rejection here.
  serverUrl.catch(() => undefined);
});

afterAll(() => {
  server?.kill();
});

/** A page recording console errors and CSP violations, on a fresh context. */
async function devPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
  });
  return { page, errors };
}

test.skipIf(!ORACLE_VERSIONS.includes(DEFAULT_VERSION))('npm run dev: the playground is styled, scores the default unit as the oracle does, logs no error', async ({ browser, skip }) => {
  if (browser === null) skip('e2e skipped: no chromium');
  const base = await serverUrl!;
  const { page, errors } = await devPage(browser!);
  await page.goto(base, { waitUntil: 'networkidle', timeout: 90_000 });
  // The page starts live; the oracle compared here is the offline one.
  await page.locator('[data-testid="mode-picker"]').selectOption('offline');
  const want = expected(DEFAULT_VERSION, [{ path: UNIT, text: TEXT }]);
  await expect.poll(async () => (await shown(page)).exposure, { timeout: 30_000 }).toBe(want.exposure);
  expect((await shown(page)).rating).toBe(want.rating);
  expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  await page.locator('.cm-content').waitFor({ state: 'visible' });
  expect(errors.filter((e) => !/favicon\.ico/.test(e))).toEqual([]);
  await page.context().close();
}, 150_000);

test.skipIf(!ORACLE_VERSIONS.includes(DEFAULT_VERSION))('npm run dev: /embed scores a link', async ({ browser, skip }) => {
  if (browser === null) skip('e2e skipped: no chromium');
  const base = await serverUrl!;
  const { page, errors } = await devPage(browser!);
  const files = [{ path: UNIT, text: TEXT }];
  await page.goto(`${base}embed#${await encodePermalinkNative({ files, version: DEFAULT_VERSION })}`, { waitUntil: 'networkidle', timeout: 90_000 });
  const want = expected(DEFAULT_VERSION, files);
  await expect.poll(() => page.locator('[data-testid="exposure"]').textContent(), { timeout: 30_000 }).toBe(want.exposure);
  expect(errors.filter((e) => !/favicon\.ico/.test(e))).toEqual([]);
  await page.context().close();
}, 150_000);
