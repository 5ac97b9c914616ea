/**
 * systemd's `extract_first_word()`: splits a value into words at whitespace, with or without quote
 * removal. Each setting's parser picks its mode; there is no generic unquoting of values.
 */

/** How to split: `unquote` groups `'…'`/`"…"` and drops the quotes; `relax` tolerates an unbalanced quote or trailing backslash. */
export interface WordOptions {
  readonly unquote?: boolean;
  readonly relax?: boolean;
}

/** The words of a value, and whether splitting stopped at a syntax error (words before it are kept). */
export interface Words {
  readonly words: readonly string[];
  readonly error: boolean;
}

const SEPARATORS = ' \t\n\r';

function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Not a separator, not a backslash, and not a quote when quotes group words. */
function isOrdinary(c: number, unquote: boolean): boolean {
  return !isSeparator(c) && c !== 0x5c && !(unquote && (c === 0x22 || c === 0x27));
}

/**
 * Splits `value` into words. A backslash takes the next character literally (in and out of quotes).
 * On an unbalanced quote or a lone trailing backslash the word in progress is dropped and
 * `error` is set, unless `relax` (then the word is kept as read so far).
 */
export function splitWords(value: string, options: WordOptions = {}): Words {
  const words: string[] = [];
  let i = 0;
  const n = value.length;
  const unquote = options.unquote === true;
  for (;;) {
    while (i < n && isSeparator(value.charCodeAt(i))) i++;
    if (i >= n) return { words, error: false };
    let word = '';
    let quote: string | null = null;
    for (;;) {
      if (i >= n) {
        if (quote !== null && options.relax !== true) return { words, error: true };
        words.push(word);
        return { words, error: false };
      }
      if (quote === null) {
        // A run of ordinary characters is copied in one piece: per-character appends made long values slow.
        let j = i;
        while (j < n && isOrdinary(value.charCodeAt(j), unquote)) j++;
        if (j > i) {
          word += value.slice(i, j);
          i = j;
          continue;
        }
      }
      const c = value[i] as string;
      if (c === '\\') {
        if (i + 1 >= n) {
          if (options.relax === true) {
            words.push(word);
            return { words, error: false };
          }
          return { words, error: true };
        }
        word += value[i + 1];
        i += 2;
        continue;
      }
      if (quote !== null) {
        if (c === quote) quote = null;
        else word += c;
        i++;
        continue;
      }
      if (options.unquote === true && (c === '"' || c === "'")) {
        quote = c;
        i++;
        continue;
      }
      if (SEPARATORS.includes(c)) {
        words.push(word);
        break;
      }
      word += c;
      i++;
    }
  }
}
