/**
 * Unit files as a CodeMirror language: a stream parser read by @codemirror/language's
 * `StreamLanguage`, which gives the editor a syntax tree (highlighting, comment toggling, folding
 * by section) and parses in the background, from the top, with its own line-length limit.
 *
 * The tokenizer is hand-written because no library knows systemd's reading of a line: there is no
 * Lezer grammar for unit files, and the INI/properties mode of @codemirror/legacy-modes has inline
 * comments and no specifiers, command prefixes or systemd's continuation rules. The rules, as
 * systemd's loader reads lines: no inline comments (`A=b # c` is all value); `#` or `;` first on
 * a line makes it a comment; an odd number of trailing backslashes continues the value on the next
 * line, where comment lines are skipped without ending it and an empty line ends it.
 */
import { StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language';
import { tags as t, type Tag } from '@lezer/highlight';

/** Token names; the syntax tree's nodes carry them as their names. */
export type TokenKind = 'section' | 'key' | 'eq' | 'value' | 'literal' | 'special' | 'prefix' | 'continuation' | 'comment' | 'invalid';

/** The highlighting tag of each token (see highlight.ts for their colours). */
export const TOKEN_TAGS: Readonly<Record<TokenKind, Tag>> = {
  section: t.heading,
  key: t.propertyName,
  eq: t.definitionOperator,
  value: t.string,
  literal: t.atom,
  special: t.special(t.variableName),
  prefix: t.modifier,
  continuation: t.escape,
  comment: t.lineComment,
  invalid: t.invalid,
};

/** What the rest of the current physical line is, decided at its start. */
type LineMode = 'blank' | 'comment' | 'section' | 'invalid' | 'key' | 'value';

/** The parser's state between tokens and lines; StreamLanguage copies it field by field. */
export interface UnitLineState {
  /** Whether the line being read continues the previous logical line. */
  continued: boolean;
  /** Whether the next line continues this one (the value ended in an odd backslash). */
  next: boolean;
  mode: LineMode;
  /** Where the line's token starts (after indentation) and ends (before trailing blanks): sections, comments, invalid lines, keys. */
  from: number;
  to: number;
  /** The `=` of a key line. */
  eq: number;
  /** The key the value belongs to (kept across continuation lines), for its prefixes. */
  key: string;
  /** Whether no value word has been read yet on this physical line. */
  firstWord: boolean;
}

/** Booleans and numbers are literals only as the whole value (`Description=no command` is prose). */
const BOOLEAN = /^(?:yes|no|true|false|on|off|1|0|y|n|t|f)$/i;
const NUMBER = /^[-~+]?\d+(?:\.\d+)?[a-zA-Z]*$/;
/** One value word: a specifier, an environment variable, a trailing backslash, a run of ordinary characters, or any other character. */
const WORD = /%[a-zA-Z%]|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\\\s*$|[^\s%$\\]+|\S/y;
/** After a word: nothing but blanks and at most one backslash (the word is then the whole value). */
const REST_IS_END = /\s*\\?\s*$/y;

/** Commands: `@` (argv[0] follows), `-` (failure ignored), `:` (no specifiers), `+` `!` `!!` (privileges), `|` (shell, 258+). */
const EXEC_PREFIX = /[-@:+!|]+(?=\S)/y;
/** Conditions and asserts: `|` (trigger), `!` (negate). */
const CONDITION_PREFIX = /[|!]+(?=\S)/y;
/** Paths: `-` (ignore if missing), `+` (relative to the root directory); on every word of the list. */
const PATH_PREFIX = /[-+]+(?=\S)/y;
const PATH_LIST_KEYS = new Set(['ReadWritePaths', 'ReadOnlyPaths', 'InaccessiblePaths', 'ExecPaths', 'NoExecPaths', 'BindPaths', 'BindReadOnlyPaths', 'EnvironmentFile']);

/** The prefix pattern of `key`'s value words (all of them when `everyWord`), or null. */
function prefixOf(key: string): { readonly re: RegExp; readonly everyWord: boolean } | null {
  if (/^Exec(?:Start|StartPre|StartPost|Condition|Reload|Stop|StopPost)$/.test(key)) return { re: EXEC_PREFIX, everyWord: false };
  if (/^(?:Condition|Assert)[A-Z]/.test(key)) return { re: CONDITION_PREFIX, everyWord: false };
  return PATH_LIST_KEYS.has(key) ? { re: PATH_PREFIX, everyWord: true } : null;
}

/** Whether a UTF-16 code unit is whitespace as `String.prototype.trim` sees it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** Whether `text` ends in an odd number of backslashes (before trailing blanks). */
export function endsContinued(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  let backslashes = 0;
  while (i >= 0 && text.charCodeAt(i) === 92) {
    backslashes++;
    i--;
  }
  return backslashes % 2 === 1;
}

/** Whether a physical line is a comment: `#` or `;` first, after blanks. */
export function isCommentLine(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return c === 35 || c === 59;
}

/** Decides what physical line `text` is, given whether it continues the previous logical line. */
function startLine(text: string, state: UnitLineState): void {
  const continued = state.next;
  state.continued = continued;
  state.firstWord = true;
  // A continuation line's value still belongs to the key of the line it continues.
  if (!continued) state.key = '';
  const trimmed = text.trim();
  state.from = text.length - text.trimStart().length;
  state.to = text.trimEnd().length;
  if (trimmed === '') {
    state.mode = 'blank';
    state.next = false;
  } else if (isCommentLine(text)) {
    state.mode = 'comment';
    state.to = text.length;
    // A comment inside a continuation neither ends nor continues it: the state passes through.
  } else if (continued) {
    state.mode = 'value';
    state.from = 0;
    state.next = endsContinued(text);
  } else if (trimmed.startsWith('[')) {
    state.mode = trimmed.endsWith(']') ? 'section' : 'invalid';
    state.next = false;
  } else {
    const eq = text.indexOf('=');
    const keyTo = eq < 0 ? -1 : text.slice(0, eq).trimEnd().length;
    if (eq < 0 || keyTo <= state.from) {
      state.mode = 'invalid';
      state.next = false;
    } else {
      state.mode = 'key';
      state.eq = eq;
      state.to = keyTo;
      state.key = text.slice(state.from, keyTo);
      state.next = endsContinued(text);
    }
  }
}

/** Reads one value token at `stream.pos` (blanks are skipped untokenised). */
function valueToken(stream: StringStream, state: UnitLineState): TokenKind | null {
  if (stream.eatSpace()) return null;
  const text = stream.string;
  const start = stream.pos;
  const prefix = prefixOf(state.key);
  if (prefix !== null && (prefix.everyWord || (state.firstWord && !state.continued))) {
    prefix.re.lastIndex = start;
    if (prefix.re.test(text)) {
      stream.pos = prefix.re.lastIndex;
      state.firstWord = false;
      return 'prefix';
    }
  }
  WORD.lastIndex = start;
  const word = WORD.exec(text)![0];
  const end = start + word.length;
  stream.pos = end;
  const first = state.firstWord;
  state.firstWord = false;
  const c = word.charCodeAt(0);
  if (c === 37 /* % */ || c === 36 /* $ */) return word.length > 1 ? 'special' : 'value';
  if (c === 92 /* \ */ && end === text.length) return 'continuation';
  if (c === 64 /* @ */ || c === 126 /* ~ */) return 'literal';
  if (first && (BOOLEAN.test(word) || NUMBER.test(word))) {
    REST_IS_END.lastIndex = end;
    if (REST_IS_END.test(text)) return 'literal';
  }
  return 'value';
}

/** The stream parser for unit files (exported for tests; the editor uses {@link unitFileLanguage}). */
export const unitFileParser: StreamParser<UnitLineState> = {
  name: 'systemd-unit',
  startState: () => ({ continued: false, next: false, mode: 'blank', from: 0, to: 0, eq: -1, key: '', firstWord: true }),
  token(stream, state) {
    if (stream.sol()) startLine(stream.string, state);
    const pos = stream.pos;
    switch (state.mode) {
      case 'blank':
        stream.skipToEnd();
        return null;
      case 'value':
        return valueToken(stream, state);
      case 'key':
        if (pos < state.from) {
          stream.pos = state.from;
          return null;
        }
        if (pos < state.to) {
          stream.pos = state.to;
          return 'key';
        }
        if (pos < state.eq) {
          stream.pos = state.eq;
          return null;
        }
        stream.pos = state.eq + 1;
        state.mode = 'value';
        return 'eq';
      default:
        // One token over the whole line: a section header, a comment or an invalid line.
        if (pos < state.from) {
          stream.pos = state.from;
          return null;
        }
        if (pos < state.to) {
          stream.pos = state.to;
          return state.mode;
        }
        stream.skipToEnd();
        return null;
    }
  },
  blankLine(state) {
    state.next = false;
  },
  tokenTable: TOKEN_TAGS,
  languageData: {
    // Toggle comment writes `#`; systemd also reads `;` as a comment, which isComment() knows.
    commentTokens: { line: '#' },
  },
};

/**
 * The unit-file language. Lines longer than StreamLanguage's limit (10,000 characters) are
 * tokenised up to it and the rest stays plain, so a pasted 1 MB line costs no more than 10 KB of
 * tokens; a document whose top is more than 100 KB before the viewport is parsed from the viewport
 * first (StreamLanguage's skipping), with the rest parsed in the background.
 */
export const unitFileLanguage: StreamLanguage<UnitLineState> = StreamLanguage.define(unitFileParser);
