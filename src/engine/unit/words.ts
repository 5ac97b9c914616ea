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

/**
 * Splits `value` into words. A backslash takes the next character literally (in and out of quotes).
 * On an unbalanced quote or a lone trailing backslash the word in progress is dropped and
 * `error` is set, unless `relax` (then the word is kept as read so far).
 */
export function splitWords(value: string, options: WordOptions = {}): Words {
  const words: string[] = [];
  let i = 0;
  const n = value.length;
  for (;;) {
    while (i < n && SEPARATORS.includes(value[i] as string)) i++;
    if (i >= n) return { words, error: false };
    let word = '';
    let quote: string | null = null;
    for (;;) {
      if (i >= n) {
        if (quote !== null && options.relax !== true) return { words, error: true };
        words.push(word);
        return { words, error: false };
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
