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
  /** Offsets of each accumulated physical segment: `text` is their concatenation (comments excluded). */
  readonly segments: readonly { readonly offset: number; readonly length: number }[];
}

interface PhysicalLine {
  readonly text: string;
  readonly start: number;
}

const WHITESPACE = ' \t\n\r';
const BOM = '\uFEFF';

/** Splits text at systemd's line breaks; a final break does not start another (empty) line. */
function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '\0') {
      lines.push({ text: text.slice(start, i), start });
      const next = text[i + 1];
      // A pair of different break characters is one break; two equal ones are two.
      i += (c === '\n' && next === '\r') || (c === '\r' && next === '\n') ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  if (start < text.length) lines.push({ text: text.slice(start), start });
  return lines;
}

function isCommentLine(raw: string): boolean {
  let i = 0;
  while (i < raw.length && WHITESPACE.includes(raw[i] as string)) i++;
  return raw[i] === '#' || raw[i] === ';';
}

/**
 * True when the text ends in an unescaped backslash: in an odd run of trailing backslashes (each
 * pair is one escaped backslash; whatever precedes the run leaves no escape pending). Checking each
 * physical line alone is enough: the text accumulated before it always ends in the space that
 * replaced a continuation backslash, so no escape carries over into the next line.
 */
function endsEscaped(text: string): boolean {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) === 0x5c) i--;
  return (text.length - i) % 2 === 1;
}

interface Pending {
  // Joined once the logical line ends: re-flattening a growing string per line is quadratic.
  readonly parts: string[];
  readonly firstLine: number;
  readonly start: number;
  readonly segments: { offset: number; length: number }[];
}

function finish(p: Pending, line: number, end: number): LogicalLine {
  return { text: p.parts.join(''), line, firstLine: p.firstLine, start: p.start, end, segments: p.segments };
}

/** Reads `text` into the logical lines systemd would parse, in order. Never throws. */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: Pending | null = null;
  let lineNo = 0;
  let bomSeen = false;
  let lastEnd = 0;
  for (const physical of physicalLines(text)) {
    lineNo++;
    // The comment test looks at the raw line, before the BOM is removed (systemd's order).
    if (isCommentLine(physical.text)) continue;
    let body = physical.text;
    let offset = physical.start;
    if (!bomSeen) {
      if (body.startsWith(BOM)) {
        body = body.slice(1);
        offset += 1;
      }
      bomSeen = true;
    }
    const current: Pending = pending ?? { parts: [], firstLine: lineNo, start: offset, segments: [] };
    const continued = endsEscaped(body);
    current.parts.push(continued ? `${body.slice(0, -1)} ` : body);
    current.segments.push({ offset, length: body.length });
    lastEnd = offset + body.length;
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
