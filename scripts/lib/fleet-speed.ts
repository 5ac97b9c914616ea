/**
 * The fleet view's budget, as a reader feels it: a tarball of real units given to `/fleet/`'s input,
 * until the frame that shows their table. Timed in the page by its own User Timing measure `fleet`
 * (fleet-view.ts: from the input's `change` event to the first frame after the table was written),
 * so Playwright's own file transfer is not counted; the wall-clock time from handing over the file
 * to the last row being present is printed beside it. The tarball is made from the vendored corpus
 * at run time (lib/fleet-tarball.ts): nothing big is committed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corpusFleet, libFiles, tarGz, writeTree } from './fleet-tarball.ts';

/** One timing: the page's measure and the wall-clock time, in ms, and how many rows it showed. */
export interface FleetTiming {
  readonly tableMs: number;
  readonly wallMs: number;
  readonly rows: number;
}

/** A `.tar.gz` of `count` real units in `usr/lib/systemd/system/`, and how to remove it. */
export function fleetTarball(count: number): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'unitscore-fleet-'));
  writeTree(join(dir, 'tree'), libFiles(corpusFleet(count)));
  tarGz(join(dir, 'tree'), ['usr'], join(dir, 'units.tar.gz'));
  return { path: join(dir, 'units.tar.gz'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Gives `tarball` to `/fleet/` of the site at `siteUrl` in a fresh 1280×800 page, once per run, on
 * the machine's own CPU (a fleet is a desktop task), and times each; throws when a run shows another
 * number of rows than `rows`.
 */
export async function measureFleet(browser: Browser, siteUrl: string, tarball: string, rows: number, runs: number): Promise<FleetTiming[]> {
  const out: FleetTiming[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(new URL('fleet/', siteUrl).href, { waitUntil: 'networkidle' });
      const started = performance.now();
      await page.locator('[data-testid="fleet-input"]').setInputFiles(tarball);
      await page.waitForFunction(() => performance.getEntriesByName('fleet', 'measure').length > 0, undefined, { polling: 'raf', timeout: 30_000 });
      const wallMs = performance.now() - started;
      const tableMs = await page.evaluate(() => performance.getEntriesByName('fleet', 'measure')[0]!.duration);
      const shown = await page.locator('[data-testid="fleet-row"]').count();
      if (shown !== rows) throw new Error(`fleet: ${shown} rows shown for ${rows} units`);
      out.push({ tableMs, wallMs, rows: shown });
    } finally {
      await context.close();
    }
  }
  return out;
}
