/**
 * What a page load looked like to its reader, recorded in the page itself: when the score was first
 * painted and how much the layout shifted. Installed with `addInitScript` before the page's own
 * code, read back with {@link readLoadProbe}. Times are milliseconds since navigation start (the
 * page's `performance.timeOrigin`).
 */
import type { Page } from 'playwright-core';

/** What {@link installLoadProbe} recorded. */
export interface LoadProbe {
  /** When the score element first held a number (`9.6`) in the DOM; -1 while it has not. */
  readonly numberAt: number;
  /**
   * When that number was painted: the end of the first frame after it entered the DOM (a task
   * posted from that frame's animation callback runs once the frame is painted), and never before
   * first contentful paint (a number in the HTML is painted with the first frame). -1 until then.
   */
  readonly paintedAt: number;
  /** The number, as shown. */
  readonly text: string;
  /** First contentful paint; -1 before it. */
  readonly fcp: number;
  /** Cumulative layout shift so far: every shift not caused by recent input, summed. */
  readonly cls: number;
  /** The largest single shifts, biggest first, with the elements that moved (for reports). */
  readonly shifts: readonly { readonly value: number; readonly at: number; readonly sources: readonly string[] }[];
}

/**
 * Runs in the page (serialised by Playwright, so self-contained): watches for the element matching
 * `selector` to hold a number with one decimal and for layout shifts, and keeps the results in
 * `window.__loadProbe`. The watch starts before any of the page's HTML is parsed, so a number
 * written into the HTML counts from the moment it is parsed.
 */
export function installLoadProbe(selector: string): void {
  type Shift = { value: number; at: number; sources: string[] };
  const probe = { numberAt: -1, paintedAt: -1, text: '', fcp: -1, cls: 0, shifts: [] as Shift[] };
  (window as unknown as { __loadProbe: typeof probe }).__loadProbe = probe;
  const describe = (node: Node | null): string => {
    if (!(node instanceof Element)) return node?.nodeName ?? '?';
    const id = node.id === '' ? '' : `#${node.id}`;
    const cls = typeof node.className === 'string' && node.className !== '' ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `${node.tagName.toLowerCase()}${id}${cls}`;
  };
  const painted = (): void => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
    if (fcp < 0) {
      // Not painted at all yet: try again on the next frame.
      requestAnimationFrame(() => setTimeout(painted, 0));
      return;
    }
    probe.fcp = fcp;
    probe.paintedAt = Math.max(performance.now(), fcp);
  };
  const check = (): void => {
    const text = document.querySelector(selector)?.textContent?.trim() ?? '';
    if (!/^\d+\.\d$/.test(text)) return;
    observer.disconnect();
    probe.numberAt = performance.now();
    probe.text = text;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = painted;
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] })[]) {
      if (entry.hadRecentInput) continue;
      probe.cls += entry.value;
      probe.shifts.push({ value: entry.value, at: entry.startTime, sources: (entry.sources ?? []).map((s) => describe(s.node)) });
      probe.shifts.sort((a, b) => b.value - a.value).splice(5);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** Reads what {@link installLoadProbe} recorded so far in `page`. */
export async function readLoadProbe(page: Page): Promise<LoadProbe> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __loadProbe?: LoadProbe }).__loadProbe;
    if (probe === undefined) throw new Error('the load probe is not installed in this page');
    return { ...probe, shifts: probe.shifts.map((s) => ({ ...s, sources: [...s.sources] })) };
  });
}

/** Waits until the probe saw the number painted, or throws after `timeoutMs`. */
export async function waitForPaintedNumber(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => ((window as unknown as { __loadProbe?: LoadProbe }).__loadProbe?.paintedAt ?? -1) >= 0, undefined, { timeout: timeoutMs, polling: 50 });
}
