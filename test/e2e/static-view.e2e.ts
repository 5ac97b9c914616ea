/**
 * The static first view. The built HTML of `/`, of every lesson step and of every settings page,
 * read with JavaScript disabled, already shows what the engine computes for what the page opens
 * with: on `/` and the lesson steps the unit in the editor, its score, rating, command line and
 * rows in systemd's order (and a step's goals), for the page's defaults (the newest systemd,
 * live); on a settings page each version's table. Then, with scripts, `/` and a lesson step are
 * taken over in place: the scripts change nothing in what the page showed, nothing shifts.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { test, type Site } from './browser.ts';
import { loadExamples, loadLessons, loadSettings } from '../lessons/content.ts';
import { analyze, DEFAULT_VERSION, effectiveMode, formatExposure, sortRows, VERSIONS, type Row, type UnitFile } from '../../src/engine/index.ts';
import { commandLine } from '../../src/state/command.ts';
import { loaderOrder } from '../../src/state/files.ts';
import { BARE_UNIT } from '../../src/collections/setting-table.ts';
import { settingSlug } from '../../src/collections/setting-slug.ts';
import { evaluateGoals } from '../../src/lessons/goals.ts';
import { addToService, walkSteps } from '../../src/lessons/lesson.ts';
import { DEFAULT_MODE } from '../../src/state/version.ts';

/** The CLI's marks. */
const mark = (set: boolean | null): string => (set === null ? '' : set ? '✓' : '✗');

/** What a report view shows for `files` under the page defaults, computed by the engine here. */
function expectedReport(files: readonly UnitFile[]): { score: string; rating: string; unit: string; command: string; rows: { id: string; set: string; cells: string[] }[] } {
  const analysis = analyze(files, { version: DEFAULT_VERSION, mode: DEFAULT_MODE });
  if (!analysis.ok) throw new Error(`the engine refuses ${files[0]?.path ?? '?'}: ${analysis.reason.code}`);
  const file = files.find((f) => !f.path.includes('/'))!.path;
  return {
    score: formatExposure(analysis.exposure),
    rating: analysis.rating.label,
    unit: analysis.unitId,
    command: `= ${commandLine({ file, unitId: analysis.unitId }, analysis.version, analysis.mode)}`,
    rows: sortRows(analysis.rows, analysis.version).map((r: Row) => ({
      id: r.id,
      set: r.set === null ? 'na' : String(r.set),
      cells: [mark(r.set), r.name, r.description ?? '', r.exposure === null ? '' : formatExposure(r.exposure), ''],
    })),
  };
}

/** What the page's HTML shows: the summary, the rows, the editor's text and tabs. */
async function shownReport(page: Page): Promise<{ score: string; rating: string; unit: string; command: string; rows: { id: string; set: string; cells: string[] }[]; count: string; editor: string; tabs: string[] }> {
  return page.evaluate(() => {
    const text = (selector: string): string => document.querySelector(selector)?.textContent ?? '';
    return {
      score: text('[data-testid="overall-exposure"]'),
      rating: text('[data-testid="overall-rating"]'),
      unit: text('[data-unit]'),
      command: text('exposure-summary [data-testid="command-line"]').replace(/\s+/g, ' ').trim(),
      rows: [...document.querySelectorAll<HTMLTableRowElement>('[data-testid="report-row"]')].map((tr) => ({ id: tr.dataset['jsonField'] ?? '', set: tr.dataset['set'] ?? '', cells: [...tr.cells].map((td) => td.textContent ?? '') })),
      count: text('[data-count]'),
      editor: [...document.querySelectorAll('.static-editor .static-line')].map((line) => line.textContent ?? '').join('\n'),
      tabs: [...document.querySelectorAll<HTMLElement>('[data-tabs] [data-path]')].map((b) => b.dataset['path'] ?? ''),
    };
  });
}

/** A page of the built site with JavaScript disabled: only its HTML (and CSS). */
async function withoutScripts<T>(browser: Browser | null, site: Site, read: (open: (path: string) => Promise<Page>) => Promise<T>): Promise<T> {
  const context = await browser!.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    return await read(async (path) => {
      const response = await page.goto(new URL(path, site.baseURL).href);
      if (response === null || !response.ok()) throw new Error(`GET ${path}: ${String(response?.status())}`);
      return page;
    });
  } finally {
    await context.close();
  }
}

/** Checks the static report of the page against the engine's for `files` (the workspace it opens with). */
async function expectStaticReport(page: Page, files: readonly UnitFile[], where: string): Promise<void> {
  const want = expectedReport(files);
  const shown = await shownReport(page);
  const ordered = loaderOrder(files);
  const { score, rating, unit, command, rows } = shown;
  expect({ score, rating, unit, command, rows }, where).toEqual(want);
  expect(shown.count, where).toBe(`${want.rows.length} settings`);
  expect(shown.tabs, where).toEqual(ordered.map((f) => f.path));
  expect(shown.editor, where).toBe(ordered[0]!.text);
}

