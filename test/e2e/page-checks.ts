/**
 * The checks every built page gets (test/e2e/every-page.e2e.ts): its security (the CSP in a
 * <meta> ahead of every script, no violation, console or page error, no request but the site's
 * own static files, none once loaded) and its accessibility (axe-core in the system's light and
 * dark; the site's theme switch overriding the system both ways, `data-theme` as the switch and
 * theme-init.js set it, must render every element in exactly the colours of the system mode it
 * switches to, so axe's verdict there is the same without running it again).
 * axe runs as axe.ts loads it.
 */
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/components/csp.ts';
import { axeViolations } from './axe.ts';
import type { Recording, Site } from './browser.ts';
import { notStaticAsset } from './site-pages.ts';

/** What is wrong with the loaded page's security, as named lists; every list empty when nothing is. */
export async function securityProblems(page: Page, site: Site, recording: Recording): Promise<Record<string, unknown>> {
  // Let timers and late module work run; the site must stay silent on the network meanwhile.
  await page.waitForTimeout(300);
  const meta = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The policy must come before any script, or it would not govern them.
  const metaBeforeScripts = await page.evaluate(() => {
    const metaTag = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return [...document.scripts].every((s) => metaTag !== null && (metaTag.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  });
  return {
    policyInMeta: meta === CONTENT_SECURITY_POLICY ? [] : [`<meta> policy is ${String(meta)}`],
    policyBeforeScripts: metaBeforeScripts ? [] : ['a script comes before the <meta> policy'],
    cspViolations: recording.cspViolations,
    consoleErrors: recording.consoleErrors,
    pageErrors: recording.pageErrors,
    foreignRequests: recording.requests.map((r) => notStaticAsset(r, site)).filter((why) => why !== null),
    requestsAfterLoad: recording.requestsAfterLoad(),
  };
}

/** One way of being light or dark. */
interface Mode {
  readonly name: string;
  readonly media: 'light' | 'dark';
  readonly theme: 'system' | 'light' | 'dark';
}

/** The system's own light and dark: axe runs in each. */
const SYSTEM_MODES: readonly Mode[] = [
  { name: 'system light', media: 'light', theme: 'system' },
  { name: 'system dark', media: 'dark', theme: 'system' },
];

/**
 * The theme switch overriding the system, each with the system mode it must look exactly like:
 * when every element's colours are the same as there, axe's verdict is the same too, so axe need
 * not run again (half the axe runs of the 120-odd pages).
 */
const SWITCHED_MODES: readonly (Mode & { readonly sameAs: string })[] = [
  { name: 'switched to dark on a light system', media: 'light', theme: 'dark', sameAs: 'system dark' },
  { name: 'switched to light on a dark system', media: 'dark', theme: 'light', sameAs: 'system light' },
];

async function setMode(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode.media });
  await page.evaluate((theme) => {
    document.documentElement.dataset['theme'] = theme;
  }, mode.theme);
}

/**
 * Every element's colours (text, background, borders, outline, SVG fill and stroke, opacity) as
 * one string per element, in document order: what contrast and colour rules read. `color-scheme`
 * itself is left out: the switch sets `dark` where the system mode has `light dark` resolved to dark.
 */
async function renderedColours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const properties = ['color', 'background-color', 'background-image', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'fill', 'stroke', 'opacity'];
    return [...document.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      return `${element.tagName.toLowerCase()}: ${properties.map((p) => style.getPropertyValue(p)).join('; ')}`;
    });
  });
}

/** Lines of `actual` that differ from `expected`, with their position (at most 5). */
function colourDifferences(expected: readonly string[], actual: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length) && out.length < 5; i += 1) {
    if (expected[i] !== actual[i]) out.push(`#${i}: ${String(actual[i])} (want ${String(expected[i])})`);
  }
  return out;
}

/**
 * axe's violations in the system's light and dark, and, on a page with the theme switch, every
 * element's colours differing from the system mode a switched theme must equal; keyed by mode,
 * only modes with a problem. Leaves the page in the last mode it tried.
 */
export async function accessibilityProblems(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const colours = new Map<string, string[]>();
  for (const mode of SYSTEM_MODES) {
    await setMode(page, mode);
    const violations = await axeViolations(page);
    if (violations.length > 0) found[mode.name] = violations;
    colours.set(mode.name, await renderedColours(page));
  }
  // /embed and /embedding have no theme switch (an embed takes its theme from its own settings):
  // only pages that load the switch's theme-init.js can be switched.
  const switchable = (await page.locator('script[src*="theme-init"]').count()) > 0;
  for (const mode of switchable ? SWITCHED_MODES : []) {
    await setMode(page, mode);
    const differences = colourDifferences(colours.get(mode.sameAs) ?? [], await renderedColours(page));
    if (differences.length > 0) found[mode.name] = [`not rendered as ${mode.sameAs}:`, ...differences];
  }
  return found;
}
