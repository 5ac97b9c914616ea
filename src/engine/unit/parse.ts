/**
 * Logical lines → sections and assignments, as systemd's `parse_line()` does it, with the same
 * warnings (unknown section, assignment outside a section, missing `=`, unknown key) and the same
 * fatal error for a malformed section header.
 */
import type { Diagnostic, Span, UnitFile } from '../types.ts';
import { LogicalLineCursor } from './lines.ts';

/** One `Key=value` line that reached a known section, key and value trimmed. */
export interface UnitAssignment {
  readonly section: string;
  readonly key: string;
  readonly value: string;
  /** The whole logical line; `span.line` is the line systemd names in warnings (the last one). */
  readonly span: Span;
}

/** One thing the parse found, in file order: an assignment to apply, or a warning/error to print. */
export type ParseEvent =
  | { readonly kind: 'assignment'; readonly assignment: UnitAssignment }
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
  /** Section names are not checked for unsafe characters (before 250): `[Ser"vice]` is just an unknown section. */
  readonly laxSectionHeaders?: boolean;
  /** The code of the "Unknown key" warning (`unknown-key`, or 255's `unknown-key-quoted`); default `unknown-key`. */
  readonly unknownKeyCode?: string;
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

/**
 * systemd's `string_is_safe()`: no control characters, quotes, backslashes or DEL. Read by UTF-16
 * unit: none of them is part of a surrogate pair.
 */
function isSafeString(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x22 || c === 0x27 || c === 0x5c) return false;
  }
  return true;
}

/** Where a logical line is: what a {@link Span} says besides the file. */
export interface LinePlace {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Where {@link readUnitFile} hands what it finds, in file order. */
export interface ParseSink {
  /**
   * A `Key=value` line of a known section whose key the catalogue knows (key and value trimmed),
   * at `place` (read it now: it moves on with the next line). Returns false to stop reading the file.
   */
  assignment(section: string, key: string, value: string, place: LinePlace): boolean;
  /** A warning, or the fatal error that ends the file (then also returned by {@link readUnitFile}). */
  diagnostic(diagnostic: Diagnostic): void;
}

function spanAt(file: string, place: LinePlace): Span {
  return { file, line: place.line, start: place.start, end: place.end };
}

/**
 * Parses one file of a unit into `sink`, line by line, and returns the fatal error that stopped it
 * (null otherwise, also when the sink stopped it). `X-` sections are ignored silently, as are `X-`
 * keys. Makes no object per line: a line's text is read where it stands in the file. Never throws.
 */
export function readUnitFile(file: UnitFile, catalogue: KeyCatalogue, sink: ParseSink): Diagnostic | null {
  let section: string | null = null;
  let sectionIgnored = false;
  const lines = new LogicalLineCursor(file.text);
  const warn = (code: string, args: Record<string, string> = {}): void => {
    sink.diagnostic({ code, severity: 'warning', span: spanAt(file.path, lines), args });
  };
  while (lines.next()) {
    // The line's text is source[from, to); trimmed, [first, last).
    const source = lines.source;
    let first = lines.from;
    let last = lines.to;
    while (first < last && isWhitespace(source.charCodeAt(first))) first++;
    while (last > first && isWhitespace(source.charCodeAt(last - 1))) last--;
    if (first === last) continue;

    if (source.charCodeAt(first) === 0x5b) { // [
      const header = source.slice(first, last);
      let code: string | null = null;
      if (last - first < 2 || source.charCodeAt(last - 1) !== 0x5d) code = 'invalid-section-header';
      else {
        const name = source.slice(first + 1, last - 1);
        if ((!isSafeString(name) && catalogue.laxSectionHeaders !== true) || (name === '' && catalogue.strictSectionHeaders === true)) {
          code = catalogue.strictSectionHeaders === true ? 'invalid-section-header-strict' : 'bad-section-header';
        } else if (catalogue.sections.has(name)) {
          section = name;
          sectionIgnored = false;
        } else {
          if (!name.startsWith('X-')) warn('unknown-section', { section: name });
          section = null;
          sectionIgnored = true;
        }
      }
      if (code === null) continue;
      const fatal: Diagnostic = { code, severity: 'error', span: spanAt(file.path, lines), args: { header } };
      sink.diagnostic(fatal);
      return fatal;
    }

    if (section === null) {
      if (!sectionIgnored) warn('assignment-outside-section');
      continue;
    }

    // Searched within the line only: `source` may be the whole file, and an indexOf running on to a
    // later line would make a file of many lines without `=` quadratic.
    let eq = first;
    while (eq < last && source.charCodeAt(eq) !== 0x3d) eq++;
    if (eq === last) {
      warn('missing-equals');
      continue;
    }
    if (eq === first) {
      warn('missing-key');
      continue;
    }
    const key = strip(source, first, eq);
    if (!catalogue.isKnownKey(section, key)) {
      if (!key.startsWith('X-')) warn(catalogue.unknownKeyCode ?? 'unknown-key', { key, section });
      continue;
    }
    if (!sink.assignment(section, key, strip(source, eq + 1, last), lines)) return null;
  }
  return null;
}

/**
 * Parses one file of a unit into a list of events (see {@link readUnitFile}, which the loader
 * uses instead, applying each assignment as it comes). Never throws.
 */
export function parseUnitFile(file: UnitFile, catalogue: KeyCatalogue): ParsedFile {
  const events: ParseEvent[] = [];
  const fatal = readUnitFile(file, catalogue, {
    assignment: (section, key, value, place) => {
      events.push({ kind: 'assignment', assignment: { section, key, value, span: spanAt(file.path, place) } });
      return true;
    },
    diagnostic: (diagnostic) => {
      events.push({ kind: 'diagnostic', diagnostic });
    },
  });
  return { events, fatal };
}
