/**
 * Every built page (dist/**\/*.html), in Chromium, under the site's Content-Security-Policy: it
 * carries the policy in a <meta> identical to public/_headers, and while it loads and for a moment
 * after, it causes no CSP violation, no console or page error, and asks for nothing but the site's
 * own static files, and for nothing at all once loaded.
 */
import { expect } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/components/csp.ts';
import { openPage, test } from './browser.ts';
import { builtPages, headersFilePolicy, notStaticAsset } from './site-pages.ts';

const pages = builtPages();

test('the policy in <meta> is the one public/_headers sends', () => {
  expect(headersFilePolicy()).toBe(CONTENT_SECURITY_POLICY);
});

test('the build has pages to check (home, lessons, settings)', ({ site }) => {
  expect(site.baseURL).not.toBe('');
  expect(pages).toContain('');
  expect(pages).toContain('lessons/');
  expect(pages).toContain('settings/');
});

test.for(pages.map((p) => [p] as const))('page /%s: CSP in <meta>, no violation, error or foreign request', async ([path], { page, site, recording }) => {
  await openPage(page, site, recording, path);
  // Let timers and late module work run; the site must stay silent on the network meanwhile.
  await page.waitForTimeout(300);
  const meta = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(CONTENT_SECURITY_POLICY);
  // The policy must come before any script, or it would not govern them.
  const metaBeforeScripts = await page.evaluate(() => {
    const metaTag = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return [...document.scripts].every((s) => metaTag !== null && (metaTag.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  });
  expect(metaBeforeScripts).toBe(true);
  expect(recording.cspViolations).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.requests.map((r) => notStaticAsset(r, site)).filter((why) => why !== null)).toEqual([]);
  expect(recording.requestsAfterLoad()).toEqual([]);
});
