/**
 * The playground in real Chromium against the real systemd-analyze: the article's steps typed into
 * the editor show the oracle's score and rows in every version; apply shows and then reaches the
 * score it promised; a refused unit shows the refusal over the greyed-out last report; the unit
 * survives a reload; `systemctl cat` output splits into tabs; nothing errors, nothing is fetched
 * but the on-action chunks (see playground-support.ts).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { openPage, saveScreenshot, test } from './browser.ts';
import { encodePermalink } from '../../src/permalink/index.ts';
import { acceptCompletion, editorReady, expected, ORACLE_VERSIONS, pasteInto, pickVersion, savedFiles, shown, unexpectedRequestsAfterLoad } from './playground-support.ts';

const seedPath = (name: string): URL => new URL(`../../content/examples/simplehttp/${name}`, import.meta.url);
const UNIT = 'simplehttp.service';
/** The article's final unit (seed/final.service), vendored as a fixture. */
const FINAL = readFileSync(new URL('../fixtures/playground/final.service', import.meta.url), 'utf8');

/** The article's steps: each adds one line under [Service] (after ExecStop=). */
const STEPS = ['PrivateTmp=yes', 'NoNewPrivileges=true', 'RestrictNamespaces=uts ipc pid user cgroup'];

test.skipIf(ORACLE_VERSIONS.length === 0)('typing the article\'s steps shows the oracle\'s numbers in every version', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  let text = readFileSync(seedPath(UNIT), 'utf8');
  const check = async (label: string): Promise<void> => {
    for (const version of ORACLE_VERSIONS) {
      await pickVersion(page, version);
      const want = expected(version, [{ path: UNIT, text }]);
      expect(await shown(page), `${label} on ${version}`).toEqual({ exposure: want.exposure, rating: want.rating, rows: want.rows });
    }
  };
  await check('base.service');
  for (const step of STEPS) {
    await page.locator('.cm-line', { hasText: 'ExecStop=' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(step);
    await page.keyboard.press('Escape');
    text = text.replace(/^(ExecStop=.*)$/m, `$1\n${step}`);
    expect((await savedFiles(page))[0]?.text).toBe(text);
    await check(step);
  }
  await pasteInto(page, FINAL);
  text = FINAL;
  await check('final.service');
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
}, 120_000);

test.skipIf(ORACLE_VERSIONS.length === 0)('apply shows the score it leads to, and reaches it', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  const version = ORACLE_VERSIONS[ORACLE_VERSIONS.length - 1]!;
  await pickVersion(page, version);
  for (const id of ['PrivateTmp', 'NoNewPrivileges', 'ProtectSystem']) {
    await page.locator(`[data-testid="report-row"][data-json-field="${id}"]`).click();
    const apply = page.locator('row-detail [data-apply]');
    await expect.poll(() => apply.getAttribute('data-after')).toMatch(/^\d+\.\d$/);
    const promised = await apply.getAttribute('data-after');
    await apply.click();
    expect(await page.locator('[data-testid="overall-exposure"]').textContent()).toBe(promised);
    expect(await page.locator(`[data-testid="report-row"][data-json-field="${id}"]`).getAttribute('data-set')).toBe('true');
    const want = expected(version, await savedFiles(page));
    expect((await shown(page)).exposure).toBe(want.exposure);
    expect(want.rows.find((r) => r.id === id)?.set).toBe('true');
  }
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
});

