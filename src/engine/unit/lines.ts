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

interface Pending {
  // Joined once the logical line ends: re-flattening a growing string per line is quadratic.
  readonly parts: string[];
  readonly firstLine: number;
  readonly start: number;
}

/**
 * Reads `text` into the logical lines systemd would parse, in order. Line breaks are `\n`, `\r`,
 * `\r\n`, `\n\r` or NUL (two equal break characters are two breaks); a final break does not
 * start another, empty, line. Never throws.
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: Pending | null = null;
  let lineNo = 0;
  let bomSeen = false;
  let lastEnd = 0;
  let end: number;
  for (let start = 0; start < text.length; start = afterBreak(text, end)) {
    end = start;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    lineNo++;
    // The comment test looks at the raw line, before the BOM is removed (systemd's order).
    if (isCommentLine(text, start, end)) continue;
    let offset = start;
    if (!bomSeen) {
      if (start < end && text.charCodeAt(start) === BOM) offset++;
      bomSeen = true;
    }
    const continued = endsEscaped(text, offset, end);
    lastEnd = end;
    if (pending === null && !continued) {
      out.push({ text: text.slice(offset, end), line: lineNo, firstLine: lineNo, start: offset, end });
      continue;
    }
    const current: Pending = pending ?? { parts: [], firstLine: lineNo, start: offset };
    current.parts.push(continued ? `${text.slice(offset, end - 1)} ` : text.slice(offset, end));
    if (continued) {
      pending = current;
      continue;
    }
    out.push(finish(current, lineNo, lastEnd));
    pending = null;
  }
  if (pending !== null) out.push(finish(pending, lineNo, lastEnd));
  return out;
}

function finish(p: Pending, line: number, end: number): LogicalLine {
  return { text: p.parts.join(''), line, firstLine: p.firstLine, start: p.start, end };
}
