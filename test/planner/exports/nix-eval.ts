/**
 * Reading the NixOS export back: a syntax check with a Nix parser from the npm registry
 * (`@replit/codemirror-lang-nix`, a Lezer grammar of Nix: no Nix parser in JavaScript evaluates,
 * and the official tree-sitter grammar on npm is a native addon without prebuilt binaries), and a
 * small evaluator for the part of Nix the export uses (attribute sets, attribute paths, strings
 * without interpolation, lists, booleans, `lib.mkForce x`). Where a real `nix-instantiate` is
 * installed, the tests also ask it (see `realNix`).
 */
import { parser } from '@replit/codemirror-lang-nix';
import type { SyntaxNode } from '@lezer/common';
import { spawnSync } from 'node:child_process';

/** A value of the subset: a string, a boolean, a list, an attribute set, or `lib.mkForce` of one. */
export type NixValue = string | boolean | readonly NixValue[] | { readonly [name: string]: NixValue } | { readonly mkForce: NixValue };

/** A double-quoted string's value, escapes read as Nix's lexer reads them (`\n`, `\r`, `\t`; any other `\c` is `c`). */
function stringValue(source: string, node: SyntaxNode): string {
  if (node.getChild('Interpolation') !== null) throw new Error(`interpolation in ${source.slice(node.from, node.to)}`);
  const raw = source.slice(node.from, node.to);
  if (!raw.startsWith('"') || !raw.endsWith('"')) throw new Error(`not a double-quoted string: ${raw}`);
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
  return raw.slice(1, -1).replace(/\\([\s\S])/g, (_, c: string) => escapes[c] ?? c);
}

/** The value of an expression node of the subset; anything else throws. */
function valueOf(source: string, node: SyntaxNode): NixValue {
  switch (node.name) {
    case 'String':
      return stringValue(source, node);
    case 'Boolean':
      return source.slice(node.from, node.to) === 'true';
    case 'List':
      return listValues(node).map((c) => valueOf(source, c));
    case 'AttrSet':
      return attrSet(source, node);
    case 'App': {
      const [fn, arg] = [node.firstChild, node.lastChild];
      if (fn === null || arg === null || source.slice(fn.from, fn.to) !== 'lib.mkForce') return fail(source, node);
      return { mkForce: valueOf(source, arg) };
    }
    default:
      return fail(source, node);
  }
}

/** A list's elements: its children but the brackets and comments. */
function listValues(list: SyntaxNode): SyntaxNode[] {
  const elements: SyntaxNode[] = [];
  for (let c = list.firstChild; c !== null; c = c.nextSibling) if (!['[', ']', 'LineComment', 'BlockComment'].includes(c.name)) elements.push(c);
  return elements;
}

function fail(source: string, node: SyntaxNode): never {
  throw new Error(`outside the subset: ${node.name} ${source.slice(node.from, node.to)}`);
}

/** An attribute set: each binding's path (identifiers and strings) nested, as Nix merges `a.b = …; a.c = …;`. */
function attrSet(source: string, node: SyntaxNode): { [name: string]: NixValue } {
  const set: { [name: string]: NixValue } = {};
  for (const bind of node.getChildren('Bind')) {
    const path = bind.getChild('AttrPath');
    const value = path?.nextSibling;
    if (path === null || value === null || value === undefined) return fail(source, bind);
    const names: string[] = [];
    for (let c = path.firstChild; c !== null; c = c.nextSibling) names.push(c.name === 'String' ? stringValue(source, c) : source.slice(c.from, c.to));
    let target = set;
    for (const name of names.slice(0, -1)) {
      const next = (target[name] ??= {});
      if (typeof next !== 'object' || Array.isArray(next)) return fail(source, bind);
      target = next as { [name: string]: NixValue };
    }
    const last = names.at(-1) ?? fail(source, bind);
    if (Object.hasOwn(target, last)) throw new Error(`attribute ${names.join('.')} defined twice`);
    target[last] = valueOf(source, value);
  }
  return set;
}

/** The parse errors (Lezer's error nodes) of `source` as a Nix expression, with their offsets. */
export function nixSyntaxErrors(source: string): number[] {
  const errors: number[] = [];
  parser.parse(source).iterate({ enter: (n) => { if (n.type.isError) errors.push(n.from); } });
  return errors;
}

/**
 * The value of `source`, a Nix expression of the subset (throws outside it or on a syntax error).
 * `{ … }` gives the attribute set; the module body the export writes is read as `{ <export> }`.
 */
export function evalNix(source: string): NixValue {
  const errors = nixSyntaxErrors(source);
  if (errors.length > 0) throw new Error(`Nix syntax errors at ${errors.join(', ')} in:\n${source}`);
  const program = parser.parse(source).topNode;
  const expression = program.firstChild;
  if (expression === null || expression.nextSibling !== null) throw new Error('not one expression');
  return valueOf(source, expression);
}

/** Whether a real `nix-instantiate` is installed (Debian's `nix-bin`). */
export const HAS_REAL_NIX = spawnSync('nix-instantiate', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * The value real Nix gives `source` (strict, as JSON), with `lib.mkForce x` read as `{ mkForce = x; }`
 * so that it compares with {@link evalNix}. Evaluated read-only, without a store or a daemon.
 */
export function realNix(source: string): unknown {
  const expression = `let lib = { mkForce = x: { mkForce = x; }; }; in ${source}`;
  const result = spawnSync('nix-instantiate', ['--eval', '--strict', '--json', '--readonly-mode', '-E', expression], {
    encoding: 'utf8',
    env: { ...process.env, NIX_CONFIG: 'build-users-group =' },
  });
  if (result.status !== 0) throw new Error(`nix-instantiate failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
