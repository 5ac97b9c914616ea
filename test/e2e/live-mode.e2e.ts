/**
 * Live and offline in Chromium: the playground starts live on the newest systemd, with the live
 * score of the default unit (the seed walkthrough's, 9.6 live on 262 against 9.4 offline, as the
 * live and offline oracles print); switching mode or version changes the score to the engine's; the
 * line under the score names the command the numbers equal; links carry the mode, and a link made
 * before modes existed opens offline, in the playground and in /embed; `<unitscore-report mode>` and `<StaticReport mode>`.
 * Screenshots of the pickers at desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { analyze, formatExposure } from '../../src/engine/index.ts';
import type { AnalysisMode, SystemdVersion } from '../../src/engine/types.ts';
import { encodePermalink } from '../../src/permalink/index.ts';
import { openPage, saveScreenshot, test } from './browser.ts';
import { editorReady, pickMode, pickVersion, shown } from './playground-support.ts';

const UNIT = 'simplehttp.service';
const TEXT = readFileSync(new URL(`../../content/examples/simplehttp/${UNIT}`, import.meta.url), 'utf8');
const FILES = [{ path: UNIT, text: TEXT }];

/** The engine's exposure for the default unit, as the page prints it. */
function engineScore(version: SystemdVersion, mode: AnalysisMode): string {
  const analysis = analyze(FILES, { version, mode });
  if (!analysis.ok) throw new Error('refused');
  return formatExposure(analysis.exposure);
}

async function commandLine(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="command-line"]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function pickers(page: Page): Promise<{ version: string; mode: string; offlineDisabled: boolean }> {
  return {
    version: await page.locator('[data-testid="version-picker"]').inputValue(),
    mode: await page.locator('[data-testid="mode-picker"]').inputValue(),
    offlineDisabled: await page.locator('[data-testid="mode-picker"] option[value="offline"]').isDisabled(),
  };
}

test('the default is live on 262, with the live score and the command it equals', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  expect(await pickers(page)).toEqual({ version: '262', mode: 'live', offlineDisabled: false });
  // The seed unit: 9.6 live on 262 (the live oracle's number), 9.4 offline.
  expect(engineScore('262', 'live')).toBe('9.6');
  expect(engineScore('262', 'offline')).toBe('9.4');
  await expect.poll(async () => (await shown(page)).exposure).toBe('9.6');
  expect(await commandLine(page)).toBe(`= systemd-analyze security ${UNIT} on a running systemd 262`);
  // Every release in the version picker, labelled, with its major number.
  const options = await page.locator('[data-testid="version-picker"] option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
  expect(options.map(([v]) => v)).toEqual(['245', '247', '249', '252', '254', '255', '257', '262']);
  for (const [v, label] of options) expect(label).toContain(v!);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
});

test('switching mode and version changes the score and the command line', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await pickMode(page, 'offline');
  await expect.poll(async () => (await shown(page)).exposure).toBe(engineScore('262', 'offline'));
  expect(await commandLine(page)).toBe(`= systemd-analyze security --offline=true ./${UNIT} with systemd 262`);
  await pickVersion(page, '252', 'offline');
  await expect.poll(async () => (await shown(page)).exposure).toBe(engineScore('252', 'offline'));
  expect(await commandLine(page)).toBe(`= systemd-analyze security --offline=true ./${UNIT} with systemd 252`);
  await pickMode(page, 'live');
  await expect.poll(async () => (await shown(page)).exposure).toBe(engineScore('252', 'live'));
  expect(await commandLine(page)).toBe(`= systemd-analyze security ${UNIT} on a running systemd 252`);
  // 249 has no --offline: offline greyed out, live shown, and the choice comes back on 257.
  await pickMode(page, 'offline');
  await page.locator('[data-testid="version-picker"]').selectOption('249');
  await expect.poll(() => pickers(page)).toEqual({ version: '249', mode: 'live', offlineDisabled: true });
  await expect.poll(async () => (await shown(page)).exposure).toBe(engineScore('249', 'live'));
  expect(await commandLine(page)).toBe(`= systemd-analyze security ${UNIT} on a running systemd 249`);
  await page.locator('[data-testid="version-picker"]').selectOption('257');
  await expect.poll(() => pickers(page)).toEqual({ version: '257', mode: 'offline', offlineDisabled: false });
  await expect.poll(async () => (await shown(page)).exposure).toBe(engineScore('257', 'offline'));
  // Alt+M switches the mode.
  await page.locator('h1').click();
  await page.keyboard.press('Alt+KeyM');
  await expect.poll(() => pickers(page)).toEqual({ version: '257', mode: 'live', offlineDisabled: false });
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
});

