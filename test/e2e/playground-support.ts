/**
 * Helpers for the playground e2e tests: drive the editor like a user, read what the page shows,
 * and ask the real systemd-analyze (scripts/lib/oracle.ts) what it should show.
 */
import type { Page } from 'playwright-core';
import { isOnActionChunk } from '../../integrations/on-action-chunks.ts';
import { availableOracles, runOracle } from '../../scripts/lib/oracle.ts';
import type { RecordedRequest, Recording, Site } from './browser.ts';
import type { AnalysisMode, SystemdVersion, UnitFile } from '../../src/engine/types.ts';

/** What the oracle printed, reduced to what the page shows. */
export interface Expected {
  /** `9.6`, as in the summary line. */
  readonly exposure: string;
  readonly rating: string;
  /** json_field and set of every row, in the CLI's order. */
  readonly rows: readonly { readonly id: string; readonly set: 'true' | 'false' | 'na' }[];
  /** stderr with the `{dir}/` prefixes removed, when the unit is refused. */
  readonly refusal: string | null;
}

/** The versions whose real analyzer runs here. */
export const ORACLE_VERSIONS: readonly SystemdVersion[] = availableOracles();

/** Runs the real analyzer of `version` offline (text and `--json=short`) on `files`. */
export function expected(version: SystemdVersion, files: readonly UnitFile[]): Expected {
  const text = runOracle(version, files);
  if (text.status !== 0) return { exposure: '', rating: '', rows: [], refusal: text.stderr.replaceAll('{dir}/', '') };
  const m = /Overall exposure level for \S+: (\d+\.\d) (\w+)/.exec(text.stdout);
  if (m === null) throw new Error(`no summary line in oracle output:\n${text.stdout}`);
  const json = JSON.parse(runOracle(version, files, ['--offline=true', '--json=short']).stdout) as { json_field: string; set: boolean | null }[];
  return { exposure: m[1]!, rating: m[2]!, rows: json.map((r) => ({ id: r.json_field, set: r.set === null ? 'na' : r.set ? 'true' : 'false' })), refusal: null };
}

/** What the page shows right now. */
export async function shown(page: Page): Promise<{ exposure: string; rating: string; rows: { id: string; set: string }[] }> {
  return page.evaluate(() => ({
    exposure: document.querySelector('[data-testid="overall-exposure"]')?.textContent ?? '',
    rating: document.querySelector('[data-testid="overall-rating"]')?.textContent ?? '',
    rows: [...document.querySelectorAll<HTMLElement>('[data-testid="report-row"]')].map((tr) => ({ id: tr.dataset['jsonField'] ?? '', set: tr.dataset['set'] ?? '' })),
  }));
}

/** A request's path relative to the site's base (`_astro/x.js`), or null when it is off-origin. */
export function sitePath(url: string, site: Site): string | null {
  const u = new URL(url);
  const base = new URL(site.baseURL).pathname;
  return u.origin === site.origin && u.pathname.startsWith(base) ? u.pathname.slice(base.length) : null;
}

/**
 * Requests since the page loaded other than the site's own on-action chunks (the row explanation,
 * share menu, embed dialog, planner's panel, permalink codec: `ON_ACTION_CHUNKS` of
 * integrations/on-action-chunks.ts) and their stylesheets, which a playground in use fetches on the
 * action that needs them. Anything else is a defect.
 */
export function unexpectedRequestsAfterLoad(recording: Recording, site: Site): RecordedRequest[] {
  return recording.requestsAfterLoad().filter((r) => {
    const path = sitePath(r.url, site);
    return !((r.resourceType === 'script' || r.resourceType === 'stylesheet') && path !== null && path.startsWith('_astro/') && isOnActionChunk(path));
  });
}

/** Waits for the editor (the second chunk) to mount. */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('.cm-content').waitFor({ state: 'visible' });
}

/**
 * Waits for the editor's CodeMirror packages (its own second chunk: keys, language, completion,
 * lint; see src/editor/features.ts), recognised by the fold gutter the language adds.
 */
export async function editorFeaturesReady(page: Page): Promise<void> {
  await editorReady(page);
  await page.locator('.cm-foldGutter').waitFor({ state: 'attached' });
}

/**
 * Accepts the completion `label` with Enter once the popup has it selected. Enter is pressed only
 * after @codemirror/autocomplete's interaction delay (75 ms after the list opens), before which
 * the package lets keys through to the editor so that a key typed blind is not taken as a choice.
 */
export async function acceptCompletion(page: Page, label: string): Promise<void> {
  const selected = page.locator('.cm-tooltip-autocomplete li[aria-selected]');
  await selected.filter({ hasText: label }).waitFor();
  await page.waitForTimeout(100);
  if (((await selected.textContent()) ?? '').startsWith(label)) await page.keyboard.press('Enter');
  else throw new Error(`completion: ${label} is no longer selected`);
}

/** Replaces the open file's text the way a paste does (also how `systemctl cat` output arrives). */
export async function pasteInto(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Selects a version in the picker, and a mode (default `offline`: {@link expected} asks the real
 * `systemd-analyze security --offline=true`).
 */
export async function pickVersion(page: Page, version: SystemdVersion, mode: AnalysisMode = 'offline'): Promise<void> {
  await page.locator('[data-testid="version-picker"]').selectOption(version);
  await pickMode(page, mode);
}

/** Selects a mode in the mode picker. */
export async function pickMode(page: Page, mode: AnalysisMode): Promise<void> {
  await page.locator('[data-testid="mode-picker"]').selectOption(mode);
}

/** The files as the page saved them (the autosave runs 250 ms after a change). */
export async function savedFiles(page: Page): Promise<UnitFile[]> {
  await page.waitForTimeout(400);
  return page.evaluate(() => (JSON.parse(localStorage.getItem('unitscore:workspace:v1') ?? '{}') as { files: UnitFile[] }).files);
}
