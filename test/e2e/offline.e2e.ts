/**
 * Offline after the first visit: the service worker (dist/sw.js, Workbox) precaches the build on the
 * first load; with the network then cut, a reload still gives a working playground that scores a
 * unit, and other pages open too. The shared fixtures block service workers, so this file makes its
 * own browser context with them allowed.
 */
import { expect } from 'vitest';
import { test } from './browser.ts';
import { editorReady, pasteInto, shown } from './playground-support.ts';

const UNIT = '[Unit]\nDescription=offline check\n\n[Service]\nExecStart=/usr/bin/true\nPrivateTmp=yes\nNoNewPrivileges=yes\n';

// The worker's first install precaches ≈ 1.75 MB; on a loaded 2-core machine with other e2e files
// running, activation can take a while: give it time, and fail with a clear message.
test('after one visit, the playground and the content pages work with the network off', { timeout: 90_000 }, async ({ browser, site }) => {
  if (browser === null) throw new Error('unreachable: site skips without a browser');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.baseURL, { waitUntil: 'load' });
    // `ready` resolves once the worker is active, i.e. after its install step precached everything.
    const scope = await page.evaluate(async () =>
      Promise.race([
        navigator.serviceWorker.ready.then((r) => r.scope),
        new Promise<string>((resolve) => setTimeout(() => resolve('service worker not active after 40 s'), 40_000)),
      ]),
    );
    expect(scope).toBe(site.baseURL);
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await editorReady(page);
    await pasteInto(page, UNIT);
    await expect.poll(async () => (await shown(page)).exposure, { timeout: 5000 }).toMatch(/^\d+\.\d$/);
    expect((await shown(page)).rows.length).toBeGreaterThan(50);
    for (const path of ['lessons/', 'settings/']) {
      const response = await page.goto(new URL(path, site.baseURL).href, { waitUntil: 'load' });
      expect(response?.ok()).toBe(true);
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
