/**
 * `/fleet/` in Chromium: a picked folder, a `.tar.gz` given to the file input and one dropped on the
 * drop zone each show one row per service whose `data-exposure` is the engine's for that unit with
 * its drop-ins (made here from corpus units, with an override in /etc, a mask, an alias and a
 * oneshot service); the header buttons sort (with `aria-sort`, by mouse and keyboard); the CSV and
 * JSON downloads hold the rows; switching version and mode rescores; a unit's link opens the
 * playground with its score; axe passes with the table in light and dark; screenshots at desktop
 * and phone sizes, light and dark.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { corpusFleet, libFiles, tarGz, writeTree } from '../../scripts/lib/fleet-tarball.ts';
import { analyze, formatExposure, type AnalysisMode, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { openPage, saveScreenshot, test } from './browser.ts';
import { accessibilityProblems } from './page-checks.ts';
import { shown } from './playground-support.ts';
import { testOutputDir } from '../support/output-dir.ts';

const UNITS = corpusFleet(30);
// The /etc override: a corpus unit rated UNSAFE, so that its hardening drop-in shows in the score.
const OVERRIDE = UNITS.find((files) => {
  const analysis = analyze(files, { version: '262', mode: 'live' });
  return analysis.ok && analysis.rating.label === 'UNSAFE' && analysis.resolved.serviceType !== 'oneshot' && files.length === 1;
})!;
const OVERRIDE_NAME = OVERRIDE[0]!.path;
const ETC_TEXT = `${OVERRIDE[0]!.text}\n[Service]\nProtectHome=yes\n`;
const ETC_DROPIN = '[Service]\nPrivateTmp=yes\nNoNewPrivileges=yes\nProtectSystem=strict\n';
const MASKED_NAME = UNITS.find((files) => files !== OVERRIDE)![0]!.path;
const ONESHOT: UnitFile[] = [{ path: 'zz-setup.service', text: '[Service]\nType=oneshot\nExecStart=/usr/bin/setup\n' }];

/**
 * What systemd loads from the tree: per unit, the files the engine analyses (the /etc override
 * with its drop-in applied after the unit's own from /usr/lib), or null for the masked one.
 */
const EXPECTED = new Map<string, readonly UnitFile[] | null>([
  ...UNITS.map((files) => [files[0]!.path, files] as const),
  [OVERRIDE_NAME, [{ path: OVERRIDE_NAME, text: ETC_TEXT }, ...OVERRIDE.slice(1), { path: `${OVERRIDE_NAME}.d/zz-harden.conf`, text: ETC_DROPIN }]],
  [MASKED_NAME, null],
  ['zz-setup.service', ONESHOT],
]);
const NAMES = [...EXPECTED.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(testOutputDir('fleet'), 'input-'));
  const tree = join(dir, 'tree');
  writeTree(tree, [...libFiles(UNITS), ...libFiles([ONESHOT])]);
  writeTree(tree, [
    { path: `etc/systemd/system/${OVERRIDE_NAME}`, text: ETC_TEXT },
    { path: `etc/systemd/system/${OVERRIDE_NAME}.d/zz-harden.conf`, text: ETC_DROPIN },
  ]);
  symlinkSync('/dev/null', join(tree, `etc/systemd/system/${MASKED_NAME}`));
  symlinkSync(`/usr/lib/systemd/system/${OVERRIDE_NAME}`, join(tree, 'etc/systemd/system/an-alias.service'));
  mkdirSync(join(tree, 'etc/systemd/system/multi-user.target.wants'));
  symlinkSync(`/usr/lib/systemd/system/${OVERRIDE_NAME}`, join(tree, `etc/systemd/system/multi-user.target.wants/${OVERRIDE_NAME}`));
  tarGz(tree, ['etc', 'usr'], join(dir, 'units.tar.gz'));
  // A picked folder holds plain files only (a browser follows links): /usr/lib's units as `system/`.
  writeTree(join(dir, 'folder/system'), UNITS.flat());
});

/** The engine's EXPOSURE for a unit, as printed; '' for a refusal (the masked unit). */
function engineExposure(files: readonly UnitFile[] | null, version: SystemdVersion = '262', mode: AnalysisMode = 'live'): string {
  if (files === null) return '';
  const analysis = analyze(files, { version, mode });
  return analysis.ok ? formatExposure(analysis.exposure) : '';
}

/** The table's rows as [unit, data-exposure], in the order shown. */
async function rows(page: Page): Promise<[string, string][]> {
  return page.locator('[data-testid="fleet-row"]').evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset['unit'] ?? '', (tr as HTMLElement).dataset['exposure'] ?? ''] as [string, string]));
}

