/**
 * Accessibility beyond each page's own check (every-page.e2e.ts): the playground's theme button
 * cycles system → light → dark with zero axe violations in each, and every page but the embeds
 * loads the theme switch, so every-page's switched-theme comparison reaches them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openPage, test } from './browser.ts';
import { axeViolations } from './axe.ts';
import { editorReady } from './playground-support.ts';
import { builtPages, DIST } from './site-pages.ts';

const pages = builtPages();

test("the playground's own theme button gives an accessible dark and light page", async ({ page, site, recording }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openPage(page, site, recording);
  await editorReady(page);
  const button = page.locator('button[data-action="theme"]');
  const seen: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    await button.click();
    const theme = await page.evaluate(() => document.documentElement.dataset['theme'] ?? '');
    seen.push(theme);
    expect({ theme, violations: await axeViolations(page) }).toEqual({ theme, violations: [] });
  }
  expect(new Set(seen)).toEqual(new Set(['system', 'light', 'dark']));
});

test('every page but the embeds loads the theme switch, so its switched modes are checked above', () => {
  const unswitched = pages.filter((path) => !readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8').includes('theme-init'));
  expect(unswitched).toEqual(['embed/', 'embedding/']);
});
