/**
 * What a page load looked like to its reader, recorded in the page itself: when the score was first
 * painted and how much the layout shifted. Installed with `addInitScript` before the page's own
 * code, read back with {@link readLoadProbe}. Times are milliseconds since navigation start (the
 * page's `performance.timeOrigin`).
 */
import type { Page } from 'playwright-core';

/** What {@link installLoadProbe} recorded. */
export interface LoadProbe {
  /** The start of the first frame whose rendering found a number (`9.6`) in the score element; -1 while none did. */
  readonly numberAt: number;
  /**
   * When that frame was presented: the render time Element Timing reports for the number's text
   * (the probe marks it with `elementtiming` in that frame, before it is painted: the element, or,
   * when the page has painted before, a fresh inline-block span holding its text); never before
   * first contentful paint. -1 until then.
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
 * Runs in the page (serialised by Playwright, so self-contained): looks, in every frame the page
 * renders (an animation callback, before that frame's paint), for the element matching `selector`
 * to hold a number with one decimal, watches layout shifts, and keeps the results in
 * `window.__loadProbe`. It starts before any of the page's HTML is parsed, so a number written into
 * the HTML counts from the first frame. Frames, not a MutationObserver on the document: one on
 * every node the parser inserts added a quarter of a second to a throttled first paint. The time
 * the number was presented is Element Timing's, not a task's after the frame: the page's scripts
 * keep the main thread busy right after its first paint, so such a task ran a quarter of a second
 * late.
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
  const MARK = 'load-probe-score';
  const painted = (renderTime: number): void => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
    if (fcp < 0) {
      // Not painted at all yet: try again on the next frame.
      requestAnimationFrame(() => setTimeout(() => painted(renderTime), 0));
      return;
    }
    probe.fcp = fcp;
    probe.paintedAt = Math.max(renderTime, fcp);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (entry.identifier === MARK && probe.paintedAt < 0 && entry.renderTime > 0) painted(entry.renderTime);
    }
  }).observe({ type: 'element', buffered: true });
  const frame = (): void => {
    const element = document.querySelector(selector);
    const text = element?.textContent?.trim() ?? '';
    if (element === null || !/^\d+\.\d$/.test(text)) {
      requestAnimationFrame(frame);
      return;
    }
    probe.numberAt = performance.now();
    probe.text = text;
    // Marked before this frame paints it. Element Timing reports an element once, so one the page
    // painted before (a `–` the script then replaced) gets its number in a fresh span.
    if (performance.getEntriesByName('first-contentful-paint').length === 0) {
      element.setAttribute('elementtiming', MARK);
    } else {
      const span = document.createElement('span');
      span.setAttribute('elementtiming', MARK);
      // Text is timed for its nearest block-level container: an inline-block is one.
      span.style.display = 'inline-block';
      span.textContent = element.textContent;
      element.replaceChildren(span);
    }
  };
  requestAnimationFrame(frame);
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

/**
 * Resolves once `condition(arg)` holds in the page, asked every 25 ms, or throws after `timeoutMs`. Plain
 * evaluations: Playwright's `waitForFunction` and locators first load its selector engine into the
 * page, a script whose compilation alone took 80–150 ms of the throttled main thread while the page
 * was loading. (The page's Content-Security-Policy forbids `eval`, so the loop cannot run inside.)
 */
export async function pollInPage(page: Page, condition: (arg: string) => boolean, arg: string, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!(await page.evaluate(condition, arg))) {
    if (performance.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until the probe saw the number painted, or throws after `timeoutMs`. */
export async function waitForPaintedNumber(page: Page, timeoutMs: number): Promise<void> {
  await pollInPage(page, () => ((window as unknown as { __loadProbe?: LoadProbe }).__loadProbe?.paintedAt ?? -1) >= 0, '', timeoutMs, 'the score painted');
}
