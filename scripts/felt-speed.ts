/**
 * `node scripts/felt-speed.ts [--dist=DIR] [--loads=N] [--keys=N] [--only=PHASE,…]`: the felt-speed budgets of the
 * built site (`astro build` first), measured in Debian's Chromium as a reader feels them, with the
 * JavaScript each page loads (gzip, as information). Prints a table; exits 1 when a budget is
 * exceeded or a measurement fails.
 *
 * Page loads use Lighthouse's mobile profile (lib/mobile-profile.ts: CPU 4× slower, 150 ms round
 * trip, 1.6 Mbit/s down, its phone screen), a cold cache and a fresh context each time, the site
 * served compressed as static hosts serve it (Brotli; test/e2e/static-server.ts); the median of
 * `--loads` (default 5) loads is judged:
 * - first score visible (the number painted, lib/load-probe.ts) ≤ 1.0 s on `/` and on the first
 *   lesson's first step;
 * - editor ready (a key typed into the editor has changed the score, lib/felt-loads.ts) ≤ 3.0 s on `/`;
 * - `/embed` score visible ≤ 1.2 s, for the default unit's link as the Embed dialog writes it;
 * - cumulative layout shift until then ≤ 0.01 on each (the static first view hands over in place).
 * The editor's own speed is measured as bench-keystroke.ts and bench-paste.ts do, unthrottled on
 * the machine's own CPU (the figures the budgets were set with):
 * - keystroke → new score in the DOM ≤ 16 ms at p95, on both 500-line units (`--keys` keystrokes
 *   each, default 150: fewer make the p95 a matter of two or three keys);
 * - pasting 1 MB: the longest main-thread task, goal ≤ 200 ms (printed, not enforced: it depends on
 *   the machine more than the rest), the worst input's split by whose code ran (CodeMirror apart,
 *   lib/task-attribution.ts);
 * - `/fleet/`: 1,000 real units given as a `.tar.gz` show their table ≤ 2.0 s (median of `--loads`,
 *   from the input's change to the table's first frame, lib/fleet-speed.ts).
 * A part whose figure is over budget is measured once more, and the better round counts (see
 * measurePhases). `--only` runs some parts alone: `/`, `lesson`, `/embed`, `keystrokes`, `fleet`, `paste`. Without /usr/bin/chromium it prints why and exits 0, as the e2e tests skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { median } from './bench-large.ts';
import { corpusUnitOfLines, hardenedUnitOfLines, measureKeystrokes, percentile } from './bench-keystroke.ts';
import { openPlayground, pasteAndMeasure } from './bench-paste.ts';
import { measureLoad, type LoadFigures, type LoadPlan } from './lib/felt-loads.ts';
import { DIST_DIR, measurePage, normaliseBase, type JsWeight } from '../integrations/js-weight.ts';
import { fleetTarball, measureFleet } from './lib/fleet-speed.ts';
import { largeInputs } from './lib/large-inputs.ts';
import { isOnActionChunk } from '../integrations/on-action-chunks.ts';
import { attributeHeaviestTask, distSourceResolver, SHARES, type TaskAttribution } from './lib/task-attribution.ts';
import { analyze, DEFAULT_VERSION, formatExposure, type UnitFile } from '../src/engine/index.ts';
import { encodePermalinkNative } from '../src/permalink/index.ts';
import { parseExamples } from '../src/state/examples.ts';
import { DEFAULT_MODE } from '../src/state/version.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The budgets, in ms (CLS unitless). The paste figure is a goal: printed, never failing the run. */
export const BUDGETS = {
  scoreVisibleMs: 1000,
  embedScoreVisibleMs: 1200,
  editorReadyMs: 3000,
  cls: 0.01,
  keystrokeP95Ms: 16,
  pasteLongestTaskGoalMs: 200,
  fleetTableMs: 2000,
} as const;

/** How many real units the fleet figure gives `/fleet/` at once. */
const FLEET_UNITS = 1000;

/** One line of the table. */
interface Figure {
  readonly what: string;
  readonly page: string;
  readonly value: number;
  readonly unit: 'ms' | '';
  /** Each run's figure; printed unless `detail` says more. */
  readonly runs: readonly number[];
  /** What the runs column shows instead, e.g. `p50 8, max 51 of 60 keys`. */
  readonly detail?: string;
  readonly budget: number;
  /** A goal is printed against its target but never fails the run. */
  readonly goal?: boolean;
}

/** The default unit of `/` (the first example, embedded in the page) as the built page carries it. */
function defaultFiles(dist: string): UnitFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="examples-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const first = parseExamples(json)[0];
  if (first === undefined) throw new Error('dist/index.html carries no examples');
  return [...first.files];
}

