/**
 * Physical → logical lines, exactly as systemd's `config_parse()` reads a unit file: line breaks are
 * `\n`, `\r`, `\r\n`, `\n\r` or NUL; a UTF-8 BOM is dropped from the first line; lines whose first
 * non-blank character is `#` or `;` are skipped, even inside a continuation; a line ending in an odd
 * number of backslashes continues onto the next one, the final backslash becoming a space.
 */

/** One logical line: the text systemd hands to its line parser, and where it came from. */
export interface LogicalLine {
  /** Accumulated text, not yet trimmed (continuation backslashes already replaced by spaces). */
  readonly text: string;
  /** 1-based number of the LAST physical line, which is what systemd prints in warnings. */
  readonly line: number;
  /** 1-based number of the first physical line. */
  readonly firstLine: number;
  /** UTF-16 offset of the first physical line's start (after a BOM). */
  readonly start: number;
  /** UTF-16 offset just past the last physical line's content (before its line break). */
  readonly end: number;
}

const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;
const BOM = 0xfeff;
const BACKSLASH = 0x5c;

/** Whether the physical line `text[start, end)` is a comment: first non-blank character `#` or `;`. */
function isCommentLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = i < end ? text.charCodeAt(i) : -1;
  return c === 0x23 || c === 0x3b;
}

/**
 * True when `text[start, end)` ends in an unescaped backslash: in an odd run of trailing backslashes
 * (each pair is one escaped backslash; whatever precedes the run leaves no escape pending). Checking
 * each physical line alone is enough: the text accumulated before it always ends in the space that
 * replaced a continuation backslash, so no escape carries over into the next line.
 */
function endsEscaped(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && text.charCodeAt(i - 1) === BACKSLASH) i--;
  return (end - i) % 2 === 1;
}

function isBreak(c: number): boolean {
  return c === LF || c === CR || c === NUL;
}

/** Where the next physical line starts, given where this one's content ends (at a break, or at the end). */
function afterBreak(text: string, end: number): number {
  if (end >= text.length) return end;
  const c = text.charCodeAt(end);
  const after = text.charCodeAt(end + 1);
  // A pair of different break characters is one break; two equal ones are two.
  return end + ((c === LF && after === CR) || (c === CR && after === LF) ? 2 : 1);
}

/**
 * A cursor over the logical lines of a text: each {@link next} moves to the following line and
 * updates the fields in place, so reading a file makes no object per line, and a line that is one
 * physical line is not even copied out of the file (its text is `source[from, to)`). The loader
 * reads every unit through one of these, on every keystroke, so it allocates as little as it can:
 * no `LogicalLine` object or string per line, and no event objects in the parser.
 */
export class LogicalLineCursor {
  /**
   * The string holding the current line's text, not yet trimmed, in `source[from, to)`: the file's
   * text itself, or for a continued line a string of its own (backslashes already replaced by spaces).
   */
  source = '';
  from = 0;
  to = 0;
  /** 1-based number of the LAST physical line, which is what systemd prints in warnings. */
  line = 0;
  /** 1-based number of the first physical line. */
  firstLine = 0;
  /** UTF-16 offset of the first physical line's start (after a BOM). */
  start = 0;
  /** UTF-16 offset just past the last physical line's content (before its line break). */
  end = 0;
  readonly #text: string;
  /**
   * Whether `\n` is the only break character in the text (the usual case): then the native
   * `indexOf` finds each line's end, which is faster than testing every character.
   */
  readonly #newlinesOnly: boolean;
  /** Where the next physical line starts. */
  #at = 0;
  #lineNo = 0;
  #bomSeen = false;

  /** A cursor before the first logical line of `text`. */
  constructor(text: string) {
    this.#text = text;
    this.#newlinesOnly = text.indexOf('\r') < 0 && text.indexOf('\0') < 0;
  }

  /** Moves to the next logical line; false (fields unchanged) when there is none. Never throws. */
  next(): boolean {
    const text = this.#text;
    // The pieces of a continued line, joined once it ends: re-flattening a growing string per line is quadratic.
    let parts: string[] | null = null;
    let lastEnd = 0;
    while (this.#at < text.length) {
      const start = this.#at;
      const end = this.#lineEnd(start);
      this.#at = afterBreak(text, end);
      const lineNo = ++this.#lineNo;
      // The comment test looks at the raw line, before the BOM is removed (systemd's order).
      if (isCommentLine(text, start, end)) continue;
      let offset = start;
      if (!this.#bomSeen) {
        if (start < end && text.charCodeAt(start) === BOM) offset++;
        this.#bomSeen = true;
      }
      const continued = endsEscaped(text, offset, end);
      lastEnd = end;
      if (parts === null) {
        this.firstLine = lineNo;
        this.start = offset;
        if (!continued) {
          this.#set(text, offset, end, lineNo, end);
          return true;
        }
        parts = [];
      }
      if (continued) {
        parts.push(`${text.slice(offset, end - 1)} `);
        continue;
      }
      parts.push(text.slice(offset, end));
      const joined = parts.join('');
      this.#set(joined, 0, joined.length, lineNo, lastEnd);
      return true;
    }
    if (parts === null) return false;
    // At the end of the text a pending continuation is still a line, numbered by the last physical line.
    const joined = parts.join('');
    this.#set(joined, 0, joined.length, this.#lineNo, lastEnd);
    return true;
  }

  /** Where the physical line starting at `start` ends: at its break character, or at the end of the text. */
  #lineEnd(start: number): number {
    const text = this.#text;
    if (this.#newlinesOnly) {
      const newline = text.indexOf('\n', start);
      return newline < 0 ? text.length : newline;
    }
    let end = start;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    return end;
  }

  #set(source: string, from: number, to: number, line: number, end: number): void {
    this.source = source;
    this.from = from;
    this.to = to;
    this.line = line;
    this.end = end;
  }
}

/**
 * Reads `text` into the logical lines systemd would parse, in order. Line breaks are `\n`, `\r`,
 * `\r\n`, `\n\r` or NUL (two equal break characters are two breaks); a final break does not
 * start another, empty, line. Never throws. (The loader walks a {@link LogicalLineCursor} instead.)
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const cursor = new LogicalLineCursor(text);
  while (cursor.next()) {
    const { source, from, to, line, firstLine, start, end } = cursor;
    out.push({ text: source.slice(from, to), line, firstLine, start, end });
  }
  return out;
}
