/**
 * axe-core on every built page, in each way a page can be light or dark: the system's
 * prefers-color-scheme (with the theme left on "system"), and the site's theme switch overriding
 * the system both ways (`data-theme`, which the switch and theme-init.js set). Zero violations of
 * axe's default rules (WCAG 2.x A/AA and best practices). (axe.ts says how axe gets into a page
 * under the site's CSP.)
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { openPage, test } from './browser.ts';
import { editorReady } from './playground-support.ts';
import { builtPages } from './site-pages.ts';

/** One way of being light or dark. */
interface Mode {
  readonly name: string;
  readonly media: 'light' | 'dark';
  readonly theme: 'system' | 'light' | 'dark';
}

const MODES: readonly Mode[] = [
  { name: 'system light', media: 'light', theme: 'system' },
  { name: 'system dark', media: 'dark', theme: 'system' },
  { name: 'switched to dark on a light system', media: 'light', theme: 'dark' },
  { name: 'switched to light on a dark system', media: 'dark', theme: 'light' },
];

async function violationsByMode(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const mode of MODES) {
    await page.emulateMedia({ colorScheme: mode.media });
    await page.evaluate((theme) => {
      document.documentElement.dataset['theme'] = theme;
    }, mode.theme);
    const violations = await axeViolations(page);
    if (violations.length > 0) found[mode.name] = violations;
  }
  return found;
}

const pages = builtPages();

test.for(pages.map((p) => [p] as const))('axe, light and dark: /%s', async ([path], { page, site, recording }) => {
  await openPage(page, site, recording, path);
  if ((await page.locator('.cm-content').count()) > 0 || (await page.locator('[data-editor-host]').count()) > 0) await editorReady(page);
  expect(await violationsByMode(page)).toEqual({});
});

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
