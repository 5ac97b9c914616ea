/**
 * The unit's text as the editor's static first view shows it (UnitEditor.astro), before CodeMirror
 * takes over: each physical line split into a few coloured parts (a section header, a comment,
 * `key=value` with its specifiers and variables, a value that is one boolean or number, the
 * continuation of a value), with the editor's own colours. The editor's highlighter tells a little
 * more apart; these cover what a unit mostly shows, so the text keeps its colours when the editor
 * arrives.
 */
import { escapeHtml } from './report-markup.ts';

/** What a part of a line is; styled as `.static-KIND` with the editor's `--syn-*` colours. */
export type StaticPartKind = 'section' | 'comment' | 'key' | 'eq' | 'value' | 'special' | 'literal';

/** A run of a line's text and what it is; `kind` null for text shown plain (indentation, blanks). */
export interface StaticPart {
  readonly text: string;
  readonly kind: StaticPartKind | null;
}

/** A value that is one boolean or number as a whole (`yes`, `0`, `5s`), which the editor shows as a literal. */
const LITERAL = /^(?:yes|no|true|false|on|off|1|0|y|n|t|f|[-~+]?\d+(?:\.\d+)?[a-zA-Z]*)$/i;

/** Specifiers (`%n`) and variables (`$X`, `${X}`), which the editor shows apart within a value. */
const SPECIAL = /%[a-zA-Z%]|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

/** A value's parts: a literal as a whole, else value text with its specials apart. */
function valueParts(value: string): StaticPart[] {
  if (LITERAL.test(value.trim())) return [{ text: value, kind: 'literal' }];
  const parts: StaticPart[] = [];
  let at = 0;
  for (const m of value.matchAll(SPECIAL)) {
    if (m.index > at) parts.push({ text: value.slice(at, m.index), kind: 'value' });
    parts.push({ text: m[0], kind: 'special' });
    at = m.index + m[0].length;
  }
  if (at < value.length) parts.push({ text: value.slice(at), kind: 'value' });
  return parts;
}

/** Whether a line ends in an odd number of backslashes, so the value goes on (as systemd reads lines). */
function continues(line: string): boolean {
  const backslashes = /\\*\s*$/.exec(line)?.[0].trimEnd().length ?? 0;
  return backslashes % 2 === 1;
}

/**
 * The lines of `text` (split at `\n`; a final newline gives a last, empty line, as in the editor),
 * each as its parts. A comment line inside a continued value stays a comment and the value goes
 * on; a blank line ends it.
 */
export function staticUnitLines(text: string): StaticPart[][] {
  let continued = false;
  return text.split('\n').map((line): StaticPart[] => {
    const trimmed = line.trim();
    if (trimmed === '') {
      continued = false;
      return line === '' ? [] : [{ text: line, kind: null }];
    }
    const lead = line.slice(0, line.length - line.trimStart().length);
    const body = line.slice(lead.length);
    const parts: StaticPart[] = lead === '' ? [] : [{ text: lead, kind: null }];
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) return [...parts, { text: body, kind: 'comment' }];
    if (continued) {
      continued = continues(line);
      return [...parts, ...valueParts(body)];
    }
    if (trimmed.startsWith('[')) return [...parts, { text: body, kind: 'section' }];
    const eq = body.indexOf('=');
    continued = eq >= 0 && continues(line);
    if (eq < 0) return [...parts, { text: body, kind: null }];
    return [...parts, { text: body.slice(0, eq), kind: 'key' }, { text: '=', kind: 'eq' }, ...valueParts(body.slice(eq + 1))];
  });
}

/**
 * How many digits CodeMirror's line-number gutter makes room for with `lines` lines: the width of
 * 9, 99, 999… (the smallest at least `lines`), so a 9-line unit has a one-digit gutter.
 */
export function gutterDigits(lines: number): number {
  let last = 9;
  while (last < lines) last = last * 10 + 9;
  return String(last).length;
}

/**
 * The static editor's rows as HTML: a hidden spacer sizing the number column as CodeMirror's
 * gutter does, then per line an empty number cell (the number is CSS-counted, so copying the text
 * copies no numbers) and the line's parts. The first line is marked active, as the editor marks
 * the line its cursor starts on. No whitespace between cells: the container is a grid.
 */
export function staticUnitHtml(text: string): string {
  const lines = staticUnitLines(text);
  const spacer = `<span class="static-ln static-spacer" aria-hidden="true">${'9'.repeat(gutterDigits(lines.length))}</span><span class="static-spacer"></span>`;
  const rows = lines.map((parts, i) => {
    const active = i === 0 ? ' static-active' : '';
    const body = parts.map((p) => (p.kind === null ? escapeHtml(p.text) : `<span class="static-${p.kind}">${escapeHtml(p.text)}</span>`)).join('');
    return `<span class="static-ln${active}" aria-hidden="true"></span><span class="static-line${active}">${body}</span>`;
  });
  return spacer + rows.join('');
}
