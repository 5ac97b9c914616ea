/**
 * The planner's panel ("Harden to…") in Chromium: with a target and a profile it shows the score
 * the engine (and, where it runs here, the real systemd-analyze) gives the unit with the drop-in it
 * shows, planned in the planner's Worker, with each export the planner's text; "Add as drop-in" makes that drop-in a tab of the editor and the report then shows the
 * predicted score; an unreachable target names the needs in its way; a refused unit gets no plan;
 * axe finds nothing with the panel open, light or dark; the whole path works from the keyboard.
 * Screenshots (light and dark, desktop and phone) go to the test output folder.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { analyze, formatExposure, type AnalysisMode, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { isNeedsError, parseNeeds, plan } from '../../src/planner/index.ts';
import { PLANNER_EXPORTS } from '../../src/state/planner-exports.ts';
import { axeViolations } from './axe.ts';
import { openPage, saveScreenshot, test } from './browser.ts';
import { editorReady, expected, ORACLE_VERSIONS, pasteInto, pickVersion, savedFiles, shown, unexpectedRequestsAfterLoad } from './playground-support.ts';

const UNIT = 'simplehttp.service';
const DROP_IN = `${UNIT}.d/hardening.conf`;
const planner = '[data-testid="planner"]';

/** Opens the panel with the toolbar's button and waits for its first plan. */
async function openPlanner(page: Page): Promise<void> {
  await page.locator('[data-action="harden"]').click();
  await page.locator(`${planner}[open]`).waitFor();
  await settled(page);
}

/** Waits until the panel shows the plan of its current inputs (none pending, none stale). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const outcome = document.querySelector('[data-outcome]');
    return outcome !== null && outcome.getAttribute('aria-busy') === 'false' && !outcome.hasAttribute('data-stale');
  });
}

/** What the panel shows: before and after, the drop-in's text, whether the target is met and why not. */
async function shownPlan(page: Page): Promise<{ before: string; after: string; dropIn: string; met: string; unmet: string | null; applyEnabled: boolean }> {
  return page.evaluate(() => {
    const q = (s: string): Element | null => document.querySelector(`[data-testid="planner"] ${s}`);
    const unmet = q('[data-unmet]') as HTMLElement;
    return {
      before: q('[data-before-exposure]')?.textContent ?? '',
      after: q('[data-testid="planner-after"]')?.textContent ?? '',
      dropIn: (q('[data-export-text]') as HTMLTextAreaElement).value,
      met: q('[data-met]')?.textContent ?? '',
      unmet: unmet.hidden ? null : unmet.textContent,
      applyEnabled: !(q('[data-testid="planner-apply"]') as HTMLButtonElement).disabled,
    };
  });
}

/** The engine's exposure of `files`, as printed (`9.6`). */
function scoreOf(files: readonly UnitFile[], version: SystemdVersion, mode: AnalysisMode): string {
  const analysis = analyze(files, { version, mode });
  if (!analysis.ok) throw new Error('the engine refuses the unit');
  return formatExposure(analysis.exposure);
}

/** The engine's exposure (as printed) of `files` with `dropIn` as the unit's hardening.conf. */
function engineScore(files: readonly UnitFile[], dropIn: string, version: SystemdVersion, mode: AnalysisMode): string {
  return scoreOf([...files.filter((f) => f.path !== DROP_IN), { path: DROP_IN, text: dropIn }], version, mode);
}

