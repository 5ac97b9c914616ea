/**
 * "Apply": add a recommended assignment to the files, and preview the score it leads to.
 * Pure functions over texts; `$applyPreview` is the derived store the detail panel shows.
 */
import { computed } from 'nanostores';
import { analyze, recommendation, type Recommendation, type Report, type Row, type SystemdVersion, type UnitFile } from './engine.ts';
import { $files } from './files.ts';
import { $selectedRow } from './table-view.ts';
import { $effectiveMode, $version } from './version.ts';

/**
 * Inserts `key=value` into `text`: right after line `afterLine` (1-based) when given, else at the end
 * of the last `[section]` block (before its trailing blank lines); when the section does not exist it
 * is appended as a new block. Line endings are `\n`; a missing final newline is added.
 */
export function insertAssignment(text: string, a: Recommendation, afterLine?: number): string {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const entry = `${a.key}=${a.value}`;
  if (afterLine !== undefined && afterLine >= 1 && afterLine <= lines.length) {
    // Skip continuation lines so the new line never lands inside a logical line.
    let at = afterLine;
    while (at < lines.length && /\\\s*$/.test(lines[at - 1]!)) at++;
    lines.splice(at, 0, entry);
    return `${lines.join('\n')}\n`;
  }
  let header = -1;
  lines.forEach((l, i) => {
    if (l.trim() === `[${a.section}]`) header = i;
  });
  if (header < 0) {
    const sep = lines.length > 0 && lines[lines.length - 1]!.trim() !== '' ? [''] : [];
    return `${[...lines, ...sep, `[${a.section}]`, entry].join('\n')}\n`;
  }
  let end = header + 1;
  while (end < lines.length && !lines[end]!.trim().startsWith('[')) end++;
  let at = end;
  while (at > header + 1 && lines[at - 1]!.trim() === '') at--;
  lines.splice(at, 0, entry);
  return `${lines.join('\n')}\n`;
}

/**
 * Adds the recommendation for `row` to the files: after the row's last deciding line (so it wins
 * over it, in the same file), or at the end of the section in the unit when defaults decided it.
 * Returns null when the engine has no recommendation for the row.
 */
export function applyRow(files: readonly UnitFile[], row: Row, version: SystemdVersion): UnitFile[] | null {
  const rec = recommendation(row.id, version);
  if (rec === null) return null;
  const last = row.spans[row.spans.length - 1];
  const target = last?.file ?? (files.find((f) => !f.path.includes('/')) ?? files[0]!).path;
  return files.map((f) => (f.path === target ? { path: f.path, text: insertAssignment(f.text, rec, last?.line) } : f));
}

/** What applying the open row would do: the line and the report it leads to (or a refusal). */
export interface ApplyPreview {
  readonly assignment: Recommendation;
  readonly files: UnitFile[];
  readonly after: Report | null;
}

/** Preview for the open row; null when no row is open, it is already good, or nothing is recommended. */
export const $applyPreview = computed([$selectedRow, $files, $version, $effectiveMode], (row, files, version, mode): ApplyPreview | null => {
  if (row === null || row.set !== false) return null;
  const rec = recommendation(row.id, version);
  const next = applyRow(files, row, version);
  if (rec === null || next === null) return null;
  const analysis = analyze(next, { version, mode });
  return { assignment: rec, files: next, after: analysis.ok ? analysis : null };
});
