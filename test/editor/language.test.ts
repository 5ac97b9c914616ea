/**
 * The unit-file language: the tokens its stream parser puts in the syntax tree, line by line, the
 * way systemd's loader reads lines (no inline comments, continuation by an odd trailing backslash,
 * comments inside a continuation, specifiers, command and path prefixes), and the line-length limit.
 */
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { unitHighlightStyle } from '../../src/editor/highlight.ts';
import { TOKEN_TAGS, unitFileLanguage, type TokenKind } from '../../src/editor/language.ts';

/** The tokens of `doc` as `kind:text`, one array per line. */
function tokens(doc: string): string[][] {
  const state = EditorState.create({ doc, extensions: unitFileLanguage });
  const tree = ensureSyntaxTree(state, state.doc.length, 5000);
  if (tree === null) throw new Error('the parser did not finish');
  const lines: string[][] = Array.from({ length: state.doc.lines }, () => []);
  tree.iterate({
    enter: (node) => {
      if (node.type.isTop) return;
      lines[state.doc.lineAt(node.from).number - 1]!.push(`${node.name}:${state.sliceDoc(node.from, node.to)}`);
    },
  });
  return lines;
}

describe('one line', () => {
  it.each([
    ['[Service]', ['section:[Service]']],
    ['  [Service  ', ['invalid:[Service']],
    ['# PrivateTmp=yes', ['comment:# PrivateTmp=yes']],
    ['; also a comment', ['comment:; also a comment']],
    ['PrivateTmp=yes', ['key:PrivateTmp', 'eq:=', 'literal:yes']],
    // no inline comments: the whole rest is the (invalid) value, so `yes` is not a literal
    ['PrivateTmp = yes # not a comment', ['key:PrivateTmp', 'eq:=', 'value:yes', 'value:#', 'value:not', 'value:a', 'value:comment']],
    ['ExecStart=/bin/x %n $MAINPID ${X} 9', ['key:ExecStart', 'eq:=', 'value:/bin/x', 'special:%n', 'special:$MAINPID', 'special:${X}', 'value:9']],
    ['SystemCallFilter=~@clock @mount', ['key:SystemCallFilter', 'eq:=', 'literal:~@clock', 'literal:@mount']],
    ['RestartSec=5s', ['key:RestartSec', 'eq:=', 'literal:5s']],
    ['Description=no command', ['key:Description', 'eq:=', 'value:no', 'value:command']],
    ['NoEqualsHere', ['invalid:NoEqualsHere']],
    ['=value', ['invalid:=value']],
    ['Caps=CAP_A \\', ['key:Caps', 'eq:=', 'value:CAP_A', 'continuation:\\']],
    ['Value=100%', ['key:Value', 'eq:=', 'value:100%']],
  ])('%j', (text, expected) => {
    expect(tokens(text)[0]).toEqual(expected);
  });
  it.each([
    ['ExecStart=-/bin/x --flag', ['key:ExecStart', 'eq:=', 'prefix:-', 'value:/bin/x', 'value:--flag']],
    ['ExecStartPre=!!@/bin/x argv0', ['key:ExecStartPre', 'eq:=', 'prefix:!!@', 'value:/bin/x', 'value:argv0']],
    ['ExecStop=/bin/kill -9 $MAINPID', ['key:ExecStop', 'eq:=', 'value:/bin/kill', 'value:-9', 'special:$MAINPID']],
    ['ConditionPathExists=!|/etc/x', ['key:ConditionPathExists', 'eq:=', 'prefix:!|', 'value:/etc/x']],
    ['ReadWritePaths=-/var/a +/b', ['key:ReadWritePaths', 'eq:=', 'prefix:-', 'value:/var/a', 'prefix:+', 'value:/b']],
    ['EnvironmentFile=-/etc/default/x', ['key:EnvironmentFile', 'eq:=', 'prefix:-', 'value:/etc/default/x']],
    ['Environment=-X=1', ['key:Environment', 'eq:=', 'value:-X=1']],
  ])('prefixes where the key has them: %j', (text, expected) => {
    expect(tokens(text)[0]).toEqual(expected);
  });
});

describe('continuation lines', () => {
  it('a continued line is value text, even when it looks like a header or a key', () => {
    expect(tokens('A=1 \\\n  [Not=a section]')[1]).toEqual(['value:[Not=a', 'value:section]']);
  });
  it('comment lines inside a continuation neither end nor continue it; an empty line ends it', () => {
    const lines = tokens(['[Unit]', 'A=1 \\', '# inside', '  more', 'B=2', '', '[Service]', 'C=3 \\', '', 'D=4'].join('\n'));
    expect(lines[2]).toEqual(['comment:# inside']);
    expect(lines[3]).toEqual(['value:more']);
    expect(lines[4]).toEqual(['key:B', 'eq:=', 'literal:2']);
    expect(lines[9]).toEqual(['key:D', 'eq:=', 'literal:4']);
  });
  it.each([
    ['an odd number of backslashes continues', 'A=x \\\\\\\nB=1', ['value:B=1']],
    ['an even number does not', 'A=x \\\\\nB=1', ['key:B', 'eq:=', 'literal:1']],
    ['a comment ending in a backslash does not open one', '# c \\\nB=1', ['key:B', 'eq:=', 'literal:1']],
    ['a header ending in a backslash does not open one', '[S] \\\nB=1', ['key:B', 'eq:=', 'literal:1']],
    ['a line of blanks ends one', 'A=x \\\n   \nB=1', null],
    ['a continued command keeps no first-word prefix', 'ExecStart=/bin/x \\\n-y', ['value:-y']],
    ['a continued path list keeps its prefixes', 'ReadOnlyPaths=/a \\\n-/b', ['prefix:-', 'value:/b']],
  ])('%s', (_what, doc, second) => {
    const lines = tokens(doc);
    if (second === null) expect(lines[2]).toEqual(['key:B', 'eq:=', 'literal:1']);
    else expect(lines[1]).toEqual(second);
  });
  it('trailing blanks after the backslash still continue', () => {
    expect(tokens('A=\\  \nB=1')[1]).toEqual(['value:B=1']);
  });
});

describe('huge lines', () => {
  it('colours a line up to StreamLanguage\'s limit (10,000 characters) and leaves the rest plain', () => {
    const line = `ExecStart=${'word '.repeat(10_000)}`;
    const got = tokens(line)[0]!;
    const covered = got.reduce((n, t) => n + t.length - t.indexOf(':') - 1, 0);
    expect(got.length).toBeGreaterThan(1000);
    expect(covered).toBeLessThan(10_100);
  });
});

describe('highlight style', () => {
  const rules = unitHighlightStyle.module!.getRules();
  it('leaves plain value words unstyled, in the editor\'s text colour (what --syn-value is)', () => {
    expect(unitHighlightStyle.style([TOKEN_TAGS.value])).toBeNull();
  });
  it.each([
    ['section', '--syn-section'],
    ['key', '--syn-key'],
    ['eq', '--syn-muted'],
    ['literal', '--syn-literal'],
    ['special', '--syn-special'],
    ['prefix', '--syn-special'],
    ['continuation', '--syn-special'],
    ['comment', '--syn-comment'],
    ['invalid', '--syn-invalid'],
  ] as const)('%s tokens are coloured with var(%s) of the page theme', (kind: TokenKind, variable) => {
    const cls = unitHighlightStyle.style([TOKEN_TAGS[kind]]);
    expect(cls).not.toBeNull();
    expect(rules).toMatch(new RegExp(`\\.${cls} \\{[^}]*color: var\\(${variable}\\)`));
  });
});