test('/ shows the first example, scored by the engine, before any script runs', async ({ browser, site }) => {
  const first = loadExamples()[0]!;
  await withoutScripts(browser, site, async (open) => {
    await expectStaticReport(await open(''), first.files, '/');
  });
});

test('every lesson step shows its starting unit, scored, and its goals judged, before any script runs', async ({ browser, site }) => {
  const steps = loadLessons().flatMap((lesson) => walkSteps(lesson.data).map((walk) => ({ lesson: lesson.file.replace(/^\d+-/, ''), ...walk })));
  expect(steps.length).toBeGreaterThan(0);
  await withoutScripts(browser, site, async (open) => {
    for (const { lesson, step, start } of steps) {
      const where = `lessons/${lesson}/${step.id}/`;
      const page = await open(where);
      await expectStaticReport(page, start, where);
      const analysis = analyze(start, { version: DEFAULT_VERSION, mode: DEFAULT_MODE });
      const goals = await page.locator('[data-goals] li').evaluateAll((lis) => lis.map((li) => li.classList.contains('met')));
      expect(goals, where).toEqual(evaluateGoals(step.goals, analysis, start).map((r) => r.met));
    }
  });
}, 120_000);

test('every settings page shows, per version, what each value earns on the bare unit', async ({ browser, site }) => {
  const settings = loadSettings();
  expect(settings.length).toBeGreaterThan(0);
  await withoutScripts(browser, site, async (open) => {
    for (const { data } of settings) {
      const where = `settings/${settingSlug(data.id)}/`;
      const page = await open(where);
      const shown = await page.locator('.version-tables section').evaluateAll((sections) =>
        sections.map((s) => ({ title: s.querySelector('h3')?.textContent ?? '', rows: [...s.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')) })),
      );
      const want = VERSIONS.map((v) => {
        const mode = effectiveMode(v.id, 'offline');
        const rows = [[], ...data.values].map((lines: readonly string[]) => {
          const shownLines = lines.length === 0 ? 'not set' : lines.join('\n');
          const analysis = analyze([{ path: BARE_UNIT.path, text: addToService(BARE_UNIT.text, lines) }], { version: v.id, mode });
          if (!analysis.ok) return [shownLines, `refused (${analysis.reason.code})`];
          const row = analysis.rows.find((r) => r.id === data.id);
          if (row === undefined) return [shownLines, 'refused (no-such-row)'];
          const markText = row.set === null ? 'N/A' : mark(row.set);
          return [shownLines, markText, row.badness === null ? '—' : `${row.badness}/${row.range}`, row.exposure === null ? '' : formatExposure(row.exposure), formatExposure(analysis.exposure), row.description ?? '(empty)'];
        });
        return { title: `systemd ${v.label}, ${mode}`, rows };
      });
      expect(shown, where).toEqual(want);
    }
  });
}, 120_000);

/** The first lesson's first step, as the lessons index lists it. */
function firstStep(): string {
  const lesson = loadLessons().sort((a, b) => a.data.order - b.data.order)[0]!;
  return `lessons/${lesson.file.replace(/^\d+-/, '')}/${lesson.data.steps[0]!.id}/`;
}

test.for([[''], [firstStep()]] as const)('/%s is taken over in place: nothing in the report changes, nothing shifts', async ([path], { page, site }) => {
  // Counts every change the scripts make to the score, the rows, the goals and the prose's scores
  // while they start (the page already shows what they compute), and every layout shift.
  await page.addInitScript(() => {
    const w = window as unknown as { __changed: string[]; __cls: number };
    w.__changed = [];
    w.__cls = 0;
    const watched = 'exposure-summary, report-table tbody, [data-goals], .prose';
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const inside = target?.closest(watched);
        if (inside != null) w.__changed.push(`${r.type} in ${inside.tagName.toLowerCase()}: ${target?.outerHTML.slice(0, 80) ?? ''}`);
      }
    });
    // From the end of parsing on: what the parser inserts is the page; then the module scripts run.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL(path, site.baseURL).href, { waitUntil: 'networkidle' });
  await page.locator('.cm-content').waitFor();
  await page.waitForTimeout(300);
  const { changed, cls } = await page.evaluate(() => {
    const w = window as unknown as { __changed: string[]; __cls: number };
    return { changed: w.__changed, cls: w.__cls };
  });
  expect(changed).toEqual([]);
  expect(cls).toBeLessThanOrEqual(0.01);
  expect(await page.locator('.static-editor').count()).toBe(0);
});
