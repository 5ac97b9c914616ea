/**
 * Where a report row is decided, as one place in the unit's files that a code-scanning report or an
 * annotation can point at. The editor highlights every line of `Row.spans`; a SARIF result or a CI
 * annotation needs a single line, and one even when no line of the unit decided the row.
 */
import type { Row, Span, UnitFile } from '../types.ts';
import { LogicalLineCursor } from './lines.ts';

/**
 * A stretch of one file as editors and SARIF count it: 1-based lines, separated by `\n`, `\r\n` or
 * `\r` (SARIF 2.1.0 §3.30.2), and 1-based columns in UTF-16 code units (SARIF's default
 * `columnKind`, and JavaScript's string offsets); `endColumn` is the column just past the region.
 */
export interface TextRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The offsets at which each line of `text` starts: `[0, …]`, one entry per line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

let lastText: string | null = null;
let lastStarts: number[] = [];

/** 1-based line and column of `offset` among `starts` (see {@link lineStarts}). */
function place(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/**
 * The region of `text[start, end)`. Offsets outside the text are clamped to it; an `end` before
 * `start` gives an empty region at `start`. A span's `end` stops before its line break, so a
 * one-line assignment gives `startLine === endLine`.
 */
export function regionOf(text: string, start: number, end: number): TextRegion {
  // A report asks for many rows of one file in a row: its line starts are worked out once.
  if (lastText !== text) {
    lastText = text;
    lastStarts = lineStarts(text);
  }
  const starts = lastStarts;
  const from = Math.min(Math.max(start, 0), text.length);
  const to = Math.min(Math.max(end, from), text.length);
  const a = place(starts, from);
  const b = place(starts, to);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}

/**
 * The logical line that holds the header `[section]` in `file` (the first, if repeated), read with
 * the loader's line rules (comments and continuations), or null when it has none.
 */
function sectionHeader(file: UnitFile, section: string): Span | null {
  const header = `[${section}]`;
  const lines = new LogicalLineCursor(file.text);
  while (lines.next()) {
    if (lines.source.slice(lines.from, lines.to).trim() === header) {
      return { file: file.path, line: lines.firstLine, start: lines.start, end: lines.end };
    }
  }
  return null;
}

/**
 * The one place that decides `row`, for a report that can point at only one: the last assignment
 * among its spans (the one the loader applied last, which a later line or drop-in would override);
 * when no line decided it (the setting is absent, systemd's default applies), the unit file's
 * `[Service]` header, where the setting would be added; when the unit file has none either, the
 * unit file's first line. `unitPath` is the unit file's path among `files`; a span whose file is
 * not among `files` is still returned as it is.
 */
export function decidingSpan(row: Pick<Row, 'spans'>, files: readonly UnitFile[], unitPath: string): Span {
  const last = row.spans[row.spans.length - 1];
  if (last !== undefined) return last;
  const unit = files.find((f) => f.path === unitPath);
  if (unit === undefined) return { file: unitPath, line: 1, start: 0, end: 0 };
  const header = sectionHeader(unit, 'Service');
  if (header !== null) return header;
  const firstBreak = unit.text.search(/[\r\n]/);
  return { file: unitPath, line: 1, start: 0, end: firstBreak < 0 ? unit.text.length : firstBreak };
}
