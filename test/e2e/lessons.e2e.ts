/**
 * The article's lesson in real Chromium: a reader types each step, the goals tick, the score shown
 * (report and prose) is the real systemd-analyze's for the selected version, finished steps are
 * remembered across a reload and shown in the lessons index, and nothing is fetched while working.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, saveScreenshot, test } from './browser.ts';
import { editorReady, expected, ORACLE_VERSIONS, pasteInto, shown } from './playground-support.ts';
import type { SystemdVersion, UnitFile } from '../../src/engine/types.ts';
import { VERSIONS } from '../../src/engine/index.ts';

const UNIT = 'simplehttp.service';

/** The unit as the page holds it (the lesson page keeps drafts under its own key). */
async function currentFiles(page: Page, key: string): Promise<UnitFile[]> {
  await page.waitForTimeout(450);
  return page.evaluate((k) => (JSON.parse(localStorage.getItem('unitscore:lesson-drafts:v1') ?? '{}') as Record<string, UnitFile[]>)[k] ?? [], key);
}

async function goals(page: Page): Promise<{ met: boolean; text: string }[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-goals] .goal')].map((li) => ({ met: li.classList.contains('met'), text: li.textContent ?? '' })));
}

/** Picks a version and a mode (default offline: the oracles compared here are `--offline=true`). */
async function pickLessonVersion(page: Page, version: SystemdVersion, mode: 'live' | 'offline' = 'offline'): Promise<void> {
  await page.locator('[data-version-picker]').selectOption(version);
  await page.locator('[data-mode-picker]').selectOption(mode);
}

/** Types `lines` on new lines after the line containing `after`. */
async function typeAfter(page: Page, after: string, lines: readonly string[]): Promise<void> {
  await page.locator('.cm-line', { hasText: after }).last().click();
  await page.keyboard.press('End');
  for (const line of lines) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
    await page.keyboard.press('Escape');
  }
}

/** The report and the prose's unpinned scores agree with the oracle on every available version. */
async function checkScores(page: Page, files: readonly UnitFile[], label: string): Promise<void> {
  for (const version of ORACLE_VERSIONS) {
    await pickLessonVersion(page, version);
    const want = expected(version, files);
    const got = await shown(page);
    expect({ exposure: got.exposure, rating: got.rating }, `${label} on ${version}`).toEqual({ exposure: want.exposure, rating: want.rating });
  }
}

const STEPS: readonly { readonly id: string; readonly after: string; readonly lines: readonly string[] }[] = [
  { id: 'private-tmp', after: 'ExecStop=', lines: ['PrivateTmp=yes'] },
  { id: 'no-new-privileges', after: 'PrivateTmp=', lines: ['NoNewPrivileges=true'] },
  { id: 'restrict-namespaces', after: 'NoNewPrivileges=', lines: ['RestrictNamespaces=uts ipc pid user cgroup'] },
];

test.skipIf(ORACLE_VERSIONS.length === 0)('a reader completes the article lesson by typing; progress survives a reload', async ({ page, site, recording }) => {
  for (const step of STEPS) {
    await openPage(page, site, recording, `lessons/article/${step.id}/`);
    await editorReady(page);
    expect((await goals(page)).some((g) => !g.met), `${step.id}: not done before typing`).toBe(true);
    await expect.poll(() => page.locator('[data-done]').isHidden()).toBe(true);
    await typeAfter(page, step.after, step.lines);
    await expect.poll(async () => (await goals(page)).every((g) => g.met), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.locator('[data-done]').isVisible()).toBe(true);
    const files = await currentFiles(page, `article/${step.id}`);
    expect(files[0]?.path).toBe(UNIT);
    expect(files[0]?.text).toContain(step.lines[0]);
    await checkScores(page, files, step.id);
    // The prose's own score for this step follows the picker too.
    const prose = await page.locator(`.lesson-score[data-ref="${step.id}"]:not([data-version]):not([data-mode])`).first().textContent().catch(() => null);
    if (prose !== null) expect(prose).toBe(expected(ORACLE_VERSIONS.at(-1)!, files).exposure);
  }

  // The full set: paste the walkthrough's final unit.
  await openPage(page, site, recording, 'lessons/article/full-set/');
  await editorReady(page);
  const start = await page.evaluate(() => document.getElementById('lesson-step-data')?.textContent ?? '{}');
  const solved = (JSON.parse(start) as { solved: UnitFile[] }).solved;
  await pasteInto(page, solved[0]!.text);
  await expect.poll(async () => (await goals(page)).every((g) => g.met), { timeout: 5000 }).toBe(true);
  await checkScores(page, solved, 'full-set');
  await saveScreenshot(page, 'lessons/article-full-set', { fullPage: true });

  // Reload: the draft and the progress are still there.
  await page.reload({ waitUntil: 'networkidle' });
  recording.markLoaded();
  await editorReady(page);
  await expect.poll(async () => (await goals(page)).every((g) => g.met), { timeout: 5000 }).toBe(true);
  await openPage(page, site, recording, 'lessons/');
  const counts = await page.locator('lesson-progress[data-lesson="article"] [data-count]').textContent();
  expect(counts).toBe('4 of 5 steps done');

  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.offOriginRequests()).toEqual([]);
}, 120_000);

test('reset step brings back the start, show solution meets the goals', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'lessons/capabilities/bounding-set/');
  await editorReady(page);
  await page.locator('[data-action="solution"]').click();
  await expect.poll(async () => (await goals(page)).every((g) => g.met), { timeout: 5000 }).toBe(true);
  await page.locator('[data-action="reset"]').click();
  await expect.poll(async () => (await goals(page)).some((g) => !g.met), { timeout: 5000 }).toBe(true);
  await page.locator('[data-action="hint"]').click();
  expect(await page.locator('[data-hints] li').count()).toBe(1);
  // Hints are written with `code` spans; they show as code, not as backticks.
  expect(await page.locator('[data-hints] li code').first().textContent()).toBe('CapabilityBoundingSet=');
  expect(recording.pageErrors).toEqual([]);
});

test('settings pages render the engine\'s table and link back to lessons', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'settings/');
  expect(await page.locator('.settings-list li').count()).toBe(81);
  await openPage(page, site, recording, 'settings/CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW/');
  expect(await page.locator('h1 code').textContent()).toBe('CapabilityBoundingSet=~CAP_NET_(BIND_SERVICE|BROADCAST|RAW)');
  expect(await page.locator('.version-tables table').count()).toBe(VERSIONS.length);
  await openPage(page, site, recording, 'settings/PrivateTmp/');
  expect(await page.locator('a[href$="lessons/article/private-tmp/"]').count()).toBe(1);
  expect(recording.offOriginRequests()).toEqual([]);
});
