/**
 * integrations/js-weight.ts counts, for `/`, what the page loads without any user action, apart
 * from what only a user action loads (ON_ACTION_CHUNKS of integrations/on-action-chunks.ts), and
 * scripts/felt-speed.ts prints it. Checked here in Chromium so that the count cannot drift from
 * the truth: the scripts the playground fetches at start are exactly the ones counted, and opening
 * a row, the share menu, the embed dialog, the planner's panel or typing fetches only chunks listed
 * as on-action.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { isOnActionChunk } from '../../integrations/on-action-chunks.ts';
import { measurePage, normaliseBase } from '../../integrations/js-weight.ts';
import { openPage, test } from './browser.ts';
import { editorReady, sitePath } from './playground-support.ts';

const dist = join(import.meta.dirname, '../../dist');

test('the playground fetches at start exactly what js-weight counts, and on actions only on-action chunks', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await page.waitForTimeout(300);
  const weight = measurePage(dist, 'index.html', normaliseBase(new URL(site.baseURL).pathname), isOnActionChunk);
  const scripts = (from: number): string[] =>
    recording.requests.slice(from).filter((r) => r.resourceType === 'script').map((r) => sitePath(r.url, site) ?? r.url).sort();
  expect(scripts(0)).toEqual(weight.parts.map((p) => p.name).filter((n) => !n.startsWith('inline ')).sort());

  const atStart = recording.requests.length;
  await page.locator('[data-testid="report-row"]').first().click();
  await page.locator('row-detail:not([hidden])').waitFor();
  await page.keyboard.press('Escape');
  const dialogs: Readonly<Record<string, string>> = { share: 'share-menu', embed: 'embed-dialog', harden: 'planner-panel' };
  for (const [action, element] of Object.entries(dialogs)) {
    await page.locator(`[data-action="${action}"]`).first().click();
    await page.locator(`${element} dialog[open]`).waitFor();
    await page.keyboard.press('Escape');
  }
  await page.locator('.cm-content').click();
  await page.keyboard.type('# typed\n');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#u1\./);
  const later = scripts(atStart);
  expect(later.length).toBeGreaterThan(0);
  expect(later.filter((p) => !isOnActionChunk(p))).toEqual([]);
  expect(later.filter((p) => !weight.onAction.some((part) => part.name === p))).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
});
