/**
 * axe-core in a page: read from node_modules and evaluated through the DevTools protocol, which the
 * page's Content-Security-Policy does not govern (no CDN, no inline script in the page).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations of its default rules (WCAG 2.x A/AA and best practices) as short lines: rule, impact, the first offending targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.map((v) => `${v.id} (${String(v.impact)}): ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary === undefined ? '' : ` — ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}`}`).join(' | ')}`);
}
