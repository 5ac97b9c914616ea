/**
 * Nix literals: a double-quoted string and an attribute name. Hand-written: the planner imports no
 * packages, and the rules (Nix's lexer, `src/libexpr/lexer.l`) are short.
 */

/** A name Nix reads as an identifier: a letter or `_`, then letters, digits, `_`, `'` and `-`. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_'-]*$/;

/** Words Nix's lexer takes as keywords wherever an identifier could stand (`or` included, to be safe). */
const KEYWORDS: ReadonlySet<string> = new Set(['assert', 'else', 'if', 'in', 'inherit', 'let', 'or', 'rec', 'then', 'with']);

/** The escape of each character that cannot stand as itself in a double-quoted Nix string. */
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '${': '\\${', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `s` as a double-quoted Nix string that evaluates to exactly `s`: `\` → `\\`, `"` → `\"`,
 * `${` → `\${` (no interpolation), newline, carriage return and tab as `\n`, `\r`, `\t`. A lone `$`
 * stays (`"$MAINPID"`); `$${` is written `$\${`, which Nix reads back as `$${`.
 *
 * @example nixString('a "b" ${c} \\d') // → `"a \"b\" \${c} \\d"`
 */
export function nixString(s: string): string {
  return `"${s.replace(/[\\"\n\r\t]|\$\{/g, (c) => ESCAPES[c] ?? c)}"`;
}

/**
 * `name` as one attribute name: bare when Nix reads it as an identifier that is no keyword
 * (`ProtectSystem`, `systemd-journald`), else as a string (`"getty@"`, `"foo.bar"`, `"foo@bar\\x2dbaz"`).
 *
 * @example nixAttrName('getty@') // → `"getty@"`
 */
export function nixAttrName(name: string): string {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name) ? name : nixString(name);
}
