/**
 * Smoke test of the built site in Chromium: the home page loads from the static server, has a
 * title, logs no error and asks nothing of any other origin.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, saveScreenshot, test, type Recording } from './browser.ts';

/**
 * Console errors, less Chromium's automatic `/favicon.ico` 404 while the page declares no icon
 * (the browser's request, not the site's; once an icon is declared, its failures count again).
 */
async function siteConsoleErrors(page: Page, recording: Recording): Promise<string[]> {
  const declaresIcon = (await page.locator('link[rel~="icon"]').count()) > 0;
  return recording.consoleErrors.filter((e) => declaresIcon || !/404.*\/favicon\.ico\)$/.test(e));
}

test('home page loads with a title, no console or page errors, no CSP violation', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  expect(await page.title()).not.toBe('');
  expect(await siteConsoleErrors(page, recording)).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
  await saveScreenshot(page, 'home');
});

test('home page requests nothing off-origin, and nothing once loaded', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await page.waitForTimeout(500);
  expect(recording.requests.length).toBeGreaterThan(0);
  expect(recording.offOriginRequests()).toEqual([]);
  expect(recording.requestsAfterLoad()).toEqual([]);
});

test('an unknown path is a 404, not the home page', async ({ page, site }) => {
  const response = await page.goto(new URL('no-such-page-xyz', site.baseURL).href);
  expect(response?.status()).toBe(404);
});