test('a target and a profile give a drop-in whose score is the prediction; adding it makes a tab and the report shows that score', async ({ page, site, recording }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openPage(page, site, recording);
  await editorReady(page);
  // Offline on the newest analyzer present, so the real systemd-analyze can judge the drop-in too.
  const version = ORACLE_VERSIONS.at(-1) ?? '262';
  const mode: AnalysisMode = 'offline';
  await pickVersion(page, version, mode);
  const files = await savedFiles(page);
  await openPlanner(page);
  await page.locator('[data-testid="planner-target"]').fill('3.5');
  await page.locator(`${planner} [data-profile]`).selectOption('bus-helper');
  await settled(page);
  expect(await page.locator(`${planner} [data-need="dbus"]`).isChecked()).toBe(true);
  expect(await page.locator(`${planner} [data-need="network"]`).isChecked()).toBe(false);
  const first = await shownPlan(page);
  expect(first.dropIn).toMatch(/^# Hardening for simplehttp\.service/);
  expect(first.dropIn).toContain('Needs kept: dbus, fixed-user.');
  expect(first.dropIn).not.toMatch(/^PrivateUsers=/m); // bus-helper keeps its user
  expect(first.met).toMatch(/^Target 3\.5 met with \d+ lines\.$/);
  expect(Number(first.after)).toBeLessThanOrEqual(3.5);
  expect(first.after).toBe(engineScore(files, first.dropIn, version, mode));
  if (ORACLE_VERSIONS.length > 0) {
    const oracle = expected(version, [...files, { path: DROP_IN, text: first.dropIn }]);
    expect(oracle.exposure).toBe(first.after);
  }
  // Planned off the main thread: a pasted megabyte would take seconds.
  expect(workers.filter((url) => /\/planner-worker-[\w-]+\.js$/.test(url)).length).toBeGreaterThan(0);
  // The page's plan is the planner's for the same inputs, and each export is the planner's text for its drop-in.
  const needs = parseNeeds('bus-helper');
  if (isNeedsError(needs)) throw new Error('needs');
  const node = plan({ files, version, mode, target: 35, needs });
  if (!node.ok) throw new Error('refused');
  expect(first.dropIn).toBe(node.dropIn.text);
  for (const e of PLANNER_EXPORTS) {
    await page.locator(`${planner} [data-export]`).selectOption(e.id);
    expect(await page.locator(`${planner} [data-export-text]`).inputValue()).toBe(e.write(node.dropIn, version));
    const copy = page.locator(`${planner} [data-copy-export]`);
    expect(await copy.textContent()).toBe(e.copy);
    await copy.click();
    await expect.poll(() => page.locator(`${planner} [data-status]`).textContent()).toBe(`Copied ${e.what}.`);
  }
  await page.locator(`${planner} [data-export]`).selectOption('drop-in');
  await saveScreenshot(page, 'planner/desktop-light');

  await page.locator('[data-testid="planner-apply"]').click();
  await page.locator(`${planner}:not([open])`).waitFor({ state: 'attached' });
  const tab = page.locator(`unit-editor button[data-path="${DROP_IN}"]`);
  expect(await tab.getAttribute('aria-current')).toBe('true');
  const saved = await savedFiles(page);
  expect(saved.map((f) => f.path)).toEqual([UNIT, DROP_IN]);
  expect(saved[1]?.text).toBe(first.dropIn);
  expect((await shown(page)).exposure).toBe(first.after);
  expect(await page.locator('#status').textContent()).toBe(`Added ${DROP_IN}: the report now includes it.`);

  // Planning again replaces the drop-in rather than adding a second one.
  await openPlanner(page);
  expect((await shownPlan(page)).before).toBe(scoreOf(files, version, mode)); // "now" leaves the panel's own drop-in out
  await page.locator('[data-testid="planner-target"]').fill('4.9');
  await settled(page);
  const again = await shownPlan(page);
  await page.locator('[data-testid="planner-apply"]').click();
  const twice = await savedFiles(page);
  expect(twice.map((f) => f.path)).toEqual([UNIT, DROP_IN]);
  expect(twice[1]?.text).toBe(again.dropIn);
  expect((await shown(page)).exposure).toBe(again.after);

  expect(recording.consoleErrors).toEqual([]);
  expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
}, 90_000);

test('an unreachable target names the needs in its way; "stop here" and the band shortcuts set the target; a wrong target is kept and explained', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await openPlanner(page);
  const target = page.locator('[data-testid="planner-target"]');
  await target.fill('0.0');
  await settled(page);
  const unmet = await shownPlan(page);
  expect(unmet.met).toBe('Target 0.0 not met: the drop-in goes as low as the stated needs allow.');
  expect(unmet.unmet).toMatch(/^The target 0\.0 cannot be met with these needs: the lowest exposure they allow is \d\.\d \w+\. In the way: .*network \(without it: \d\.\d\)/);
  expect(unmet.applyEnabled).toBe(true); // the best drop-in can still be added
  // Every step is in the drop-in and none is marked as meeting the target.
  expect(await page.locator(`${planner} tr.meets-target`).count()).toBe(0);
  expect(await page.locator(`${planner} [data-path] tr:not(.in-drop-in)`).count()).toBe(0);
  await saveScreenshot(page, 'planner/unmet');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect({ scheme, violations: await axeViolations(page) }).toEqual({ scheme, violations: [] });
  }

  // Each need in the way is a button that unticks it: the plan then reaches what it said.
  const blocker = page.locator(`${planner} [data-drop-need="network"]`);
  const promised = /\(goes to (\d\.\d)\)$/.exec((await blocker.textContent()) ?? '')?.[1];
  await blocker.click();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-need'))).toBe('network');
  expect(await page.locator(`${planner} [data-need="network"]`).isChecked()).toBe(false);
  await settled(page);
  expect((await shownPlan(page)).after).toBe(promised);
  await page.locator(`${planner} [data-need="network"]`).check();
  await settled(page);

  // Stop at step 10: the target becomes its exposure, and the drop-in ends at the first step reaching it.
  const row = page.locator(`${planner} [data-path] tr`).nth(9);
  const exposure = (await row.locator('td').nth(1).locator('b').textContent()) ?? '';
  await row.locator('button.stop').click();
  expect(await target.inputValue()).toBe(exposure);
  await settled(page);
  const stopped = await shownPlan(page);
  expect(stopped.after).toBe(exposure);
  expect(await page.locator(`${planner} tr.meets-target td`).nth(1).locator('b').textContent()).toBe(exposure);

  await page.locator(`${planner} [data-band="4.9"]`).click();
  expect(await target.inputValue()).toBe('4.9');

  await target.fill('2.05');
  const error = page.locator(`${planner} [data-target-error]`);
  await error.waitFor({ state: 'visible' });
  expect(await error.textContent()).toBe("'2.05' is no target: write a number from 0.0 to 10.0 with at most one decimal (2.0, 4.9) or a band (SAFE, OK).");
  expect(await target.getAttribute('aria-invalid')).toBe('true');
  expect(await target.inputValue()).toBe('2.05');
  expect((await shownPlan(page)).applyEnabled).toBe(false);
  await target.press('End');
  await target.press('Backspace');
  await settled(page);
  expect(await error.isHidden()).toBe(true);
  await target.press('ArrowDown');
  expect(await target.inputValue()).toBe('1.9');

  // Paths written: a relative one is refused with its name, an absolute one lands in ReadWritePaths=.
  await page.locator(`${planner} [data-need="writes"]`).check();
  const writes = page.locator(`${planner} [data-writes]`);
  await writes.fill('srv/data');
  await page.locator(`${planner} [data-writes-error]`).waitFor({ state: 'visible' });
  await writes.fill('/srv/data');
  await settled(page);
  expect((await shownPlan(page)).dropIn).toContain('ReadWritePaths=/srv/data');
  expect(await page.locator(`${planner} [data-profile]`).inputValue()).toBe('network-server');
  await page.locator(`${planner} [data-need="jit"]`).check();
  expect(await page.locator(`${planner} [data-profile]`).inputValue()).toBe('custom');

  await page.keyboard.press('Escape');
  await page.locator(`${planner}:not([open])`).waitFor({ state: 'attached' });
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test('a unit systemd-analyze refuses gets its refusal and no drop-in', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await pasteInto(page, '[Unit]\nDescription=no command\n\n[Service]\nType=simple\n');
  await page.locator('[data-testid="overall-exposure"]').waitFor();
  await openPlanner(page);
  const refused = page.locator(`${planner} [data-refused]`);
  expect(await refused.isVisible()).toBe(true);
  expect(await refused.textContent()).toMatch(/^systemd-analyze refuses this unit: /);
  const plan = await shownPlan(page);
  expect([plan.dropIn, plan.applyEnabled]).toEqual(['', false]);
  expect(await page.locator(`${planner} [data-path] tr`).count()).toBe(0);
  expect(recording.pageErrors).toEqual([]);
});

