/**
 * The unit-file tokenizer: one physical line → coloured ranges, the way systemd's loader reads
 * lines (no inline comments; an odd trailing backslash continues the value on the next line; comment
 * lines inside a continuation are skipped and do not end it; an empty line does).
 */

/** Token classes; the editor styles them as `.tok-<kind>`. */
export type TokenKind = 'section' | 'key' | 'eq' | 'value' | 'literal' | 'special' | 'continuation' | 'comment' | 'invalid';

/** A coloured range within one line, offsets relative to the line start. */
export interface Token {
  readonly from: number;
  readonly to: number;
  readonly kind: TokenKind;
}

const BOOLEAN = /^(?:yes|no|true|false|on|off|1|0|y|n|t|f)$/i;

/** Whether a UTF-16 code unit is whitespace as `String.prototype.trim` sees it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

// Character scans instead of trim() and regular expressions: these run once per line when the
// highlighter looks upwards through a continued line, 110,000 times on a 1 MB one.

/** Whether `text` ends in an odd number of backslashes (its value continues on the next line). */
export function continues(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  let backslashes = 0;
  while (i >= 0 && text.charCodeAt(i) === 92) {
    backslashes++;
    i--;
  }
  return backslashes % 2 === 1;
}

/** The first non-whitespace character's code, or -1 for a blank line. */
function firstChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** Whether a physical line is a comment (`#` or `;` first, after whitespace). */
export function isComment(text: string): boolean {
  const c = firstChar(text);
  return c === 35 || c === 59;
}

function valueTokens(text: string, start: number, out: Token[]): void {
  // Booleans and numbers are literals only as the whole value (`Description=no command` is prose).
  const whole = text.slice(start).trim().replace(/\\$/, '').trim();
  const re = /%[a-zA-Z%]|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\\\s*$|[^\s%$\\]+|\S/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const w = m[0];
    const kind: TokenKind = w.startsWith('%') || w.startsWith('$') ? 'special' : w.startsWith('\\') && m.index + w.length === text.length ? 'continuation' : ((BOOLEAN.test(w) || /^[-~+]?\d+(?:\.\d+)?[a-zA-Z]*$/.test(w)) && w === whole) || w.startsWith('@') || w.startsWith('~') ? 'literal' : 'value';
    out.push({ from: m.index, to: m.index + w.length, kind });
  }
}

/**
 * Tokens of one physical line. `continued` says the previous logical line is still open (ended in
 * an odd backslash); then the whole line is value text. Returns the tokens and whether the *next*
 * line continues this logical line.
 */
export function tokenizeLine(text: string, continued: boolean): { tokens: Token[]; continues: boolean } {
  const tokens: Token[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return { tokens, continues: false };
  const lead = text.length - text.trimStart().length;
  if (isComment(text)) {
    tokens.push({ from: lead, to: text.length, kind: 'comment' });
    return { tokens, continues: continued };
  }
  if (continued) {
    valueTokens(text, 0, tokens);
    return { tokens, continues: continues(text) };
  }
  if (trimmed.startsWith('[')) {
    tokens.push({ from: lead, to: text.trimEnd().length, kind: trimmed.endsWith(']') ? 'section' : 'invalid' });
    return { tokens, continues: false };
  }
  const eq = text.indexOf('=');
  if (eq < 0 || text.slice(0, eq).trim() === '') {
    tokens.push({ from: lead, to: text.trimEnd().length, kind: 'invalid' });
    return { tokens, continues: false };
  }
  tokens.push({ from: lead, to: text.slice(0, eq).trimEnd().length, kind: 'key' }, { from: eq, to: eq + 1, kind: 'eq' });
  valueTokens(text, eq + 1, tokens);
  return { tokens, continues: continues(text) };
}

/** `tokenizeLine(text, continued).continues`, without making the tokens. */
export function continuesAfter(text: string, continued: boolean): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (isComment(text)) return continued;
  if (continued) return continues(text);
  const eq = text.indexOf('=');
  if (trimmed.startsWith('[') || eq < 0 || text.slice(0, eq).trim() === '') return false;
  return continues(text);
}

/**
 * Whether a physical line starts inside a continuation, from `linesAbove`: the lines above it,
 * nearest first. Reads only as far up as needed: comment lines pass the state through; an empty
 * line, or one not ending in an odd backslash, closes it; a `KEY=… \` line opens it whatever came
 * before; any other line ending in a backslash continues only what was already open. The same
 * answer as replaying `tokenizeLine` from the top, without tokenizing, for up to `lookBack`
 * (default 2,000) lines; a longer run of lines that all end in a backslash is taken as one
 * continuation (a 1 MB continued line is 110,000 physical lines: only colours depend on this).
 */
export function startsContinued(linesAbove: Iterable<string>, lookBack = 2000): boolean {
  let seen = 0;
  for (const text of linesAbove) {
    if (++seen > lookBack) return true;
    const first = firstChar(text);
    if (first === 35 || first === 59) continue;
    if (first === -1 || !continues(text)) return false;
    const eq = text.indexOf('=');
    if (first !== 91 && eq >= 0 && firstChar(text.slice(0, eq)) !== -1) return true;
  }
  return false;
}

/**
 * The section (`Service`, …) that encloses a line, from `linesUp`: that line, then the lines
 * above it, nearest first. '' before any header.
 */
export function sectionAt(linesUp: Iterable<string>): string {
  for (const text of linesUp) {
    const m = /^\s*\[([^\]]*)\]\s*$/.exec(text);
    if (m !== null) return m[1]!;
  }
  return '';
}
