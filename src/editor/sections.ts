/**
 * `[Section]` headers: which section encloses a line (completion and hover look keys up in it) and
 * the range that folds a section under its header. Hand-written because the syntax tree cannot
 * answer either cheaply: StreamLanguage's tree is flat (one node per token, no section nodes) and
 * may not yet be parsed as far as the line asked about, while these answers must hold at once on
 * any line. No package import: the hover, in the editor's first chunk, uses it.
 */
import type { Text } from '@codemirror/state';
import { linesUp } from './doc-lines.ts';

const HEADER = /^\s*\[([^\]]*)\]\s*$/;

/** The name inside a `[Name]` header line (blanks around allowed), or null when `text` is no header. */
export function sectionHeader(text: string): string | null {
  // Most lines are not headers: look at the first character before running the pattern.
  const first = text.trimStart().charCodeAt(0);
  return first === 91 ? (HEADER.exec(text)?.[1] ?? null) : null;
}

/** The section (`Service`, …) enclosing line `lineNo` (1-based) of `doc`: '' before any header. */
export function sectionAt(doc: Text, lineNo: number): string {
  for (const text of linesUp(doc, lineNo)) {
    const name = sectionHeader(text);
    if (name !== null) return name;
  }
  return '';
}

/**
 * The range that folds the section whose header is the line `[from, to)` of `doc`: from the end of
 * the header to the end of the section's last non-blank line (blank lines before the next header
 * stay visible). Null when the line is no header or its section is empty.
 */
export function sectionFoldRange(doc: Text, from: number, to: number): { from: number; to: number } | null {
  const header = doc.lineAt(from);
  if (header.to !== to || header.number === doc.lines || sectionHeader(header.text) === null) return null;
  let end = header.to;
  let pos = header.to + 1;
  for (const iter = doc.iterLines(header.number + 1); !iter.next().done; ) {
    const text = iter.value;
    if (sectionHeader(text) !== null) break;
    if (text.trim() !== '') end = pos + text.length;
    pos += text.length + 1;
  }
  return end > header.to ? { from: header.to, to: end } : null;
}
