/**
 * Logical lines → sections and assignments, as systemd's `parse_line()` does it, with the same
 * warnings (unknown section, assignment outside a section, missing `=`, unknown key) and the same
 * fatal error for a malformed section header.
 */
import type { Diagnostic, Span, UnitFile } from '../types.ts';
import { logicalLines } from './lines.ts';

/** One `Key=value` line that reached a known section, key and value trimmed. */
export interface Assignment {
  readonly section: string;
  readonly key: string;
  readonly value: string;
  /** The whole logical line; `span.line` is the line systemd names in warnings (the last one). */
  readonly span: Span;
}

/** One thing the parse found, in file order: an assignment to apply, or a warning/error to print. */
export type ParseEvent =
  | { readonly kind: 'assignment'; readonly assignment: Assignment }
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic };

/** What the file-level parse found, in file order, and a fatal error if any. */
export interface ParsedFile {
  readonly events: readonly ParseEvent[];
  /** Set when the whole unit must be refused (e.g. an invalid section header); parsing stops there. */
  readonly fatal: Diagnostic | null;
}

/** The key catalogue the parser consults: sections valid for this unit type and their keys. */
export interface KeyCatalogue {
  /** `[]` is fatal and bad characters get the "Section header invalid" wording (262). */
  readonly strictSectionHeaders?: boolean;
  /** Sections this unit type accepts, e.g. Unit, Service, Install. */
  readonly sections: ReadonlySet<string>;
  /** True when systemd's table has a parser for `section.key` (other keys get a warning). */
  isKnownKey(section: string, key: string): boolean;
}

/** systemd's WHITESPACE: space, TAB, LF, CR (not JavaScript's wider `trim()` set). */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** `s[from, to)` without leading and trailing whitespace. */
function strip(s: string, from = 0, to = s.length): string {
  let start = from;
  let end = to;
  while (start < end && isWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isWhitespace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** systemd's `string_is_safe()`: no control characters, quotes, backslashes or DEL. */
function isSafeString(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || c === 0x7f || ch === '"' || ch === "'" || ch === '\\') return false;
  }
  return true;
}

/**
 * Parses one file of a unit. `X-` sections are ignored silently, as are `X-` keys. Never throws.
 */
export function parseUnitFile(file: UnitFile, catalogue: KeyCatalogue): ParsedFile {
  const events: ParseEvent[] = [];
  let section: string | null = null;
  let sectionIgnored = false;

  let span: Span = { file: file.path, line: 0, start: 0, end: 0 };
  const warn = (code: string, args: Record<string, string> = {}): void => {
    events.push({ kind: 'diagnostic', diagnostic: { code, severity: 'warning', span, args } });
  };
  for (const logical of logicalLines(file.text)) {
    const l = strip(logical.text);
    if (l === '') continue;
    span = { file: file.path, line: logical.line, start: logical.start, end: logical.end };

    if (l.startsWith('[')) {
      if (!l.endsWith(']') || l.length < 2) {
        const fatal: Diagnostic = { code: 'invalid-section-header', severity: 'error', span, args: { header: l } };
        events.push({ kind: 'diagnostic', diagnostic: fatal });
        return { events, fatal };
      }
      const name = l.slice(1, -1);
      if (!isSafeString(name) || (name === '' && catalogue.strictSectionHeaders === true)) {
        const code = catalogue.strictSectionHeaders === true ? 'invalid-section-header-strict' : 'bad-section-header';
        const fatal: Diagnostic = { code, severity: 'error', span, args: { header: l } };
        events.push({ kind: 'diagnostic', diagnostic: fatal });
        return { events, fatal };
      }
      if (catalogue.sections.has(name)) {
        section = name;
        sectionIgnored = false;
      } else {
        if (!name.startsWith('X-')) warn('unknown-section', { section: name });
        section = null;
        sectionIgnored = true;
      }
      continue;
    }

    if (section === null) {
      if (!sectionIgnored) warn('assignment-outside-section');
      continue;
    }

    const eq = l.indexOf('=');
    if (eq < 0) {
      warn('missing-equals');
      continue;
    }
    if (eq === 0) {
      warn('missing-key');
      continue;
    }
    const key = strip(l, 0, eq);
    const value = strip(l, eq + 1);
    if (!catalogue.isKnownKey(section, key)) {
      if (!key.startsWith('X-')) warn('unknown-key', { key, section });
      continue;
    }
    events.push({ kind: 'assignment', assignment: { section, key, value, span } });
  }
  return { events, fatal: null };
}
