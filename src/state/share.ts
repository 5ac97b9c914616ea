/**
 * The share menu's texts: the unit as Markdown (code block, score, link) and the "before → after"
 * snippet for pull requests. Pure functions over files and reports; the toolbar copies them.
 */
import { analyzerCommand, commandPlace } from './command.ts';
import { diagnosticMessage, formatExposure, sortRows, type Analysis, type Row, type SystemdVersion, type UnitFile } from './engine.ts';

/**
 * A code fence longer than any run of backticks in `text` (at least three), so a unit that itself
 * contains backticks cannot close the block early.
 */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `text` in a fenced `ini` block, with exactly one newline before the closing fence. */
function codeBlock(text: string): string {
  const fence = fenceFor(text);
  return `${fence}ini\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

/** Every file as a code block; drop-ins (and the unit, when there are drop-ins) get their path above. */
function filesAsMarkdown(files: readonly UnitFile[]): string {
  if (files.length === 1) return codeBlock(files[0]!.text);
  return files.map((f) => `\`${f.path}\`\n\n${codeBlock(f.text)}`).join('\n\n');
}

/** The unit file's name: the first path without `/`. */
const unitPath = (files: readonly UnitFile[]): string => (files.find((f) => !f.path.includes('/')) ?? files[0])?.path ?? 'unit.service';

/** `9.6 UNSAFE 😨` as the CLI's summary line ends, or `refused: REASON` (systemd's words) for a refusal. */
export function scoreText(analysis: Analysis): string {
  return analysis.ok ? `${formatExposure(analysis.exposure)} ${analysis.rating.label} ${analysis.rating.emoji}` : `refused: ${diagnosticMessage(analysis.reason)}`;
}

/**
 * The unit as Markdown: a heading line with the unit id, the score with its rating, the systemd
 * version and mode with the command the score equals, the files in code blocks and the link
 * (omitted when `url` is empty).
 */
export function markdownSnippet(files: readonly UnitFile[], analysis: Analysis, url: string): string {
  const id = analysis.unitId ?? files[0]?.path ?? 'unit';
  const lines = [
    `**${id}**: exposure **${scoreText(analysis)}** ${commandPlace(analysis.version, analysis.mode)} (\`${analyzerCommand({ file: unitPath(files), unitId: analysis.unitId }, analysis.mode)}\`)`,
    '',
    filesAsMarkdown(files),
  ];
  if (url !== '') lines.push('', `[Open in unitscore](${url})`);
  return `${lines.join('\n')}\n`;
}

/** A row's cell in the before/after table: `✓`, `✗ 0.2`, `–` (N/A) or `—` (no such row). */
function cell(row: Row | undefined): string {
  if (row === undefined) return '—';
  if (row.set === null) return '– n/a';
  return row.set ? '✓' : `✗ ${row.exposure === null ? '' : formatExposure(row.exposure)}`.trimEnd();
}

/** Makes text safe inside a Markdown table cell. */
const tableCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The rows whose status, exposure or description differ between two reports, in the CLI's order of
 * `after` (rows only one report has come last). Empty when either side was refused.
 */
export function changedRows(before: Analysis, after: Analysis): { before: Row | undefined; after: Row | undefined }[] {
  if (!before.ok || !after.ok) return [];
  const old = new Map(before.rows.map((r) => [r.id, r]));
  const out: { before: Row | undefined; after: Row | undefined }[] = [];
  for (const row of sortRows(after.rows, after.version)) {
    const was = old.get(row.id);
    old.delete(row.id);
    if (was === undefined || was.set !== row.set || was.exposure !== row.exposure || was.description !== row.description) out.push({ before: was, after: row });
  }
  for (const was of old.values()) out.push({ before: was, after: undefined });
  return out;
}

/** Input of {@link beforeAfterSnippet}: one side of the comparison. */
export interface Side {
  readonly files: readonly UnitFile[];
  readonly analysis: Analysis;
}

/**
 * The "before → after" snippet for a pull request: both scores on one line, a table of the rows
 * that changed (name, before, after, the new description), and both units in collapsed blocks,
 * then the link to the edited unit (omitted when `url` is empty). Both sides must be analysed with
 * the same `version` and mode (the command named is the `after` side's).
 */
export function beforeAfterSnippet(before: Side, after: Side, version: SystemdVersion, url: string): string {
  const id = after.analysis.unitId ?? before.analysis.unitId ?? after.files[0]?.path ?? 'unit';
  const command = analyzerCommand({ file: unitPath(after.files), unitId: after.analysis.unitId }, after.analysis.mode);
  const lines = [`**${id}**: ${scoreText(before.analysis)} → **${scoreText(after.analysis)}** (${commandPlace(version, after.analysis.mode)}, \`${command}\`)`, ''];
  const rows = changedRows(before.analysis, after.analysis);
  if (rows.length > 0) {
    lines.push('| Setting | Before | After | Now |', '| --- | --- | --- | --- |');
    for (const r of rows) {
      const name = (r.after ?? r.before)!.name;
      lines.push(`| ${tableCell(name)} | ${cell(r.before)} | ${cell(r.after)} | ${tableCell(r.after?.description ?? '')} |`);
    }
  } else {
    lines.push(before.analysis.ok && after.analysis.ok ? 'No row changed.' : 'No row-by-row comparison: one side is refused.');
  }
  for (const [label, side] of [['Before', before], ['After', after]] as const) {
    lines.push('', `<details><summary>${label}</summary>`, '', filesAsMarkdown(side.files), '', '</details>');
  }
  if (url !== '') lines.push('', `[Open the edited unit in unitscore](${url})`);
  return `${lines.join('\n')}\n`;
}
