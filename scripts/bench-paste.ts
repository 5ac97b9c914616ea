/**
 * `node scripts/bench-paste.ts [--no-build] [--runs=N]`: how long the playground's main thread is
 * blocked when a 1 MB unit is pasted, in Debian's Chromium.
 *
 * For each 1 MB input of scripts/lib/large-inputs.ts it opens a fresh page, waits for the editor,
 * starts a PerformanceObserver on `longtask` entries (tasks over 50 ms), pastes the unit the way
 * a clipboard paste arrives, waits until the score shows and the page has been quiet for a second,
 * and reports the longest task, the sum of long tasks, and the time from paste to score (shown as
 * "same score" when the new score's text equals the old one, so no change can be observed). With
 * `--runs=N` (default 3) each input is pasted N times in fresh pages and the worst run is printed.
 * Then, on the page of the worst input, a CPU profile of one paste names the functions with the
 * most self time, to say where the blocked time goes.
 * Builds the site first unless `--no-build`. Exits 0: this is a measurement, not a budget.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { largeInputs } from './lib/large-inputs.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const repoRoot = join(import.meta.dirname, '..');

/** What one paste cost. */
export interface PasteCost {
  readonly longestTaskMs: number;
  readonly longTasksMs: number;
  readonly pasteToScoreMs: number;
}

/** Opens the playground at `url` in a new 1280×800 page, waits for the editor and selects all its text. */
export async function openPlayground(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('.cm-content').waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  return page;
}

/**
 * Pastes `text` into the open playground and measures the long tasks (over 50 ms) until it settles:
 * the score shown (or 5 s passed) and then a quiet second.
 */
export async function pasteAndMeasure(page: Page, text: string): Promise<PasteCost> {
  return page.evaluate(async (t) => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const score = document.querySelector('[data-testid="overall-exposure"]')!;
    const before = score.textContent;
    const start = performance.now();
    let scoredAt = -1;
    const scored = new Promise<void>((resolve) => {
      new MutationObserver((_, mo) => {
        if (score.textContent !== before || scoredAt < 0) {
          scoredAt = performance.now();
          mo.disconnect();
          resolve();
        }
      }).observe(score, { childList: true, characterData: true, subtree: true });
    });
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await Promise.race([scored, new Promise((r) => setTimeout(r, 5_000))]);
    // Quiet for a second: debounced work (autosave, lint, report) has run and been observed.
    await new Promise((r) => setTimeout(r, 1000));
    observer.disconnect();
    return {
      longestTaskMs: Math.max(0, ...tasks),
      longTasksMs: tasks.reduce((a, b) => a + b, 0),
      pasteToScoreMs: scoredAt < 0 ? Number.NaN : scoredAt - start,
    };
  }, text);
}

/** Self time per function (ms) of one paste, from a Chromium CPU profile, top `n`. */
async function profilePaste(page: Page, text: string, n: number): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await pasteAndMeasure(page, text);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${String(f.lineNumber + 1)}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: repoRoot, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
    if (build.status !== 0) process.exit(1);
  }
  const server = await startStaticServer({ root: join(repoRoot, 'dist') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    let worst = { name: '', cost: { longestTaskMs: -1, longTasksMs: 0, pasteToScoreMs: 0 }, text: '' };
    console.log('input        size     longest task   all long tasks   paste → score   (worst of runs)');
    for (const input of largeInputs()) {
      const text = input.files[0]!.text;
      let cost: PasteCost = { longestTaskMs: -1, longTasksMs: 0, pasteToScoreMs: 0 };
      for (let r = 0; r < runs; r++) {
        const page = await openPlayground(browser, server.url);
        const c = await pasteAndMeasure(page, text);
        await page.close();
        if (c.longestTaskMs > cost.longestTaskMs) cost = c;
      }
      console.log(`${input.name.padEnd(12)} ${(text.length / 1e6).toFixed(2)} MB ${cost.longestTaskMs.toFixed(0).padStart(10)} ms ${cost.longTasksMs.toFixed(0).padStart(13)} ms ${Number.isNaN(cost.pasteToScoreMs) ? '(same score)'.padStart(16) : `${cost.pasteToScoreMs.toFixed(0).padStart(13)} ms`}`);
      if (cost.longestTaskMs > worst.cost.longestTaskMs) worst = { name: input.name, cost, text };
    }
    console.log(`\nlongest main-thread task on a 1 MB paste: ${worst.cost.longestTaskMs.toFixed(0)} ms (${worst.name})`);
    const page = await openPlayground(browser, server.url);
    console.log(`where the time goes (self time, one paste of ${worst.name}):`);
    for (const line of await profilePaste(page, worst.text, 12)) console.log(`  ${line}`);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) await main();
