/**
 * The live analysis: `$analysis` is recomputed (lazily, once per change) from the files and the
 * version; `$report` is the last report the engine accepted, kept while the unit is refused.
 */
import { atom, computed } from 'nanostores';
import { analyze, sortRows, type Analysis, type Report, type Row, type UnitFile } from './engine.ts';
import { $files } from './files.ts';
import { $version } from './version.ts';

/**
 * Above this many characters in all files, a change is analysed in a task of its own: analysing
 * 1 MB takes 100–200 ms, and inside the paste's task it would keep the pasted text from painting.
 */
export const DEFER_ANALYSIS_CHARS = 100_000;

/**
 * The files `$analysis` describes: `$files` itself, except that a change leaving more than
 * {@link DEFER_ANALYSIS_CHARS} characters arrives one task later (several such changes in a row
 * are analysed once, with the newest files). `$files` stays the truth meanwhile: saving,
 * links and the editor never wait for the analysis.
 */
export const $analysedFiles = atom<readonly UnitFile[]>($files.get());
let catchUp: ReturnType<typeof setTimeout> | undefined;
$files.listen((files) => {
  if (catchUp !== undefined) clearTimeout(catchUp);
  catchUp = undefined;
  if (files.reduce((n, f) => n + f.text.length, 0) <= DEFER_ANALYSIS_CHARS) $analysedFiles.set(files);
  else {
    catchUp = setTimeout(() => {
      catchUp = undefined;
      $analysedFiles.set($files.get());
    }, 0);
  }
});

/** What the engine says about the files (see `$analysedFiles`): a Report, or a Refusal with its reason. */
export const $analysis = computed([$analysedFiles, $version], (files, version): Analysis => analyze(files, { version }));

let lastGood: Report | null = null;
/**
 * The newest accepted report; while the unit is refused it stays at the previous good one (shown
 * greyed out). `null` only when no version of the unit has ever been accepted.
 */
export const $report = computed($analysis, (analysis): Report | null => (analysis.ok ? (lastGood = analysis) : lastGood));

/** True while the current text is refused, so the shown report is stale. */
export const $stale = computed($analysis, (analysis) => !analysis.ok);

/** Which rows the table shows. */
export type RowFilter = 'all' | 'failing' | 'na';
/** `cli`: exactly systemd's order; `gain`: the rows whose fix lowers the score most first. */
export type RowOrder = 'cli' | 'gain';

/**
 * A row's share of the badness sum: ceil(badness·weight/range), the integer systemd adds up.
 * 0 for N/A and good rows.
 */
export function contribution(row: Row): number {
  return row.badness === null || row.badness === 0 ? 0 : Math.ceil((row.badness * row.weight) / row.range);
}

/**
 * How much the overall exposure (tenths) would drop if this row alone became good, with the
 * other rows and the weight sum unchanged: exposure − ceil((sum − contribution)·100/weights).
 * 0 for good and N/A rows.
 */
export function gain(row: Row, report: Report): number {
  const c = contribution(row);
  if (c === 0 || report.weightSum === 0) return 0;
  return report.exposure - Math.ceil(((report.badnessSum - c) * 100) / report.weightSum);
}

/** Filters and orders rows. `gain` order is stable over the CLI order for equal gains. */
export function arrangeRows(report: Report, filter: RowFilter, order: RowOrder): Row[] {
  const rows = sortRows(report.rows, report.version).filter((r) => filter === 'all' || (filter === 'failing' ? r.set === false : r.set === null));
  if (order === 'cli') return rows;
  const c = new Map(rows.map((r) => [r, contribution(r)]));
  return rows.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => c.get(b)! - c.get(a)! || i - j).map(([r]) => r);
}