async function giveTarball(page: Page): Promise<void> {
  await page.locator('[data-testid="fleet-input"]').setInputFiles(join(dir, 'units.tar.gz'));
  await expect.poll(async () => (await rows(page)).length).toBe(NAMES.length);
}

test('a .tar.gz of /etc and /usr/lib: one row per service, each scored as the engine scores it with its drop-ins', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'fleet/');
  await giveTarball(page);
  expect(await rows(page)).toEqual(NAMES.map((n) => [n, engineExposure(EXPECTED.get(n)!)]));
  // The override's drop-in from /etc changed its score; the mask, the oneshot and the alias are told.
  expect(engineExposure(EXPECTED.get(OVERRIDE_NAME)!)).not.toBe(engineExposure(OVERRIDE));
  const note = (name: string) => page.locator(`[data-testid="fleet-row"][data-unit="${name}"] td.fleet-note`).textContent();
  expect(await note(MASKED_NAME)).toContain(`Unit ${MASKED_NAME} is masked, cannot analyze.`);
  expect(await note('zz-setup.service')).toContain('Not in the overview: Type=oneshot.');
  expect(await note(OVERRIDE_NAME)).toContain('overrides /usr/lib/systemd/system');
  expect(await note(OVERRIDE_NAME)).toContain('alias an-alias.service');
  expect(await page.locator('[data-fleet-summary]').textContent()).toContain(`${NAMES.length} services from /etc/systemd/system, /usr/lib/systemd/system`);
  // The text view is the overview: the listed units only (not the masked or oneshot one).
  await page.locator('[data-fleet-text-view] summary').click();
  // The text is laid out on the <details>' toggle event, a task queued after the click.
  await expect.poll(async () => (await page.locator('[data-fleet-text]').textContent()) ?? '').not.toBe('');
  const text = (await page.locator('[data-fleet-text]').textContent()) ?? '';
  expect(text.split('\n')[0]).toMatch(/^UNIT +EXPOSURE PREDICATE HAPPY$/);
  expect(text).not.toContain(MASKED_NAME);
  expect(text).not.toContain('zz-setup.service');
  expect(text).toContain(OVERRIDE_NAME);
  // Nothing left the page: no request after it loaded.
  expect(recording.requestsAfterLoad()).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(await accessibilityProblems(page)).toEqual({});
});

test('a picked folder, and a .tar.gz dropped on the drop zone', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'fleet/');
  await page.locator('[data-testid="fleet-folder-input"]').setInputFiles(join(dir, 'folder/system'));
  const plain = UNITS.map((files) => files[0]!.path).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  await expect.poll(async () => (await rows(page)).length).toBe(plain.length);
  expect(await rows(page)).toEqual(plain.map((n) => [n, engineExposure(UNITS.find((f) => f[0]!.path === n)!)]));

  // A drop: the tarball as a File in a DataTransfer, dropped on the zone.
  const bytes = readFileSync(join(dir, 'units.tar.gz')).toString('base64');
  await page.evaluate((b64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'units.tar.gz', { type: 'application/gzip' }));
    const zone = document.querySelector('[data-fleet-drop]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, bytes);
  await expect.poll(async () => (await rows(page)).length).toBe(NAMES.length);
  expect(await rows(page)).toEqual(NAMES.map((n) => [n, engineExposure(EXPECTED.get(n)!)]));
  expect(recording.pageErrors).toEqual([]);
});

