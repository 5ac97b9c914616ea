/**
 * The hostile-input corpus (payloads.ts) in the playground, in every place a stranger controls:
 * pasted unit text, and a permalink (built with the site's own encoder) whose every field carries
 * the payload: unit text, unit file name, drop-in name and text, version, policy, lesson and step.
 *
 * Nothing may run (`window.__pwned` stays unset, no dialog opens, no CSP violation, no page
 * error, no request leaves the origin), no element with markup from the payload may appear, and
 * the editor must keep the text exactly as given (after the link's own UTF-8 round trip).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { decodePermalink, encodePermalink, MAX_PAYLOAD_BYTES, permalinkPayloadBytes, type PermalinkState } from '../../src/permalink/index.ts';
import type { UnitFile } from '../../src/engine/types.ts';
import { openPage, test, type Recording } from './browser.ts';
import { editorReady, pasteInto, savedFiles } from './playground-support.ts';
import { nameWith, PAYLOADS, unitWith } from './payloads.ts';

/**
 * Places per payload: 1 pasted + 8 link fields (unit text, unit name, drop-in name, drop-in text,
 * version, policy, lesson, step) in the playground, and the same 8 link fields in /embed.
 */
export const PLACES_PER_PAYLOAD = 17;

function stateWith(payload: string): PermalinkState {
  const name = nameWith(payload);
  return {
    files: [
      { path: `${name}.service`, text: unitWith(payload) },
      { path: `${name}.service.d/${name}.conf`, text: `[Service]\nEnvironment=${payload}\n` },
    ],
    version: payload,
    policy: payload,
    lesson: payload,
    step: payload,
  };
}

/** Collects dialogs (alert, confirm, prompt) the page opens, dismissing each. */
function hookDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Markup the site never writes itself but a payload rendered as HTML would create. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
        if (/^(href|src|action|data|formaction)$/i.test(attr) && /^\s*(javascript|data:text\/html)/i.test(el.getAttribute(attr) ?? '')) found.push(`${el.tagName} ${attr}=${el.getAttribute(attr) ?? ''}`);
      }
    }
    for (const el of document.querySelectorAll('body iframe, body object, body embed, body base, body meta, body form:not([method="dialog"]), body style, body svg script, head base, img[src="x"], a#pwn, button#go')) found.push(el.outerHTML.slice(0, 80));
    for (const s of document.scripts) if (s.src === '' && s.type !== 'application/json') found.push(`inline script ${s.textContent.slice(0, 60)}`);
    return found;
  });
}

async function expectNothingRan(page: Page, recording: Recording, dialogs: readonly string[]): Promise<void> {
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
  expect(recording.offOriginRequests()).toEqual([]);
  expect(await injectedMarkup(page)).toEqual([]);
}

const rows = PAYLOADS.map((p) => [p.name, p.text] as const);

test.for(rows)('pasted unit text: %s', async ([, payload], { page, site, recording }) => {
  const dialogs = hookDialogs(page);
  await openPage(page, site, recording);
  await editorReady(page);
  const unit = unitWith(payload);
  await pasteInto(page, unit);
  const files = await savedFiles(page);
  expect(files.map((f) => f.text).join('')).toBe(unit);
  await expectNothingRan(page, recording, dialogs);
});

test.for(rows)('every permalink field: %s', async ([, payload], { page, site, recording }) => {
  const dialogs = hookDialogs(page);
  const state = stateWith(payload);
  expect(permalinkPayloadBytes(state)).toBeLessThan(MAX_PAYLOAD_BYTES);
  const fragment = encodePermalink(state);
  // What the link can carry: text as UTF-8, so lone surrogates arrive as U+FFFD.
  const decoded = decodePermalink(fragment);
  if (!decoded.ok) throw new Error(`the encoder's own link does not decode: ${decoded.code}`);
  await openPage(page, site, recording, `#${fragment}`);
  await editorReady(page);
  // The file names are shown as text, verbatim, in the tabs.
  const tabs = await page.locator('unit-editor [data-path]').allTextContents();
  for (const f of decoded.state.files) expect(tabs.some((t) => t.includes(f.path.split('/').at(-1)!))).toBe(true);
  // The editor holds exactly the linked files: the site's own "Copy link" gives them back.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-action="copy-link"]').click();
  await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Copied/);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const copied = decodePermalink(new URL(url).hash);
  if (!copied.ok) throw new Error(`the copied link does not decode: ${copied.code}`);
  const files: readonly UnitFile[] = copied.state.files;
  expect(files).toEqual(decoded.state.files);
  await expectNothingRan(page, recording, dialogs);
});

test.for(rows)('/embed, every permalink field: %s', async ([, payload], { page, site, recording }) => {
  const dialogs = hookDialogs(page);
  const fragment = encodePermalink(stateWith(payload));
  const decoded = decodePermalink(fragment);
  if (!decoded.ok) throw new Error(`the encoder's own link does not decode: ${decoded.code}`);
  await openPage(page, site, recording, `embed#${fragment}`);
  // The unit's name is shown as text (the report names the unit it scores).
  const unitName = decoded.state.files[0]!.path;
  await expect.poll(() => page.locator('body').textContent(), { timeout: 5000 }).toContain(unitName.slice(0, 40));
  await expectNothingRan(page, recording, dialogs);
});

test('control: the detectors do see a payload that is rendered as HTML', async ({ page, site, recording }) => {
  const dialogs = hookDialogs(page);
  await openPage(page, site, recording);
  expect(await injectedMarkup(page)).toEqual([]);
  await page.evaluate((html) => {
    document.body.insertAdjacentHTML('beforeend', html);
  }, PAYLOADS.find((p) => p.name === 'img onerror')!.text);
  expect(await injectedMarkup(page)).toEqual(['IMG onerror', '<img src="x" onerror="window.__pwned=1">']);
  // The policy blocks the handler itself: a violation, and nothing set.
  await expect.poll(() => recording.cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