test.skipIf(ORACLE_VERSIONS.length === 0)('a refused unit shows the refusal and keeps the last report greyed out', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  const before = await shown(page);
  const refused = '[Unit]\nDescription=no command\n\n[Service]\nType=simple\n';
  await pasteInto(page, refused);
  const version = ORACLE_VERSIONS[ORACLE_VERSIONS.length - 1]!;
  await pickVersion(page, version);
  const want = expected(version, [{ path: UNIT, text: refused }]);
  expect(want.refusal).not.toBeNull();
  const message = await page.locator('exposure-summary [data-refusal]').textContent();
  // The page words the reason as systemd's stderr does (without the folder prefix).
  const reasonLine = want.refusal!.split('\n').find((l) => l.includes('Refusing')) ?? want.refusal!.trim().split('\n')[0]!;
  expect(message).toContain(reasonLine.trim());
  expect(await page.locator('exposure-summary').getAttribute('data-stale')).not.toBeNull();
  expect((await shown(page)).exposure).toBe(before.exposure);
  await saveScreenshot(page, 'playground/refused');
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test('the unit survives a reload, and systemctl cat output splits into tabs', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await pasteInto(page, '# /lib/systemd/system/demo.service\n[Service]\nExecStart=/bin/true\n\n# /etc/systemd/system/demo.service.d/override.conf\n[Service]\nPrivateTmp=yes\n');
  await expect.poll(() => page.locator('unit-editor [data-path]').allTextContents()).toEqual(['demo.service', 'demo.service.d/override.conf']);
  expect(await page.locator('[data-testid="report-row"][data-json-field="PrivateTmp"]').getAttribute('data-set')).toBe('true');
  await savedFiles(page);
  await page.reload({ waitUntil: 'networkidle' });
  await editorReady(page);
  expect(await page.locator('unit-editor [data-path]').allTextContents()).toEqual(['demo.service', 'demo.service.d/override.conf']);
  expect(await page.locator('.cm-content').textContent()).toContain('ExecStart=/bin/true');
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test('a link opens its unit and version; Copy link makes one that does', async ({ page, site, recording }) => {
  const files = [{ path: 'linked.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n' }];
  await openPage(page, site, recording, `#${encodePermalink({ files, version: '252' })}`);
  await editorReady(page);
  expect(await page.locator('[data-testid="version-picker"]').inputValue()).toBe('252');
  expect(await page.locator('unit-editor [data-path]').allTextContents()).toEqual(['linked.service']);
  expect(await page.locator('.cm-content').textContent()).toContain('PrivateTmp=yes');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await pickVersion(page, '257');
  await page.locator('[data-action="copy-link"]').click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Copied a link to this unit.');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url.startsWith(site.baseURL)).toBe(true);
  await page.goto('about:blank');
  await openPage(page, site, recording, url.slice(site.baseURL.length));
  await editorReady(page);
  expect(await page.locator('[data-testid="version-picker"]').inputValue()).toBe('257');
  expect(await page.locator('.cm-content').textContent()).toContain('PrivateTmp=yes');
  // A damaged link says so and falls back to the saved unit.
  await page.goto('about:blank');
  await openPage(page, site, recording, '#u1.%%%');
  await editorReady(page);
  expect(await page.locator('#status').textContent()).toMatch(/link/);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test('completion, lint with did-you-mean, and the shortcuts overlay', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await page.locator('.cm-line', { hasText: 'ExecStop=' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ProtectSys');
  await acceptCompletion(page, 'ProtectSystem');
  // Picking a key that takes keywords opens them at once.
  await page.locator('.cm-tooltip-autocomplete li', { hasText: 'strict' }).waitFor();
  await page.keyboard.type('st');
  await acceptCompletion(page, 'strict');
  expect(await page.locator('.cm-line', { hasText: 'ProtectSystem' }).textContent()).toBe('ProtectSystem=strict');
  await page.keyboard.press('Enter');
  await page.keyboard.type('PrivateTpm=yes');
  await page.keyboard.press('Escape');
  await page.locator('.cm-lintRange-warning', { hasText: 'PrivateTpm' }).hover();
  await expect.poll(() => page.locator('.cm-tooltip-lint').textContent()).toContain('Did you mean PrivateTmp=?');
  await saveScreenshot(page, 'playground/lint-hover');
  await page.locator('.cm-tooltip-lint .cm-diagnosticAction').click();
  expect(await page.locator('.cm-line', { hasText: 'Private' }).last().textContent()).toBe('PrivateTmp=yes');
  // Move away so the lint tooltip closes before hovering a key it may cover.
  await page.mouse.move(0, 0);
  await page.locator('.cm-tooltip').waitFor({ state: 'detached' });
  await page.locator('.cm-line', { hasText: 'ExecStart=' }).locator('text=ExecStart').hover();
  await expect.poll(() => page.locator('.cm-directive-hover').textContent()).toContain('ExecStart= in [Service]');
  // Renaming the unit to root.service changes the unit id the summary names.
  await page.locator('unit-editor [data-path]').first().dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('root.service');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('exposure-summary [data-unit]').textContent()).toBe('root.service');
  await page.locator('h1').click();
  await page.keyboard.press('?');
  expect(await page.locator('#shortcuts').isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
});

test('screenshots: desktop and phone, light and dark', async ({ page, site, recording }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await openPage(page, site, recording);
      await editorReady(page);
      await page.locator('[data-testid="report-row"][data-json-field="UserOrDynamicUser"]').click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `playground/${name}-${scheme}`);
      if (name === 'desktop' && scheme === 'light') {
        await page.locator('report-table [data-order]').selectOption('gain');
        await page.locator('why-number summary').click();
        await page.locator('why-number').scrollIntoViewIfNeeded();
        await saveScreenshot(page, 'playground/why-and-gain');
        await page.locator('report-table [data-order]').selectOption('cli');
      }
      if (name === 'phone') {
        await page.locator('exposure-summary').scrollIntoViewIfNeeded();
        await page.evaluate(() => document.querySelector('exposure-summary')!.scrollIntoView());
        await saveScreenshot(page, `playground/${name}-${scheme}-report`);
      }
    }
  }
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});
