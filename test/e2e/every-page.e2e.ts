/**
 * Every built page (dist/**\/*.html, so a new page is covered without editing a list), loaded once
 * in Chromium and given both checks of page-checks.ts: security under the site's
 * Content-Security-Policy, then accessibility in light and dark.
 */
import { expect } from 'vitest';
import { openPage, test } from './browser.ts';
import { accessibilityProblems, securityProblems } from './page-checks.ts';
import { editorReady } from './playground-support.ts';
import { builtPages } from './site-pages.ts';

const pages = builtPages();

test.for(pages.map((p) => [p] as const))('page /%s: CSP, no error or foreign request; axe in light and dark', async ([path], { page, site, recording }) => {
  await openPage(page, site, recording, path);
  const security = await securityProblems(page, site, recording);
  expect(security).toEqual(Object.fromEntries(Object.keys(security).map((k) => [k, []])));
  if ((await page.locator('.cm-content').count()) > 0 || (await page.locator('[data-editor-host]').count()) > 0) await editorReady(page);
  expect(await accessibilityProblems(page)).toEqual({});
});
