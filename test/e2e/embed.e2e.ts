/**
 * Sharing and embedding in Chromium: a shared link opens the same unit, version and score in a
 * fresh page; a broken link says why and keeps the editor; a third-party page (a fixture served
 * from another origin) embeds the iframe and the web component, and both show the real
 * systemd-analyze's number (or, for a refused unit, its reason); the iframe resizes itself through
 * postMessage. Screenshots of /embed (light and dark) and of the share and embed dialogs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openPage, saveScreenshot, test } from './browser.ts';
import { startStaticServer } from './static-server.ts';
import { encodePermalink, encodePermalinkNative } from '../../src/permalink/index.ts';
import { iframeSnippet, webComponentSnippet } from '../../src/state/embed-snippets.ts';
import { editorReady, expected, ORACLE_VERSIONS, pickVersion, shown, unexpectedRequestsAfterLoad } from './playground-support.ts';

const UNIT = 'simplehttp.service';
const TEXT = readFileSync(new URL(`../../content/examples/simplehttp/${UNIT}`, import.meta.url), 'utf8');
const HOST = readFileSync(new URL('../fixtures/embed/host.html', import.meta.url), 'utf8');
const oldest = ORACLE_VERSIONS[0];

test.skipIf(oldest === undefined)('share → open the link in a fresh page: same unit, version and score', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await pickVersion(page, oldest!);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-action="share"]').click();
  const link = page.locator('[data-testid="share-link"]');
  await expect.poll(() => link.inputValue()).toMatch(/#u1\./);
  expect(await page.locator('share-menu [data-too-long]').isHidden()).toBe(true);
  await page.locator('[data-share="markdown"]').click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const want = expected(oldest!, [{ path: UNIT, text: TEXT }]);
  expect(markdown).toContain(`exposure **${want.exposure} ${want.rating}`);
  expect(markdown).toContain(await link.inputValue());
  await saveScreenshot(page, 'embed/share-dialog');
  await page.locator('[data-share="link"]').click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const before = await shown(page);
  const text = await page.locator('.cm-content').innerText();
  // A fresh page with no saved workspace: only the link can bring the unit back.
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(url, { waitUntil: 'networkidle' });
  await editorReady(other);
  expect(await other.locator('[data-testid="version-picker"]').inputValue()).toBe(oldest);
  expect(await other.locator('.cm-content').innerText()).toBe(text);
  expect(await shown(other)).toEqual(before);
  expect((await shown(other)).exposure).toBe(want.exposure);
  await fresh.close();
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test('editing keeps the address bar\'s link current without adding history entries', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  const length = await page.evaluate(() => history.length);
  await page.locator('.cm-line', { hasText: 'ExecStop=' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('\nPrivateTmp=yes');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#u1\./);
  const hash = await page.evaluate(() => location.hash);
  expect(await page.evaluate(() => history.length)).toBe(length);
  const { decodePermalink } = await import('../../src/permalink/index.ts');
  const decoded = decodePermalink(hash);
  expect(decoded.ok && decoded.state.files[0]!.text).toContain('PrivateTmp=yes');
  expect(unexpectedRequestsAfterLoad(recording, site)).toEqual([]);
  // Reloading this tab's own link still compares with the unit as first loaded.
  await page.reload({ waitUntil: 'networkidle' });
  await editorReady(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-share="before-after"]').click();
  const snippet = await page.locator('[data-testid="share-preview"]').inputValue();
  expect(snippet).toMatch(/^\| PrivateTmp= \| ✗ \d\.\d \| ✓ \|/m);
  expect(snippet).toMatch(/^\*\*simplehttp\.service\*\*: \d\.\d \w+ .* → \*\*\d\.\d \w+/);
  await saveScreenshot(page, 'embed/before-after');
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test.for([
  ['truncated', (): string => `#${encodePermalink({ files: [{ path: 'x.service', text: TEXT.repeat(3) }] }).slice(0, 63)}`, /cut short/],
  ['malformed', (): string => '#u1.%%%', /damaged/],
  ['unknown format', (): string => '#u9.abc', /unknown version/],
] as const)('a %s link shows its message and keeps the editor', async ([, hash, message], { page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await page.locator('.cm-line', { hasText: 'ExecStop=' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('\nNoNewPrivileges=yes');
  const held = await page.locator('.cm-content').innerText();
  // Pasted into this tab's address bar: the page must not drop what the editor holds.
  await page.evaluate((h) => { location.hash = h; }, hash());
  await expect.poll(() => page.locator('#status').textContent()).toMatch(message);
  expect(await page.locator('.cm-content').innerText()).toBe(held);
  // And as a fresh load: the saved workspace comes back, with the message.
  await page.reload({ waitUntil: 'networkidle' });
  await editorReady(page);
  expect(await page.locator('#status').textContent()).toMatch(message);
  expect(await page.locator('.cm-content').innerText()).toBe(held);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test.for([
  ['no', (): string => '', /^No unit to show: this page expects a unitscore link after #\.$/],
  ['a truncated', (): string => `#${encodePermalink({ files: [{ path: 'x.service', text: TEXT.repeat(3) }] }).slice(0, 63)}`, /cut short/],
  ['a malformed', (): string => '#u1.%%%', /damaged/],
  ['an unknown format', (): string => '#u9.abc', /unknown version/],
] as const)('/embed with %s link says why, in one sentence, and shows no score', async ([, hash, message], { page, site, recording }) => {
  await openPage(page, site, recording, `embed${hash()}`);
  await expect.poll(() => page.locator('.us-error').textContent()).toMatch(message);
  expect(await page.locator('.us-error').textContent()).toMatch(/^[^;]*\.$/);
  expect(await page.locator('[data-testid="exposure"]').count()).toBe(0);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
});

test.skipIf(oldest === undefined)('a third-party page embeds the iframe and the web component; both show the oracle\'s number', async ({ page, site, recording }) => {
  const files = [{ path: UNIT, text: TEXT }];
  const want = expected(oldest!, files);
  // As the embed dialog writes it: a link made with the browser's compressor (no preset dictionary).
  const input = { siteUrl: site.baseURL, fragment: await encodePermalinkNative({ files, version: oldest!, mode: 'offline' }), files, version: oldest!, mode: 'offline' as const };
  const dir = mkdtempSync(join(tmpdir(), 'unitscore-host-'));
  writeFileSync(join(dir, 'index.html'), HOST.replace('{{IFRAME}}', iframeSnippet(input)).replace('{{COMPONENT}}', webComponentSnippet(input)));
  const host = await startStaticServer({ root: dir, base: '/' });
  try {
    await page.goto(host.url, { waitUntil: 'networkidle' });
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('[data-testid="exposure"]').textContent()).toBe(want.exposure);
    expect(await frame.locator('.us-rating').textContent()).toBe(want.rating);
    await expect.poll(() => page.locator('unitscore-report').getAttribute('data-exposure')).toBe(want.exposure);
    expect(await page.locator('unitscore-report').getAttribute('data-rating')).toBe(want.rating);
    expect(await page.locator('unitscore-report').locator('.us-score').textContent()).toBe(want.exposure);
    // The frame asked for its height: taller than the placeholder, and it grows when rows open.
    await expect.poll(() => page.locator('iframe').getAttribute('height')).not.toBe('160');
    const closed = Number(await page.locator('iframe').getAttribute('height'));
    await frame.locator('.us-rows > summary').click();
    await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThan(closed + 200);
    // Rows in the CLI's order with the oracle's ✓/✗.
    const rows = await frame.locator('.us-table tr').evaluateAll((trs) => trs.map((tr) => ({ id: (tr as HTMLElement).dataset['jsonField'], set: (tr as HTMLElement).dataset['set'] })));
    expect(rows).toEqual(want.rows);
    await saveScreenshot(page, 'embed/third-party-page', { fullPage: true });
    const allowed = new Set([host.origin, site.origin]);
    expect(recording.requests.filter((r) => /^https?:/.test(r.url) && !allowed.has(new URL(r.url).origin))).toEqual([]);
    expect(recording.requests.filter((r) => new URL(r.url).origin === host.origin).map((r) => new URL(r.url).pathname)).toEqual(['/']);
    // Such a link decodes with the browser's decompressor: the bundled decoder is not fetched.
    expect(recording.requests.filter((r) => r.url.includes('embed-permalink'))).toEqual([]);
    expect(recording.consoleErrors).toEqual([]);
    expect(recording.pageErrors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('/embed: no CodeMirror read-only, editable with ?edit=1; screenshots light and dark', async ({ page, site, recording }) => {
  const files = [{ path: UNIT, text: TEXT }];
  const fragment = encodePermalink({ files, version: '262' });
  for (const theme of ['light', 'dark'] as const) {
    await page.setViewportSize({ width: 640, height: 520 });
    await openPage(page, site, recording, `embed?theme=${theme}&rows=open#${fragment}`);
    await page.locator('[data-testid="exposure"]').waitFor();
    await saveScreenshot(page, `embed/embed-${theme}`);
  }
  expect(recording.requests.some((r) => /unit-editor|codemirror/i.test(r.url))).toBe(false);
  // The link writer is loaded only once the unit is edited.
  expect(recording.requests.some((r) => r.url.includes('embed-encode-native'))).toBe(false);
  expect(await page.locator('textarea').count()).toBe(0);
  const href = await page.locator('[data-open]').getAttribute('href');
  expect(href).toBe(`${site.baseURL}#${fragment}`);
  await openPage(page, site, recording, `embed?edit=1#${fragment}`);
  const before = await page.locator('[data-testid="exposure"]').textContent();
  await page.locator('textarea').fill(TEXT.replace('[Install]', 'PrivateTmp=yes\nNoNewPrivileges=yes\nProtectSystem=strict\n\n[Install]'));
  await expect.poll(() => page.locator('[data-testid="exposure"]').textContent()).not.toBe(before);
  await expect.poll(() => page.locator('[data-open]').getAttribute('href')).not.toBe(href);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
  expect(recording.offOriginRequests()).toEqual([]);
});

const newest = ORACLE_VERSIONS.at(-1);

test.skipIf(newest === undefined)('a refused unit: /embed and the web component show the oracle\'s reason', async ({ page, site, recording }) => {
  // A bad User= refuses the unit with an argument in the wording; the score-only engine words it.
  const files = [{ path: 'refused.service', text: '[Service]\nExecStart=/bin/true\nUser=a:b\n' }];
  const want = expected(newest!, files);
  expect(want.refusal).not.toBeNull();
  const reasons = want.refusal!.split('\n').filter((line) => line !== '').map((line) => `systemd-analyze refuses this unit: ${line.replace(/^\S+:\d+: /, '')}`);
  await openPage(page, site, recording, `embed#${encodePermalink({ files, version: newest! })}`);
  const shownReason = await page.locator('.us-error').textContent();
  expect(reasons).toContain(shownReason);
  expect(await page.locator('[data-testid="exposure"]').count()).toBe(0);
  // The web component on the same page (its script is same-origin, as the CSP requires).
  await page.evaluate(({ src, text, version }) => {
    const element = Object.assign(document.createElement('unitscore-report'), { textContent: text });
    element.setAttribute('systemd', version);
    element.setAttribute('mode', 'offline');
    element.setAttribute('name', 'refused.service');
    document.body.append(element);
    document.head.append(Object.assign(document.createElement('script'), { src }));
  }, { src: new URL('unitscore-report.js', site.baseURL).href, text: files[0]!.text, version: newest! });
  await expect.poll(() => page.locator('unitscore-report .us-error').textContent()).toBe(shownReason);
  expect(await page.locator('unitscore-report').getAttribute('data-exposure')).toBeNull();
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
});

test('the embed dialog writes the three snippets for the current unit and version', async ({ page, site, recording }) => {
  await openPage(page, site, recording);
  await editorReady(page);
  await pickVersion(page, '257');
  await page.locator('[data-action="embed"]').click();
  const iframe = page.locator('[data-testid="embed-iframe"]');
  await expect.poll(() => iframe.inputValue()).toContain(`${site.baseURL}embed#u1.`);
  expect(await page.locator('[data-testid="embed-component"]').inputValue()).toContain('<unitscore-report systemd="257" mode="offline" name="simplehttp.service">');
  expect(await page.locator('[data-testid="embed-astro"]').inputValue()).toContain('<StaticReport systemd="257" mode="offline"');
  await page.locator('embed-dialog [data-opt="theme"]').selectOption('dark');
  await expect.poll(() => iframe.inputValue()).toContain('embed?theme=dark#u1.');
  await saveScreenshot(page, 'embed/embed-dialog');
  expect(recording.cspViolations).toEqual([]);
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.pageErrors).toEqual([]);
});

test.skipIf(ORACLE_VERSIONS.length === 0)('the static Astro component: the oracle\'s numbers with no JavaScript', async ({ page, site, recording }) => {
  await openPage(page, site, recording, 'embedding');
  expect(await page.locator('script').count()).toBe(0);
  expect(recording.requests.filter((r) => r.resourceType === 'script')).toEqual([]);
  for (const version of ORACLE_VERSIONS) {
    const want = expected(version, [{ path: UNIT, text: TEXT }]);
    const section = page.locator(`section[data-version="${version}"][data-mode="offline"]`);
    expect(await section.locator('[data-testid="exposure"]').textContent()).toBe(want.exposure);
    expect(await section.locator('.us-rating').textContent()).toBe(want.rating);
    const rows = await section.locator('.us-table tr').evaluateAll((trs) => trs.map((tr) => ({ id: (tr as HTMLElement).dataset['jsonField'], set: (tr as HTMLElement).dataset['set'] })));
    expect(rows).toEqual(want.rows);
  }
  expect(recording.consoleErrors).toEqual([]);
  expect(recording.cspViolations).toEqual([]);
});

test('the share menu warns when the link is longer than chat tools keep', async ({ page, site, recording }) => {
  // Varied text compresses badly, so the link passes 2,000 characters.
  const big = `[Service]\nExecStart=/bin/true\n${Array.from({ length: 300 }, (_, i) => `Environment=K${i}=${((i + 1) * 2654435761 % 4294967296).toString(36)}`).join('\n')}\n`;
  await openPage(page, site, recording, `#${encodePermalink({ files: [{ path: 'big.service', text: big }] })}`);
  await editorReady(page);
  await page.locator('[data-action="share"]').dispatchEvent('click');
  const warning = page.locator('share-menu [data-too-long]');
  await expect.poll(() => warning.isVisible()).toBe(true);
  const length = (await page.locator('[data-testid="share-link"]').inputValue()).length;
  expect(length).toBeGreaterThan(2000);
  expect(await warning.textContent()).toContain(`${length.toLocaleString('en')} characters long`);
  await saveScreenshot(page, 'embed/share-too-long');
  expect(recording.pageErrors).toEqual([]);
});
