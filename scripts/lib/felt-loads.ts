/**
 * One cold page load under Lighthouse's mobile profile (lib/mobile-profile.ts), as a reader feels
 * it: when the score is painted, when the editor answers a typed key with a new score, and how far
 * the layout shifted meanwhile. Every load gets a fresh browser context (no cache, no storage, no
 * service worker), so each is a first visit.
 */
import type { Browser, Page } from 'playwright-core';
import { applyMobileProfile, mobileContextOptions } from './mobile-profile.ts';
import { installLoadProbe, pollInPage, readLoadProbe, waitForPaintedNumber, type LoadProbe } from './load-probe.ts';

/** What one load measured; times in ms since navigation start. */
export interface LoadFigures {
  /** The number painted (see {@link LoadProbe.paintedAt}). */
  readonly scoreVisibleMs: number;
  /** The score it showed first. */
  readonly firstScore: string;
  /** When a key typed into the editor had changed the score; null when not asked for. */
  readonly editorReadyMs: number | null;
  /** Cumulative layout shift up to the end of the load (see {@link measureLoad}). */
  readonly cls: number;
  /** The load's biggest shifts, for the report. */
  readonly shifts: LoadProbe['shifts'];
}

/** A key typed into the editor: where, and what the score must become. */
export interface TypedKey {
  /** The text of the editor line to type after (at its end), exactly; the unit's `[Service]` header, say. */
  readonly afterLine: string;
  /** Inserted in one input event (as an input method or a completion inserts it) before the key. */
  readonly prefix: string;
  /** The key itself (a Playwright key name), the one that changes the score. */
  readonly key: string;
  /** The score text expected once the key is handled. */
  readonly expected: string;
}

/** What to measure on a page. */
export interface LoadPlan {
  readonly url: string;
  /** The element holding the score's number. */
  readonly scoreSelector: string;
  /** Type this key as soon as the editor exists and time the score's change; the load ends there. */
  readonly type?: TypedKey;
  /** Wait for this element, then a quiet `settleMs`, before ending the load (e.g. the editor on a lesson). */
  readonly settleOn?: string;
  /** Default 500 ms. */
  readonly settleMs?: number;
  /** Longest wait for any one thing; default 30 s. */
  readonly timeoutMs?: number;
}

/** Installs a watch for the score changing to `expected`; its time lands in `window.__typedScoreAt`. */
async function watchScore(page: Page, selector: string, expected: string): Promise<void> {
  await page.evaluate(
    ([sel, want]) => {
      const w = window as unknown as { __typedScoreAt: number };
      w.__typedScoreAt = -1;
      const el = document.querySelector(sel)!;
      new MutationObserver((_, observer) => {
        if (el.textContent?.trim() !== want) return;
        w.__typedScoreAt = performance.now();
        observer.disconnect();
      }).observe(el, { childList: true, subtree: true, characterData: true });
    },
    [selector, expected] as const,
  );
}

/**
 * Loads `plan.url` once in a fresh mobile context and measures it. Without `type`, the load ends
 * when the number is painted (and `settleOn` plus a quiet moment, if given); with it, when the typed
 * key has changed the score, and the layout shift is what happened before the key (a shift the key
 * itself causes is the reader's doing). Throws when something does not happen within the timeout.
 * It waits by polling plain evaluations and types with raw input events, never with Playwright's
 * locators, whose selector engine would be loaded into the page being measured (see pollInPage).
 */
export async function measureLoad(browser: Browser, plan: LoadPlan): Promise<LoadFigures> {
  const timeout = plan.timeoutMs ?? 30_000;
  const context = await browser.newContext(mobileContextOptions());
  try {
    await context.addInitScript(installLoadProbe, plan.scoreSelector);
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await applyMobileProfile(await context.newCDPSession(page));
    await page.goto(plan.url, { waitUntil: 'commit', timeout });
    await waitForPaintedNumber(page, timeout);
    const exists = (selector: string): boolean => document.querySelector(selector) !== null;
    let editorReadyMs: number | null = null;
    let probe: LoadProbe;
    if (plan.type !== undefined) {
      const { afterLine, prefix, key, expected } = plan.type;
      await pollInPage(page, exists, '.cm-content', timeout, 'the editor');
      probe = await readLoadProbe(page);
      await watchScore(page, plan.scoreSelector, expected);
      const at = await page.evaluate((text) => {
        const line = [...document.querySelectorAll('.cm-line')].find((l) => l.textContent?.trim() === text);
        line?.scrollIntoView({ block: 'center' });
        const box = line?.getBoundingClientRect();
        return box === undefined ? null : { x: box.left + 4, y: box.top + box.height / 2 };
      }, afterLine);
      if (at === null) throw new Error(`no editor line reads ${afterLine}`);
      await page.mouse.click(at.x, at.y);
      await page.keyboard.press('End');
      await page.keyboard.insertText(prefix);
      await page.keyboard.press(key);
      await pollInPage(page, () => (window as unknown as { __typedScoreAt: number }).__typedScoreAt >= 0, '', timeout, 'the typed key changing the score');
      editorReadyMs = await page.evaluate(() => (window as unknown as { __typedScoreAt: number }).__typedScoreAt);
    } else {
      if (plan.settleOn !== undefined) await pollInPage(page, exists, plan.settleOn, timeout, plan.settleOn);
      await page.waitForTimeout(plan.settleMs ?? 500);
      probe = await readLoadProbe(page);
    }
    return { scoreVisibleMs: probe.paintedAt, firstScore: probe.text, editorReadyMs, cls: probe.cls, shifts: probe.shifts };
  } finally {
    await context.close();
  }
}