test('an old permalink (no mode) opens offline; new links carry the mode', async ({ page, site, recording }) => {
  await openPage(page, site, recording, `#${encodePermalink({ files: FILES, version: '262' })}`);
  await editorReady(page);
  expect(await pickers(page)).toEqual({ version: '262', mode: 'offline', offlineDisabled: false });
  await expect.poll(async () => (await shown(page)).exposure).toBe(engineScore('262', 'offline'));
  expect(await commandLine(page)).toContain('--offline=true');
  // A new link, made live on 257, opens live on 257 in a fresh page.
  await pickVersion(page, '257', 'live');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-action="copy-link"]').click();
  await expect.poll(() => page.locator('#status').textContent()).toContain('Copied a link');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(url, { waitUntil: 'networkidle' });
  await editorReady(other);
  expect(await pickers(other)).toEqual({ version: '257', mode: 'live', offlineDisabled: false });
  await expect.poll(async () => (await shown(other)).exposure).toBe(engineScore('257', 'live'));
  await fresh.close();
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
});

test('/embed: an old link is offline, ?mode=live or a live link is live', async ({ page, site, recording }) => {
  const old = encodePermalink({ files: FILES, version: '262' });
  const cases: [string, string, string][] = [
    [`embed#${old}`, engineScore('262', 'offline'), `= systemd-analyze security --offline=true ./${UNIT} with systemd 262`],
    [`embed?mode=live#${old}`, engineScore('262', 'live'), `= systemd-analyze security ${UNIT} on a running systemd 262`],
    [`embed#${encodePermalink({ files: FILES, version: '257', mode: 'live' })}`, engineScore('257', 'live'), `= systemd-analyze security ${UNIT} on a running systemd 257`],
  ];
  for (const [path, score, command] of cases) {
    await openPage(page, site, recording, path);
    await expect.poll(() => page.locator('[data-testid="exposure"]').textContent()).toBe(score);
    expect(await commandLine(page)).toBe(command);
  }
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
});

test('<unitscore-report>: live by default, offline with mode="offline", live on 249 whatever it says', async ({ page, site, recording }) => {
  await openPage(page, site, recording, `embed#${encodePermalink({ files: FILES, version: '262' })}`);
  await page.locator('[data-testid="exposure"]').waitFor();
  const cases = [['262', null], ['262', 'offline'], ['257', 'live'], ['249', 'offline']] as const;
  await page.evaluate(({ src, text, cases }) => {
    for (const [version, mode] of cases) {
      const element = Object.assign(document.createElement('unitscore-report'), { textContent: text });
      element.setAttribute('systemd', version);
      element.setAttribute('name', 'simplehttp.service');
      if (mode !== null) element.setAttribute('mode', mode);
      document.body.append(element);
    }
    document.head.append(Object.assign(document.createElement('script'), { src }));
  }, { src: new URL('unitscore-report.js', site.baseURL).href, text: TEXT, cases });
  const elements = page.locator('unitscore-report');
  const want = [engineScore('262', 'live'), engineScore('262', 'offline'), engineScore('257', 'live'), engineScore('249', 'live')];
  await expect.poll(() => elements.evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset['exposure'] ?? ''))).toEqual(want);
  const commands = await elements.evaluateAll((es) => es.map((e) => e.shadowRoot?.querySelector('[data-testid="command-line"]')?.textContent ?? ''));
  expect(commands).toEqual([
    `= systemd-analyze security ${UNIT} on a running systemd 262`,
    `= systemd-analyze security --offline=true ./${UNIT} with systemd 262`,
    `= systemd-analyze security ${UNIT} on a running systemd 257`,
    `= systemd-analyze security ${UNIT} on a running systemd 249`,
  ]);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
});

test('<StaticReport mode>: /embedding shows each version in each of its modes, live first', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'embedding');
  const sections = await page.locator('section[data-version]').evaluateAll((ss) => ss.map((s) => `${(s as HTMLElement).dataset['version']}/${(s as HTMLElement).dataset['mode']}`));
  expect(sections).toEqual(['245/live', '247/live', '249/live', '252/live', '252/offline', '254/live', '254/offline', '255/live', '255/offline', '257/live', '257/offline', '262/live', '262/offline']);
  for (const [version, mode] of [['262', 'live'], ['262', 'offline'], ['247', 'live']] as const) {
    const section = page.locator(`section[data-version="${version}"][data-mode="${mode}"]`);
    expect(await section.locator('[data-testid="exposure"]').textContent()).toBe(engineScore(version, mode));
    expect(await section.locator('[data-testid="command-line"]').textContent()).toContain(mode === 'live' ? `on a running systemd ${version}` : `with systemd ${version}`);
  }
  expect(recording.consoleErrors).toEqual([]);
});

test('screenshots of the pickers: desktop and phone', async ({ page, site, recording }) => {
  for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await openPage(page, site, recording);
    await editorReady(page);
    await saveScreenshot(page, `playground/modes-${name}-live`);
    await pickVersion(page, '257', 'offline');
    await saveScreenshot(page, `playground/modes-${name}-offline`);
    if (name === 'phone') {
      await page.evaluate(() => document.querySelector('exposure-summary')!.scrollIntoView());
      await saveScreenshot(page, `playground/modes-${name}-offline-score`);
    }
  }
  expect(recording.consoleErrors).toEqual([]);
});
