/**
 * Quoting for the POSIX shell (sh, dash, bash, zsh): one word, and a here-document around a text.
 * Hand-written: the planner imports no packages (it runs in the page, a Worker and the CLI), and
 * the two rules are a few lines each.
 */

/** Characters a word may hold unquoted in every POSIX shell (the set Python's `shlex.quote` leaves alone). */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * `word` as one shell word: unchanged when it holds only safe characters (`nginx.service`,
 * `/etc/systemd/system/getty@.service.d`), else in single quotes, each `'` written `'\''` (inside
 * single quotes nothing is special, so `\x2d`, `$` and `` ` `` stay as they are). The empty
 * string is `''`.
 *
 * @example shellWord('foo@bar\\x2dbaz.service') // → `'foo@bar\x2dbaz.service'`
 */
export function shellWord(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Whether dash (0.5.12, Debian's `sh`) reads `line` of a here-document ended by `delimiter` as it
 * is. Measured: it drops the byte after a line's opening part that matches the delimiter when
 * that byte is not ASCII (with `EOF`, the line `EOé` comes out as `EO` + half of `é`).
 */
function dashKeeps(line: string, delimiter: string): boolean {
  let k = 0;
  while (k < line.length && k < delimiter.length && line[k] === delimiter[k]) k++;
  return k === 0 || k === line.length || line.charCodeAt(k) < 0x80;
}

/** The delimiters tried, each then with `_1`, `_2`, …: other first letters for a text with lines that begin like `EOF` (see {@link dashKeeps}). */
const DELIMITER_BASES = ['EOF', 'XEOF', 'QEOF', 'ZEOF'];

/**
 * A here-document delimiter for `text`: `EOF`, else `EOF_1`, `EOF_2`, … up to one more than the
 * text has lines (enough for the rule that no line may be the delimiter), then the same from
 * `XEOF`, `QEOF`, `ZEOF`; `null` when none fits. Written quoted (`<<'EOF'`), the body is taken
 * literally: no `$`, `` ` `` or `\` expansion. Only a line that is exactly the delimiter ends the
 * body (`<<`, not `<<-`: leading tabs count); and no line may begin with part of the delimiter
 * followed by a non-ASCII character, which dash would mangle (see {@link dashKeeps}).
 *
 * @example heredocDelimiter('[Service]\nEOF\n') // → 'EOF_1'
 */
export function heredocDelimiter(text: string): string | null {
  const lines = text.split('\n');
  for (const base of DELIMITER_BASES) {
    for (let n = 0; n <= lines.length + 1; n++) {
      const delimiter = n === 0 ? base : `${base}_${n}`;
      if (lines.every((line) => line !== delimiter && dashKeeps(line, delimiter))) return delimiter;
    }
  }
  return null;
}

/** The parts of a command line around the command that reads the text (see {@link feedText}). */
export interface CommandLine {
  /** What runs first, e.g. `mkdir -p DIR && ` (default: nothing). */
  readonly before?: string;
  /** What runs after, on the same line, e.g. ` && systemctl daemon-reload` (default: nothing). */
  readonly after?: string;
}

/**
 * A command line in which `reader` gets `text` on its standard input: `before reader <<'EOF'
 * after`, the text, then the delimiter line; where no delimiter fits ({@link heredocDelimiter}),
 * `before printf '%s' 'text' | reader after` instead. A here-document's body is whole lines, so a
 * `text` that does not end with a newline is given one, in both forms (a drop-in always ends with
 * one). The result ends with a newline.
 *
 * @example feedText('cat > f', 'a\n', { after: ' && echo done' }) // → "cat > f <<'EOF' && echo done\na\nEOF\n"
 */
export function feedText(reader: string, text: string, { before = '', after = '' }: CommandLine = {}): string {
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const delimiter = heredocDelimiter(body);
  if (delimiter === null) return `${before}printf '%s' ${shellWord(body)} | ${reader}${after}\n`;
  return `${before}${reader} <<'${delimiter}'${after}\n${body}${delimiter}\n`;
}
