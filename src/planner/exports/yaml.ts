/**
 * YAML scalars for Ansible: a one-line string and a multi-line text, written so that both YAML
 * 1.2 parsers and PyYAML (YAML 1.1, what Ansible reads with) give back exactly the string, and so
 * that Ansible does not template it. Hand-written: the planner imports no packages (the tests
 * parse the output back with the `yaml` package).
 */

/**
 * Characters that stand as themselves inside a quoted or block scalar in YAML 1.1 and 1.2: tab,
 * printable ASCII, and printable Unicode without the ones YAML 1.1 reads as line breaks (U+0085,
 * U+2028, U+2029) and without the byte-order mark.
 */
const PRINTABLE = /^[\t\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Where Jinja2 starts an expression, a statement or a comment: Ansible templates a string holding one. */
const JINJA_START = /\{\{|\{%|\{#/;

/** `!unsafe ` (Ansible's tag for "never template this") before a value that holds a Jinja2 start. */
function unsafeTag(s: string): string {
  return JINJA_START.test(s) ? '!unsafe ' : '';
}

/** `s` double-quoted with every character outside printable ASCII escaped (`\n`, `\t`, `\xXX`, `\uXXXX`, `\UXXXXXXXX`). */
function doubleQuoted(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `"${out}"`;
}

/**
 * `s` as a one-line YAML string: single-quoted (`'` doubled; nothing else is special there, so
 * `\x2d` and `@` stay as they are) when every character is printable, else double-quoted with
 * escapes; tagged `!unsafe` when it holds `{{`, `{%` or `{#`.
 *
 * @example yamlString('foo@bar\\x2dbaz.service') // → `'foo@bar\x2dbaz.service'`
 */
export function yamlString(s: string): string {
  const quoted = PRINTABLE.test(s) ? `'${s.replaceAll("'", "''")}'` : doubleQuoted(s);
  return `${unsafeTag(s)}${quoted}`;
}

/**
 * `text` as the value of a mapping key written `keyIndent` spaces in: a literal block scalar
 * (`|`, `|-` without a final newline, `|+` with several; the indentation indicator `2` when a
 * line starts with a space), its lines indented two more than the key, so the file's text reads
 * as it is; or, for a text a block cannot hold exactly (non-printable characters, a carriage
 * return, a line of only spaces, nothing but newlines), a double-quoted string. Tagged `!unsafe`
 * as {@link yamlString}. The result starts with the space after `key:` and has no final newline.
 *
 * @example yamlText('[Service]\nPrivateTmp=yes\n', 4) // → " |\n      [Service]\n      PrivateTmp=yes"
 */
export function yamlText(text: string, keyIndent: number): string {
  const body = text.replace(/\n+$/, '');
  const lines = body.split('\n');
  const blockable = body !== '' && lines.every((line) => PRINTABLE.test(line) && !/^ +$/.test(line));
  if (!blockable) return ` ${unsafeTag(text)}${doubleQuoted(text)}`;
  const trailing = text.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  // The indicator counts from the key's indentation; without it a first line that starts with a
  // space would set the indentation itself.
  const indicator = lines.some((line) => line.startsWith(' ')) ? '2' : '';
  const pad = ' '.repeat(keyIndent + 2);
  // The newlines after the first at the end are empty lines, kept by `+`.
  const content = [...lines, ...Array<string>(Math.max(trailing - 1, 0)).fill('')].map((line) => (line === '' ? '' : pad + line));
  return ` ${unsafeTag(text)}|${indicator}${chomp}\n${content.join('\n')}`;
}