/** The first lesson's first step, as the built lessons index links it (path below the base). */
function firstLessonStep(dist: string, base: string): string {
  const index = readFileSync(join(dist, 'lessons/index.html'), 'utf8');
  const lesson = /href="([^"]*\/lessons\/[^"/]+\/?)"/.exec(index)?.[1];
  if (lesson === undefined) throw new Error('dist/lessons/index.html links no lesson');
  const page = readFileSync(join(dist, lesson.slice(base.length), 'index.html'), 'utf8');
  const step = /href="([^"]*\/lessons\/[^"/]+\/[^"/]+\/?)"/.exec(page)?.[1];
  if (step === undefined) throw new Error(`${lesson} links no step`);
  return step.slice(base.length);
}

/**
 * The key typed to time "editor ready": after the `[Service]` line, `PrivateTmp=ye` arrives in one
 * input event and the typed `s` completes `PrivateTmp=yes`, which changes the score (checked here
 * with the engine, in the page's default version and mode).
 */
function typedKey(files: readonly UnitFile[]): NonNullable<LoadPlan['type']> {
  const unit = files[0]!;
  const after = unit.text.replace(/^\[Service\][^\n]*$/m, '$&\nPrivateTmp=yes');
  const options = { version: DEFAULT_VERSION, mode: DEFAULT_MODE };
  const before = analyze(files, options);
  const typed = analyze([{ ...unit, text: after }, ...files.slice(1)], options);
  if (!before.ok || !typed.ok || before.exposure === typed.exposure) throw new Error(`adding PrivateTmp=yes to ${unit.path} does not change its score`);
  return { afterLine: '[Service]', prefix: '\nPrivateTmp=ye', key: 's', expected: formatExposure(typed.exposure) };
}

/**
 * Requests, compressed, every file the measured pages load (the page, its stylesheets, its scripts
 * and their chunks, also those an action loads), so that no measured load waits for the test
 * server to compress a file: a static host serves them compressed ahead of time.
 */
async function warmUp(siteUrl: string, dist: string, base: string, pages: readonly string[]): Promise<void> {
  const paths = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    paths.add(page);
    for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) paths.add(m[1]!.slice(base.length));
    const weight = measurePage(dist, page, base, isOnActionChunk);
    for (const part of [...weight.parts, ...weight.onAction]) if (!part.name.startsWith('inline ')) paths.add(part.name);
  }
  await Promise.all([...paths].map(async (path) => (await fetch(new URL(path, siteUrl), { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer()));
}

/** `n` loads of `plan`, one after the other. */
async function loads(browser: Browser, plan: LoadPlan, n: number): Promise<LoadFigures[]> {
  const out: LoadFigures[] = [];
  for (let i = 0; i < n; i++) out.push(await measureLoad(browser, plan));
  return out;
}

function loadFigures(page: string, runs: readonly LoadFigures[], scoreBudget: number): Figure[] {
  const score = runs.map((r) => r.scoreVisibleMs);
  const cls = runs.map((r) => r.cls);
  const figures: Figure[] = [{ what: 'first score visible', page, value: median(score), unit: 'ms', runs: score, budget: scoreBudget }];
  const ready = runs.map((r) => r.editorReadyMs).filter((v) => v !== null);
  if (ready.length > 0) figures.push({ what: 'editor ready (typed key → score)', page, value: median(ready), unit: 'ms', runs: ready, budget: BUDGETS.editorReadyMs });
  figures.push({ what: 'layout shift (CLS)', page, value: median(cls), unit: '', runs: cls, budget: BUDGETS.cls });
  return figures;
}

/** Keystroke → score p95 on both 500-line units: one figure each. */
async function keystrokeFigures(browser: Browser, url: string, keys: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, unit] of [['corpus', corpusUnitOfLines(500)], ['hardened', hardenedUnitOfLines(500)]] as const) {
    const dom = (await measureKeystrokes(browser, url, unit, keys)).map((s) => s.dom).sort((a, b) => a - b);
    const detail = `p50 ${percentile(dom, 50).toFixed(1)}, max ${dom.at(-1)!.toFixed(1)} of ${dom.length} keys`;
    figures.push({ what: `keystroke → score p95 (${name}, 500 lines)`, page: '/', value: percentile(dom, 95), unit: 'ms', runs: dom, detail, budget: BUDGETS.keystrokeP95Ms });
  }
  return figures;
}

/**
 * The longest task of a 1 MB paste, each input once in a fresh page, under a sampling profiler (one
 * sample a millisecond: a cost of a few percent, where a second paste of each would double the
 * time) whose profile of the worst input gives the split.
 */
