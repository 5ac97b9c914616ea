/**
 * The playground with the keyboard alone (no mouse event at all): Tab into the editor, type a unit
 * (completion included), jump to the next diagnostic (F8), apply its fix through the lint panel's
 * action (Ctrl-Shift-M, then the action's access key) and through Ctrl-., Tab on to the report,
 * open a row (Enter) and apply its fix, change the version in the picker, copy the link. On the
 * way: every Tab stop has an accessible name, the score is announced once per change (not per
 * keystroke), and axe finds nothing with the completion list or the lint panel open, light or dark. Screenshots
 * of both go to /tmp (not committed) for a person to look at. Search, replace and go to line are
 * driven the same way, with axe on the search panel.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { openPage, test } from './browser.ts';
import { acceptCompletion, editorFeaturesReady, shown, unexpectedRequestsAfterLoad } from './playground-support.ts';

/** Where the screenshots of the open completion list and lint panel go. */
const SHOTS = '/tmp/unitscore-keyboard';

/** axe's violations in the light and in the dark theme (the system's colour scheme), by scheme; {} when none. */
async function axeLightAndDark(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await axeViolations(page);
    if (violations.length > 0) found[scheme] = violations;
  }
  return found;
}

/** Whether the focused element matches `selector`. */
function focusIs(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Presses Tab (Shift+Tab with `back`) until the focused element matches `selector`; at most `limit` presses. */
async function tabTo(page: Page, selector: string, options: { back?: boolean; limit?: number } = {}): Promise<void> {
  for (let i = 0; i <= (options.limit ?? 150); i++) {
    if (await focusIs(page, selector)) return;
    await page.keyboard.press(options.back === true ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types `lines`, each followed by Escape (closing any completion list, so Enter cannot accept it) and Enter. */
async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
  }
}

/** The editor's lines as CodeMirror shows them. */
function editorLines(page: Page): Promise<string[]> {
  return page.locator('.cm-line').allTextContents();
}

/**
 * The role and accessible name of the focused element, and its tag and class. Role and name are
 * Chromium's (DevTools protocol); where Chromium leaves the name empty, Playwright's reading of
 * the accessible-name rules stands in: Chromium names no focusable table row from its cells,
 * though ARIA gives rows their name from their contents.
 */
async function focusedRoleAndName(page: Page, cdp: CDPSession): Promise<{ role: string; name: string; tag: string }> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  const tag = await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase() ?? ''}.${document.activeElement?.className ?? ''}`);
  let name = String(node?.name?.value ?? '');
  if (name === '') name = /^- '?[\w-]+ "((?:[^"\\]|\\.)*)"/.exec((await page.locator('*:focus').first().ariaSnapshot()).split('\n')[0] ?? '')?.[1] ?? '';
  return { role: String(node?.role?.value ?? ''), name, tag };
}

test('every Tab stop of the playground has a role and an accessible name', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorFeaturesReady(page);
  const cdp = await page.context().newCDPSession(page);
  const stops: { role: string; name: string; tag: string }[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await focusIs(page, 'body')) break;
    const stop = await focusedRoleAndName(page, cdp);
    if (stops.length > 0 && stop.tag === stops[0]!.tag && stop.name === stops[0]!.name) break;
    stops.push(stop);
  }
  expect(stops.length).toBeGreaterThan(20);
  expect(stops.filter((s) => s.role === '' || s.name.trim() === '')).toEqual([]);
  expect(stops).toContainEqual(expect.objectContaining({ role: 'textbox', name: 'Unit file editor' }));
  expect(stops).toContainEqual(expect.objectContaining({ role: 'combobox', name: 'systemd version' }));
});

test('keyboard only: type a unit, fix it from the lint panel and Ctrl-., apply a row\'s fix, change version, copy the link', { timeout: 90_000 }, async ({ page, site, recording }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, site, recording);
  await editorFeaturesReady(page);

  // Tab into the editor and replace the example with a unit typed key by key.
  await tabTo(page, '.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await typeLines(page, ['[Service]', 'ExecStart=/usr/bin/demo', 'PrivateTpm=yes', 'NoNewPrivilege=yes']);
  expect(await editorLines(page)).toEqual(['[Service]', 'ExecStart=/usr/bin/demo', 'PrivateTpm=yes', 'NoNewPrivilege=yes', '']);
  await page.locator('.cm-lintRange', { hasText: 'NoNewPrivilege' }).waitFor();

  // F8 goes to the first diagnostic; the lint panel (Ctrl-Shift-M) takes the focus, its access key applies the fix.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toContain('PrivateTpm');
  await page.keyboard.press('Control+Shift+M');
  await expect.poll(() => focusIs(page, '.cm-panel-lint ul[role="listbox"]')).toBe(true);
  const active = page.locator('.cm-panel-lint [role="option"][aria-selected="true"]');
  expect(await active.textContent()).toContain('Did you mean PrivateTmp=?');
  await page.screenshot({ path: `${SHOTS}/lint-panel.png`, animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/lint-panel-dark.png`, animations: 'disabled' });
  expect(await axeLightAndDark(page)).toEqual({});
  await page.keyboard.press('u');
  await expect.poll(() => editorLines(page)).toContain('PrivateTmp=yes');
  await page.keyboard.press('Escape');
  await expect.poll(() => focusIs(page, '.cm-content')).toBe(true);
  expect(await page.locator('.cm-panel-lint').count()).toBe(0);

  // Once the diagnostics follow the fix, F8 goes on to the other one and Ctrl-. applies its fix.
  await expect.poll(() => page.locator('.cm-lintRange', { hasText: 'PrivateTmp' }).count()).toBe(0);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toContain('NoNewPrivilege');
  await page.keyboard.press('Control+.');
  await expect.poll(() => editorLines(page)).toContain('NoNewPrivileges=yes');

  // Completion by keyboard, with axe on the open list; the score is announced once for a burst of changes.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Protect');
  await page.locator('.cm-tooltip-autocomplete li[aria-selected]').waitFor();
  expect(await page.locator('.cm-content').getAttribute('aria-activedescendant')).toMatch(/./);
  await page.screenshot({ path: `${SHOTS}/completion.png`, animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/completion-dark.png`, animations: 'disabled' });
  expect(await axeLightAndDark(page)).toEqual({});
  await page.keyboard.type('Sys');
  await acceptCompletion(page, 'ProtectSystem');
  await page.keyboard.type('str');
  await acceptCompletion(page, 'strict');
  await page.keyboard.press('Escape');
  expect(await editorLines(page)).toContain('ProtectSystem=strict');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  const changes = await page.evaluate(() => {
    const w = window as unknown as { scoreChanges: number; announcements: string[] };
    w.scoreChanges = 0;
    w.announcements = [];
    new MutationObserver(() => (w.scoreChanges += 1)).observe(document.querySelector('[data-testid="overall-exposure"]')!, { childList: true, characterData: true, subtree: true });
    const status = document.querySelector('exposure-summary [data-announce]')!;
    new MutationObserver(() => w.announcements.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    return { live: document.querySelector('exposure-summary')!.getAttribute('aria-live'), role: status.getAttribute('role') };
  });
  expect(changes).toEqual({ live: null, role: 'status' });
  // PrivateDevices= flips between set and unset three times within one burst of typing.
  await page.keyboard.type('PrivateDevices=y');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('yes');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  const said = await page.evaluate(() => {
    const w = window as unknown as { scoreChanges: number; announcements: string[] };
    return { scoreChanges: w.scoreChanges, announcements: w.announcements };
  });
  const now = await shown(page);
  expect(said.scoreChanges).toBeGreaterThanOrEqual(3);
  expect(said.announcements).toEqual([`Overall exposure ${now.exposure} ${now.rating}`]);

  // Tab on to the report, open the PrivateNetwork row with Enter and apply its fix.
  await tabTo(page, 'tr[data-testid="report-row"]');
  for (let i = 0; i < 100 && !(await focusIs(page, 'tr[data-json-field="PrivateNetwork"]')); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('row-detail:not([hidden])').waitFor();
  await tabTo(page, 'row-detail [data-apply]', { limit: 20 });
  const promised = await page.locator('row-detail [data-apply]').getAttribute('data-after');
  await page.keyboard.press('Enter');
  await expect.poll(() => editorLines(page)).toContain('PrivateNetwork=yes');
  expect((await shown(page)).exposure).toBe(promised);

  // The version picker, reached with Shift+Tab and changed with an arrow key.
  await tabTo(page, '[data-testid="version-picker"]', { back: true, limit: 200 });
  const before = await page.locator('[data-testid="version-picker"]').inputValue();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => page.locator('[data-testid="version-picker"]').inputValue()).not.toBe(before);
  const version = await page.locator('[data-testid="version-picker"]').inputValue();
  await expect.poll(() => page.locator('exposure-summary [data-place]').textContent()).toContain(version);

  // Copy the link: a link that opens this unit and version.
  await tabTo(page, '[data-action="copy-link"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#status').textContent()).toBe('Copied a link to this unit.');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url.startsWith(site.baseURL)).toBe(true);
  await page.goto('about:blank');
  await openPage(page, site, recording, url.slice(site.baseURL.length));
  await editorFeaturesReady(page);
  expect(await page.locator('[data-testid="version-picker"]').inputValue()).toBe(version);
  expect(await editorLines(page)).toEqual(expect.arrayContaining(['PrivateTmp=yes', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'PrivateDevices=yes', 'PrivateNetwork=yes']));

  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
});

test('search, replace all and go to line from the keyboard, with axe on the search panel', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorFeaturesReady(page);
  await tabTo(page, '.cm-content');
  await page.keyboard.press('Control+f');
  await expect.poll(() => focusIs(page, '.cm-search input[name="search"]')).toBe(true);
  await page.keyboard.type('ExecStop');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('ExecStop');
  expect(await axeLightAndDark(page)).toEqual({});
  await tabTo(page, '.cm-search input[name="replace"]', { limit: 10 });
  await page.keyboard.type('ExecStopPost');
  await tabTo(page, '.cm-search button[name="replaceAll"]', { limit: 5 });
  await page.keyboard.press('Enter');
  await expect.poll(() => editorLines(page)).toContain('ExecStopPost=/bin/kill -9 $MAINPID');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.cm-search').count()).toBe(0);
  await expect.poll(() => focusIs(page, '.cm-content')).toBe(true);
  await page.keyboard.press('Control+Alt+g');
  await page.locator('.cm-goto-line input[name="line"]').waitFor();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.cm-activeLine').textContent()).toBe('[Service]');
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});