test('sorting by each column, by mouse and keyboard, with aria-sort', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'fleet/');
  await giveTarball(page);
  const sortOf = (key: string) => page.locator(`th[data-sort-column="${key}"]`).getAttribute('aria-sort');
  expect(await sortOf('unit')).toBe('ascending');
  await page.locator('button[data-sort="exposure"]').click();
  expect([await sortOf('exposure'), await sortOf('unit')]).toEqual(['descending', null]);
  const scores = (list: [string, string][]) => list.map(([, e]) => e).filter((e) => e !== '').map(Number);
  let shownRows = await rows(page);
  expect(scores(shownRows)).toEqual([...scores(shownRows)].sort((a, b) => b - a));
  expect(shownRows.at(-1)).toEqual([MASKED_NAME, '']);
  await page.locator('button[data-sort="exposure"]').click();
  expect(await sortOf('exposure')).toBe('ascending');
  shownRows = await rows(page);
  expect(scores(shownRows)).toEqual([...scores(shownRows)].sort((a, b) => a - b));
  expect(shownRows.at(-1)).toEqual([MASKED_NAME, '']);
  // Keyboard: the UNIT header's button, focused, sorts by name with Enter, then flips with Space.
  await page.locator('button[data-sort="unit"]').focus();
  await page.keyboard.press('Enter');
  expect(await sortOf('unit')).toBe('ascending');
  expect((await rows(page)).map(([n]) => n)).toEqual(NAMES);
  await page.keyboard.press('Space');
  expect(await sortOf('unit')).toBe('descending');
  expect((await rows(page)).map(([n]) => n)).toEqual([...NAMES].reverse());
  // PREDICATE sorts by band: the worst first, descending.
  await page.locator('button[data-sort="predicate"]').click();
  const bands = await page.locator('[data-testid="fleet-row"] .fleet-band').allTextContents();
  const order = ['PERFECT', 'SAFE', 'OK', 'MEDIUM', 'EXPOSED', 'UNSAFE', 'DANGEROUS'];
  const ranks = bands.filter((b) => b !== '').map((b) => order.indexOf(b));
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  // The filter keeps the lines the real overview prints: loaded services that are not oneshot.
  await page.locator('[data-fleet-only-listed]').check();
  const listed = NAMES.filter((n) => {
    const files = EXPECTED.get(n)!;
    const analysis = files === null ? null : analyze(files, { version: '262', mode: 'live' });
    return analysis?.ok === true && analysis.resolved.serviceType !== 'oneshot';
  });
  expect(listed.length).toBeLessThan(NAMES.length - 2);
  expect((await rows(page)).map(([n]) => n).sort()).toEqual([...listed].sort());
});

test('CSV and JSON downloads hold the rows shown, in their order', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'fleet/');
  await giveTarball(page);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('fleet-262-live.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('unit,exposure,predicate,happy,listed,note,folder,drop_ins,aliases');
  expect(csv.slice(1, -1).map((line) => line.split('","').slice(0, 2).map((c) => c.replace(/^"/, '')))).toEqual(await rows(page));
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const records = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { unit: string; exposure: string | null; dropIns: string[] }[];
  expect(records.map((r) => [r.unit, r.exposure ?? ''])).toEqual(await rows(page));
  expect(records.find((r) => r.unit === OVERRIDE_NAME)!.dropIns).toContain(`/etc/systemd/system/${OVERRIDE_NAME}.d/zz-harden.conf`);
  expect(recording.offOriginRequests()).toEqual([]);
});

test('switching version and mode rescores every row; a unit opens in the playground with its score', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'fleet/');
  await giveTarball(page);
  await page.locator('[data-testid="fleet-version"]').selectOption('252');
  await page.locator('[data-testid="fleet-mode"]').selectOption('offline');
  await expect.poll(() => rows(page)).toEqual(NAMES.map((n) => [n, engineExposure(EXPECTED.get(n)!, '252', 'offline')]));
  // 249 has no offline mode: live it is, greyed out.
  await page.locator('[data-testid="fleet-version"]').selectOption('249');
  await expect.poll(() => page.locator('[data-testid="fleet-mode"]').inputValue()).toBe('live');
  await expect.poll(() => rows(page)).toEqual(NAMES.map((n) => [n, engineExposure(EXPECTED.get(n)!, '249', 'live')]));
  await page.locator('[data-testid="fleet-version"]').selectOption('262');
  await page.locator('[data-testid="fleet-mode"]').selectOption('live');
  const expected = engineExposure(EXPECTED.get(OVERRIDE_NAME)!);
  await page.locator(`[data-testid="fleet-row"][data-unit="${OVERRIDE_NAME}"] a`).click();
  await page.waitForURL(/#u1\./);
  await expect.poll(async () => (await shown(page)).exposure).toBe(expected);
  // The drop-in came along, as a file of the workspace.
  expect(await page.getByText('zz-harden.conf').count()).toBeGreaterThan(0);
  expect(recording.pageErrors).toEqual([]);
});

test('screenshots: desktop and phone, light and dark, about 30 units', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'fleet/');
  await giveTarball(page);
  const paths: string[] = [];
  for (const [width, height, label] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('[data-fleet-summary]').scrollIntoViewIfNeeded();
      paths.push(await saveScreenshot(page, `fleet/${label}-${scheme}`));
      paths.push(await saveScreenshot(page, `fleet/${label}-${scheme}-full`, { fullPage: true }));
    }
  }
  writeFileSync(join(dir, 'screenshots.txt'), `${paths.join('\n')}\n`);
  expect(paths).toHaveLength(8);
});