async function pasteFigures(browser: Browser, url: string, dist: string): Promise<{ figure: Figure; worst: string; split: TaskAttribution }> {
  const resolve = distSourceResolver(dist, url);
  const costs: { name: string; ms: number; split: TaskAttribution }[] = [];
  for (const input of largeInputs()) {
    const page = await openPlayground(browser, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const cost = await pasteAndMeasure(page, input.files[0]!.text);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    costs.push({ name: input.name, ms: cost.longestTaskMs, split: attributeHeaviestTask(profile, resolve) });
  }
  const worst = costs.reduce((a, b) => (b.ms > a.ms ? b : a));
  const figure: Figure = { what: `1 MB paste: longest task (worst: ${worst.name})`, page: '/', value: worst.ms, unit: 'ms', runs: costs.map((c) => c.ms), budget: BUDGETS.pasteLongestTaskGoalMs, goal: true };
  return { figure, worst: worst.name, split: worst.split };
}

const fmt = (value: number, unit: Figure['unit']): string => (unit === 'ms' ? `${value < 100 ? value.toFixed(1) : value.toFixed(0)} ms` : value.toFixed(4));

function status(f: Figure): string {
  if (f.value <= f.budget) return 'ok';
  return f.goal === true ? 'over goal' : 'OVER';
}

function printTable(figures: readonly Figure[]): void {
  const header = ['figure', 'page', 'median / value', 'runs', 'budget', 'status'];
  const runs = (f: Figure): string => f.detail ?? f.runs.map((r) => (f.unit === 'ms' ? r.toFixed(0) : r.toFixed(3))).join(' ');
  const lines = figures.map((f) => [f.what, f.page, fmt(f.value, f.unit), runs(f), `${f.goal === true ? 'goal ' : ''}${fmt(f.budget, f.unit)}`, status(f)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => (i === 2 || i === 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

function printWeights(weights: readonly { page: string; weight: JsWeight }[]): void {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nJavaScript each page loads (gzip level 6, file by file; information, no budget):');
  for (const { page, weight } of weights) {
    const onAction = weight.onAction.reduce((sum, p) => sum + p.gzipBytes, 0);
    console.log(`  ${page.padEnd(34)} ${kb(weight.gzipBytes).padStart(9)} at start (${weight.parts.length} files), ${kb(onAction)} more on user actions${weight.problems.length > 0 ? `; PROBLEMS: ${weight.problems.join('; ')}` : ''}`);
  }
}

/** A part of the measurement, run again when one of its figures is over budget. */
interface Phase {
  readonly name: string;
  readonly measure: () => Promise<Figure[]>;
}

/** Whether a figure fails the run: over its budget, and not a goal. */
const isOver = (f: Figure): boolean => f.goal !== true && f.value > f.budget;

/**
 * Runs every phase; a phase with a figure over budget runs once more, and each of its figures keeps
 * the better of the two rounds (the first round's value is shown beside it). On a shared machine one
 * round can land on a busy moment; a real regression is over budget both times (as check-large.ts
 * judges its timings). Returns the figures and how long each phase took.
 */
async function measurePhases(phases: readonly Phase[]): Promise<{ figures: Figure[]; timings: string[] }> {
  const figures: Figure[] = [];
  const timings: string[] = [];
  for (const phase of phases) {
    const t0 = performance.now();
    let result = await phase.measure();
    if (result.some(isOver)) {
      const again = await phase.measure();
      result = result.map((first, i) => {
        const second = again[i];
        if (second === undefined || !isOver(first)) return first;
        const better = second.value < first.value ? second : first;
        const runs = better.detail ?? better.runs.map((r) => (better.unit === 'ms' ? r.toFixed(0) : r.toFixed(3))).join(' ');
        return { ...better, detail: `${runs} (other round ${fmt(better === second ? first.value : second.value, first.unit)})` };
      });
    }
    figures.push(...result);
    timings.push(`${phase.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { figures, timings };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, loads: { type: 'string', default: '5' }, keys: { type: 'string', default: '150' }, only: { type: 'string' } } });
  const only = values.only?.split(',').filter((p) => p !== '');
  const dist = values.dist === undefined ? DIST_DIR : resolve(values.dist);
  const n = Math.max(1, Number(values.loads) || 5);
  const keys = Math.max(10, Number(values.keys) || 150);
  if (!existsSync(CHROMIUM)) {
    console.log(`felt-speed: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium).`);
    return 0;
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`felt-speed: no build in ${dist}; run \`astro build\` first.`);
    return 1;
  }
  const base = normaliseBase(process.env['BASE_PATH']);
  const started = performance.now();
  const files = defaultFiles(dist);
  const lesson = firstLessonStep(dist, base);
  const embed = `embed#${await encodePermalinkNative({ files, version: DEFAULT_VERSION, mode: DEFAULT_MODE })}`;
  const weights = [
    { page: '/', weight: measurePage(dist, 'index.html', base, isOnActionChunk) },
    { page: `/${lesson.replace(/\/$/, '')}`, weight: measurePage(dist, join(lesson, 'index.html'), base, isOnActionChunk) },
    { page: '/embed', weight: measurePage(dist, 'embed/index.html', base, isOnActionChunk) },
    { page: '/fleet', weight: measurePage(dist, 'fleet/index.html', base, isOnActionChunk) },
  ];

  const compressed = await startStaticServer({ root: dist, base, compress: true });
  await warmUp(compressed.url, dist, base, ['index.html', join(lesson, 'index.html'), 'embed/index.html']);
  const plain = await startStaticServer({ root: dist, base });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const score = '[data-testid="overall-exposure"]';
    let split: { worst: string; split: TaskAttribution } | null = null;
    const shifts: LoadFigures['shifts'][number][] = [];
    const pageLoads = (page: string, plan: LoadPlan, budget: number) => async (): Promise<Figure[]> => {
      const runs = await loads(browser, plan, n);
      shifts.push(...runs.flatMap((r) => r.shifts));
      return loadFigures(page, runs, budget);
    };
    const phases: Phase[] = [
      { name: '/', measure: pageLoads('/', { url: compressed.url, scoreSelector: score, type: typedKey(files) }, BUDGETS.scoreVisibleMs) },
      { name: 'lesson', measure: pageLoads(weights[1]!.page, { url: new URL(lesson, compressed.url).href, scoreSelector: score, settleOn: '.cm-content', settleMs: 300 }, BUDGETS.scoreVisibleMs) },
      { name: '/embed', measure: pageLoads('/embed', { url: new URL(embed, compressed.url).href, scoreSelector: '.us-score' }, BUDGETS.embedScoreVisibleMs) },
      { name: 'keystrokes', measure: () => keystrokeFigures(browser, plain.url, keys) },
      {
        name: 'fleet',
        measure: async () => {
          const tarball = fleetTarball(FLEET_UNITS);
          try {
            const runs = await measureFleet(browser, plain.url, tarball.path, FLEET_UNITS, n);
            const table = runs.map((r) => r.tableMs);
            const detail = `${table.map((t) => t.toFixed(0)).join(' ')}; wall clock incl. file transfer ${median(runs.map((r) => r.wallMs)).toFixed(0)} ms`;
            return [{ what: `fleet: ${FLEET_UNITS.toLocaleString('en')} units (.tar.gz) → table`, page: '/fleet/', value: median(table), unit: 'ms', runs: table, detail, budget: BUDGETS.fleetTableMs }];
          } finally {
            tarball.remove();
          }
        },
      },
      {
        name: 'paste',
        measure: async () => {
          const paste = await pasteFigures(browser, plain.url, dist);
          split = paste;
          return [paste.figure];
        },
      },
    ];
    const { figures, timings } = await measurePhases(only === undefined ? phases : phases.filter((p) => only.includes(p.name)));

    console.log(`felt-speed: ${n} cold loads per page under the mobile profile (CPU 4×, 150 ms RTT, 1.6 Mbit/s, 412×823), served compressed; keystrokes, paste and fleet unthrottled at 1280×800.\n`);
    printTable(figures);
    const paste = split as { worst: string; split: TaskAttribution } | null;
    if (paste !== null) {
      const shares = SHARES.map((share) => `${share} ${paste.split.shares[share].toFixed(0)} ms`).join(', ');
      console.log(`\n1 MB paste (${paste.worst}), its CPU profile's busy stretch that ran the most JavaScript: ${paste.split.ms.toFixed(0)} ms = ${shares}.`);
    }
    const shifted = shifts.sort((a, b) => b.value - a.value)[0];
    if (shifted !== undefined) console.log(`Largest layout shift seen: ${shifted.value.toFixed(4)} at ${shifted.at.toFixed(0)} ms (${shifted.sources.join(', ')}).`);
    printWeights(weights);
    const over = figures.filter(isOver);
    for (const f of over) console.error(`felt-speed: ${f.what} on ${f.page}: ${fmt(f.value, f.unit)}, budget ${fmt(f.budget, f.unit)}`);
    console.log(`\nfelt-speed: ${over.length === 0 ? 'every budget met' : `${over.length} over budget`} (${((performance.now() - started) / 1000).toFixed(0)} s: ${timings.join(', ')}).`);
    return over.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await compressed.close();
    await plain.close();
  }
}

if (import.meta.main) {
  process.exitCode = await main().catch((error: unknown) => {
    console.error(`felt-speed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  });
}
