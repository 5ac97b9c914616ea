/**
 * How a CI check (see `check.ts`) is shown: GitHub's job summary (Markdown) and workflow-command
 * annotations, and the pre-commit hook's plain-text lines. Pure: text in, text out.
 */
import { thresholdText, type CheckRun, type Finding, type UnitOutcome } from './check.ts';

/** GitHub's workflow-command escaping of a message (`::error …::MESSAGE`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's workflow-command escaping of a property value (`file=…,title=…`): also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow command of each SARIF level. */
const COMMAND: Readonly<Record<Finding['level'], string>> = { error: 'error', warning: 'warning', note: 'notice' };

/** Which units' rows get annotations: those that fail the check, every unit, or none. */
export type AnnotateWhich = 'failing' | 'all' | 'none';

/** The order annotations come in: GitHub shows only the first few per step, so the costliest first. */
const LEVEL_ORDER: Readonly<Record<Finding['level'], number>> = { error: 0, warning: 1, note: 2 };

/** `exposure rating` of a unit, or `refused`. */
function verdict(u: UnitOutcome): string {
  return u.refusal !== null ? 'refused' : `${u.exposure?.toFixed(1) ?? '?'} ${u.rating ?? ''}`.trim();
}

/**
 * The workflow commands that annotate `run` (one per line): per failing unit an `::error` on its
 * file saying why it fails; per failing row of the units `which` selects, `::error`, `::warning` or
 * `::notice` by the row's SARIF level, on the line that decides it, titled with the setting and
 * the unit, its message the row's description, its cost and its man page; costliest rows first.
 */
export function annotations(run: CheckRun, threshold: number, which: AnnotateWhich): string[] {
  const lines: string[] = [];
  for (const u of run.units) {
    if (!u.passed) {
      const why = u.refusal ?? `exposure ${verdict(u)} is above the threshold ${thresholdText(threshold)}`;
      lines.push(`::error file=${escapeProperty(u.file)},line=1,title=${escapeProperty(`unitscore: ${u.unit} fails`)}::${escapeData(why)}`);
    }
    if (which === 'none' || (which === 'failing' && u.passed)) continue;
    const rows = [...u.findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.exposure - a.exposure);
    for (const f of rows) {
      const props = [
        `file=${escapeProperty(f.file)}`, `line=${f.startLine}`, `endLine=${f.endLine}`,
        // GitHub takes columns only within one line.
        ...(f.startLine === f.endLine ? [`col=${f.startColumn}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(`${f.setting} (${f.unit})`)}`,
      ];
      lines.push(`::${COMMAND[f.level]} ${props.join(',')}::${escapeData(`${f.message} (exposure ${f.exposure.toFixed(1)} of ${verdict(u)}). ${f.helpUri}`)}`);
    }
  }
  return lines;
}

/** A Markdown table cell: pipes escaped, line breaks as spaces. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** Inline code in Markdown, with a fence longer than any backtick run inside. */
function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest > 0 ? ` ${s} ` : s}${fence}`;
}

/** The heading's description of what was asked. */
export interface SummaryContext {
  readonly systemd: string;
  readonly mode: string;
  readonly threshold: number;
}

/**
 * The job summary of `run` (Markdown): a table with one line per unit (UNIT, FILE, EXPOSURE,
 * RATING, RESULT: passed, above the threshold, or refused and why), then, per failing unit, its
 * failing rows (costliest first) in a collapsed section.
 */
export function summaryMarkdown(run: CheckRun, context: SummaryContext): string {
  const failed = run.units.filter((u) => !u.passed).length;
  const out = [
    `### unitscore: systemd-analyze security (systemd ${context.systemd}, ${context.mode})`,
    '',
    `${run.units.length} unit${run.units.length === 1 ? '' : 's'}, ${failed} failed; threshold ${thresholdText(context.threshold)} (a unit fails above it).`,
    '',
    '| UNIT | FILE | EXPOSURE | RATING | RESULT |',
    '| --- | --- | ---: | --- | --- |',
  ];
  for (const u of run.units) {
    const result = u.refusal !== null ? `❌ refused: ${u.refusal}` : u.passed ? '✅ pass' : `❌ above ${thresholdText(context.threshold)}`;
    out.push(`| ${cell(u.unit)} | ${cell(code(u.file))} | ${u.exposure?.toFixed(1) ?? '–'} | ${u.rating ?? '–'} | ${cell(result)} |`);
  }
  for (const u of run.units.filter((x) => !x.passed && x.findings.length > 0)) {
    const rows = [...u.findings].sort((a, b) => b.exposure - a.exposure);
    out.push('', `<details><summary>${u.unit}: ${rows.length} failing row${rows.length === 1 ? '' : 's'}</summary>`, '');
    out.push('| NAME | EXPOSURE | DESCRIPTION | LINE |', '| --- | ---: | --- | --- |');
    for (const f of rows) out.push(`| [${cell(f.setting)}](${f.helpUri}) | ${f.exposure.toFixed(1)} | ${cell(f.message)} | ${cell(code(`${f.file}:${f.startLine}`))} |`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** How many failing rows the hook lists per failing unit before saying how many more there are. */
export const HOOK_ROWS = 10;

/**
 * The pre-commit hook's report: per unit `ok` or `FAIL` with its exposure and rating; under a
 * failing unit its costliest failing rows as `file:line: NAME  EXPOSURE  description` (at most
 * {@link HOOK_ROWS}, then how many more).
 */
export function hookReport(run: CheckRun, threshold: number): string {
  const out: string[] = [];
  for (const u of run.units) {
    if (u.passed) {
      out.push(`ok   ${u.file}: ${verdict(u)}`);
      continue;
    }
    out.push(`FAIL ${u.file}: ${u.refusal !== null ? `refused: ${u.refusal}` : `${verdict(u)}, above the threshold ${thresholdText(threshold)}`}`);
    const rows = [...u.findings].sort((a, b) => b.exposure - a.exposure);
    for (const f of rows.slice(0, HOOK_ROWS)) out.push(`  ${f.file}:${f.startLine}: ${f.setting} ${f.exposure.toFixed(1)} ${f.message}`);
    if (rows.length > HOOK_ROWS) out.push(`  … and ${rows.length - HOOK_ROWS} more (unitscore security ${u.file} prints them all)`);
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
