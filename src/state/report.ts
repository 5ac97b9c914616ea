/**
 * The live analysis: `$analysis` follows the files, the version and the mode; `$report` is the last report
 * the engine accepted, kept while the unit is refused. Small workspaces are analysed at once, in
 * the change's own task; huge ones (a pasted megabyte takes the engine long enough to drop frames)
 * off the main thread when a page supplied an analyser (`analyseLargeInputsWith`), else in a task
 * of their own.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { analyze, contribution, exposureOf, sortRows, type AnalysisMode, type Analysis, type Report, type Row, type SystemdVersion, type UnitFile } from './engine.ts';
import { $files } from './files.ts';
import { $effectiveMode, $mode, $version } from './version.ts';

/** Above this many characters in all files, a change is not analysed in its own task (see above). */
export const DEFER_ANALYSIS_CHARS = 100_000;

/** Analyses elsewhere (a Worker); resolves with exactly what `analyze(files, { version, mode })` returns. */
export type OffThreadAnalyser = (files: readonly UnitFile[], version: SystemdVersion, mode: AnalysisMode) => Promise<Analysis>;

let offThread: OffThreadAnalyser | null = null;

/**
 * Sets (or, with null, removes) where huge workspaces are analysed. Without one, and when it
 * fails, they are analysed on the main thread in a task of their own.
 */
export function analyseLargeInputsWith(analyser: OffThreadAnalyser | null): void {
  offThread = analyser;
}

const analysedFiles = atom<readonly UnitFile[]>($files.get());
const analysis = atom<Analysis>(analyze($files.get(), { version: $version.get(), mode: $effectiveMode.get() }));

/**
 * The files `$analysis` describes: `$files` itself, except just after a change leaving more than
 * {@link DEFER_ANALYSIS_CHARS} characters, until its analysis arrives (changes meanwhile are
 * analysed once, with the newest files). `$files` stays the truth: saving and the editor never wait.
 */
export const $analysedFiles: ReadableAtom<readonly UnitFile[]> = analysedFiles;

/** What the engine says about `$analysedFiles` in the selected version and mode: a Report, or a Refusal with its reason. */
export const $analysis: ReadableAtom<Analysis> = analysis;

/** Bumped by every change: an analysis that comes back for an older one is dropped. */
let generation = 0;
let busy = false;
let catchUp: ReturnType<typeof setTimeout> | undefined;

function settle(files: readonly UnitFile[], result: Analysis): void {
  analysedFiles.set(files);
  analysis.set(result);
}

/** Analyses the newest files away from the change's task; one analysis at a time. */
function analyseLater(): void {
  if (busy) return;
  const files = $files.get();
  const version = $version.get();
  const mode = $effectiveMode.get();
  const asked = generation;
  const done = (result: Analysis): void => {
    busy = false;
    if (asked === generation) settle(files, result);
    else update();
  };
  const onMainThread = (): void => {
    catchUp = setTimeout(() => {
      catchUp = undefined;
      done(analyze(files, { version, mode }));
    }, 0);
  };
  busy = true;
  if (offThread === null) onMainThread();
  else offThread(files, version, mode).then(done, onMainThread);
}

function update(): void {
  generation++;
  const files = $files.get();
  if (files.reduce((n, f) => n + f.text.length, 0) > DEFER_ANALYSIS_CHARS) {
    analyseLater();
    return;
  }
  // A small change overtakes a huge one still being analysed (its result will be dropped).
  if (catchUp !== undefined) {
    clearTimeout(catchUp);
    catchUp = undefined;
    busy = false;
  }
  settle(files, analyze(files, { version: $version.get(), mode: $effectiveMode.get() }));
}
$files.listen(update);
$version.listen(update);
// The chosen mode, not the effective one: a computed store is silent when its value stays the same.
$mode.listen(update);

let lastGood: Report | null = null;
/**
 * The newest accepted report; while the unit is refused it stays at the previous good one (shown
 * greyed out). `null` only when no version of the unit has ever been accepted.
 */
export const $report = computed($analysis, (result): Report | null => (result.ok ? (lastGood = result) : lastGood));

/** True while the current text is refused, so the shown report is stale. */
export const $stale = computed($analysis, (result) => !result.ok);

/** Which rows the table shows. */
export type RowFilter = 'all' | 'failing' | 'na';
/** `cli`: exactly systemd's order; `gain`: the rows whose fix lowers the score most first. */
export type RowOrder = 'cli' | 'gain';

/** A row's share of the badness sum (the engine's `contribution()`): 0 for N/A and good rows. */
export { contribution } from './engine.ts';

/**
 * How much the overall exposure (tenths) would drop if this row alone became good, with the
 * other rows and the weight sum unchanged: the exposure of the badness sum without the row's
 * contribution, subtracted from the report's. 0 for good and N/A rows.
 */
export function gain(row: Row, report: Report): number {
  const c = contribution(row);
  if (c === 0 || report.weightSum === 0) return 0;
  return report.exposure - exposureOf(report.badnessSum - c, report.weightSum);
}

/** Filters and orders rows. `gain` order is stable over the CLI order for equal gains. */
export function arrangeRows(report: Report, filter: RowFilter, order: RowOrder): Row[] {
  const rows = sortRows(report.rows, report.version).filter((r) => filter === 'all' || (filter === 'failing' ? r.set === false : r.set === null));
  if (order === 'cli') return rows;
  const c = new Map(rows.map((r) => [r, contribution(r)]));
  return rows.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => c.get(b)! - c.get(a)! || i - j).map(([r]) => r);
}