test('from the keyboard alone: Tab to "Harden to…", Enter, type a target, Tab to the button, Enter; axe finds nothing, light or dark, desktop or phone', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('[data-action="harden"]') ?? false)); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Harden to…');
  await page.keyboard.press('Enter');
  await page.locator(`${planner}[open]`).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('planner-target');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4.0');
  await settled(page);
  const plan = await shownPlan(page);
  expect(plan.met).toMatch(/^Target 4\.0 met/);
  // Announced once the plan settles, in one sentence.
  await expect.poll(() => page.locator(`${planner} [data-announce]`).textContent(), { timeout: 3000 }).toMatch(/^Plan: \d\.\d \w+ to \d\.\d \w+ with \d+ lines; target 4\.0 met\.$/);

  for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect({ name, scheme, violations: await axeViolations(page) }).toEqual({ name, scheme, violations: [] });
      await saveScreenshot(page, `planner/${name}-${scheme}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  let steps = 0;
  while (!(await page.evaluate(() => document.activeElement?.matches('[data-testid="planner-apply"]') ?? false))) {
    await page.keyboard.press('Tab');
    if (++steps > 40) throw new Error('Tab never reached the apply button');
  }
  await page.keyboard.press('Enter');
  await page.locator(`${planner}:not([open])`).waitFor({ state: 'attached' });
  expect((await savedFiles(page)).find((f) => f.path === DROP_IN)?.text).toBe(plan.dropIn);
  expect((await shown(page)).exposure).toBe(plan.after);
  // Focus goes back to what opened the panel.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('harden');
  expect(recording.pageErrors).toEqual([]);
});
