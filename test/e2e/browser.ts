/**
 * The e2e test API: `test` is vitest's `test` with a real Debian Chromium (one per test file,
 * driven by playwright-core; no browser is downloaded), a fresh `page` per test, and a `recording`
 * of everything the page did that a test may want to forbid: console errors, uncaught page errors,
 * Content-Security-Policy violations and every network request.
 *
 * When the global setup found no Chromium, every test using these fixtures is skipped (reported as
 * skipped, with the reason) rather than silently passing.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { testOutputDir } from '../support/output-dir.ts';
import { CHROMIUM_PATH } from './global-setup.ts';

/** Chromium flags: no sandbox (CI runs as root), and none of the browser's own background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One request the page made. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
}

/** A `securitypolicyviolation` event as the page saw it. */
export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
}

/** What a page did, filled in while the test runs. */
export interface Recording {
  /** Text of `console.error` messages and of errors Chromium logs (failed loads, CSP reports), with their URL. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  readonly cspViolations: CspViolation[];
  readonly requests: RecordedRequest[];
  /** From now on, requests count as "after load"; {@link openPage} calls it each time a page settled. */
  markLoaded(): void;
  /** Requests made since the last {@link markLoaded} (all of them if never marked): a static, offline site makes none while it is used. */
  requestsAfterLoad(): RecordedRequest[];
  /** Requests to any origin but the test server's (`data:` and `blob:` URLs are not requests). */
  offOriginRequests(): RecordedRequest[];
}

/** The site under test: its URL with the base path (`http://127.0.0.1:PORT/BASE/`) and origin. */
export interface Site {
  readonly baseURL: string;
  readonly origin: string;
}

/**
 * Where {@link saveScreenshot} writes: `screenshots/` of the test output folder, outside the
 * working tree (see test/support/output-dir.ts; `UNITSCORE_TEST_OUT` moves it).
 */
export function screenshotDir(): string {
  return testOutputDir('screenshots');
}

const e2e = inject('e2e');

/** Whether e2e tests can run here (Chromium present and the site built and served). */
export const e2eAvailable: boolean = e2e.available;

function record(page: Page, origin: string): Recording {
  let loadedAt = 0;
  const recording: Recording = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    requests: [],
    markLoaded: () => {
      loadedAt = recording.requests.length;
    },
    requestsAfterLoad: () => recording.requests.slice(loadedAt),
    offOriginRequests: () =>
      recording.requests.filter((r) => /^(https?|wss?):/.test(r.url) && new URL(r.url).origin !== origin),
  };
  page.on('console', (message) => {
    if (message.type() === 'error') recording.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => recording.pageErrors.push(error.stack ?? error.message));
  page.on('request', (request) => {
    recording.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
  });
  return recording;
}

/**
 * `test` with fixtures: `browser` (per file), `site`, `recording` and `page` (per test). A page
 * starts blank at 1280×800; navigate with {@link openPage}.
 */
export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser | null> => {
    if (!e2e.available) return null;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('site', ({ skip }): Site => {
    if (!e2e.available) skip(`e2e skipped: ${e2e.reason}`);
    if (!e2e.available) throw new Error('unreachable: skip() throws');
    return { baseURL: e2e.baseURL, origin: e2e.origin };
  })
  .extend('pageAndRecording', async ({ browser, site }, { onCleanup }): Promise<{ page: Page; recording: Recording }> => {
    if (browser === null) throw new Error('unreachable: site skips without a browser');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    onCleanup(() => context.close());
    const page = await context.newPage();
    const recording = record(page, site.origin);
    await page.exposeBinding('__unitscoreCspViolation', (_source, violation: CspViolation) => {
      recording.cspViolations.push(violation);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __unitscoreCspViolation: (v: CspViolation) => void }).__unitscoreCspViolation;
        report({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sourceFile: event.sourceFile, line: event.lineNumber });
      });
    });
    return { page, recording };
  })
  .extend('page', ({ pageAndRecording }): Page => pageAndRecording.page)
  .extend('recording', ({ pageAndRecording }): Recording => pageAndRecording.recording);

/**
 * Navigates to `path` (relative to the site's base, e.g. `''` or `embed`), waits until the network
 * has been idle for 500 ms, then marks the recording loaded. Throws on an HTTP error status.
 */
export async function openPage(page: Page, site: Site, recording: Recording, path = ''): Promise<void> {
  const response = await page.goto(new URL(path, site.baseURL).href, { waitUntil: 'networkidle' });
  if (response === null || !response.ok()) throw new Error(`GET ${path || '/'}: status ${String(response?.status())}`);
  recording.markLoaded();
}

/**
 * Saves a PNG of the page's viewport (or the full page) as `NAME.png` in {@link screenshotDir} and
 * returns its path. `name` may contain `/` for sub-folders. The pictures are for a person to look
 * at after a run (the folder is printed); no test compares them.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
  return path;
}
