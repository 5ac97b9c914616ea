import { describe, expect, it } from 'vitest';
import { continues, continuesAfter, isComment, sectionAt, startsContinued, tokenizeLine } from '../../src/editor/tokens.ts';

/** Renders tokens as `kind:text` for readable tables. */
function show(text: string, continued = false): string[] {
  return tokenizeLine(text, continued).tokens.map((t) => `${t.kind}:${text.slice(t.from, t.to)}`);
}

describe('tokenizeLine', () => {
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
  ])('%j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
  it('treats a continued line as value text', () => {
    expect(show('  [Not=a section]', true)).toEqual(['value:[Not=a', 'value:section]']);
  });
  it.each([
    ['A=x \\', false, true],
    ['A=x \\\\', false, false],
    ['A=x \\\\\\', false, true],
    ['# comment \\', true, true],
    ['# comment', true, true],
    ['[S] \\', false, false],
    ['', true, false],
  ])('%j (continued %s) continues: %s', (text, continued, expected) => {
    expect(tokenizeLine(text, continued).continues).toBe(expected);
  });
});

describe('line context', () => {
  const lines = ['[Unit]', 'A=1 \\', '# inside', '  more', 'B=2', '', '[Service]', 'C=3 \\', '', 'D=4'];
  /** Lines `n`, `n - 1`, …, 1 of `lines`, nearest first. */
  const up = (n: number, from: readonly string[] = lines): string[] => from.slice(0, Math.max(0, n)).reverse();
  it.each([
    [2, false],
    [3, true],
    [4, true],
    [5, false],
    [9, true], // the empty line itself is what ends the continuation
    [10, false],
  ])('line %i starts continued: %s', (n, expected) => {
    expect(startsContinued(up(n - 1))).toBe(expected);
  });
  // The upward shortcut must agree with replaying tokenizeLine from the top, on every line.
  const tricky = ['[Service]', 'A=1 \\', '[NotASection] \\', 'no equals \\', '# c \\', '; c', 'B=2', '[X] \\', 'plain \\', 'C=\\\\', 'D=\\\\\\', '   ', 'E=1 \\', '=x \\', 'F=2'];
  it.each(tricky.map((_, i) => [i + 1]))('line %i of the tricky sample agrees with a replay from the top', (n) => {
    let open = false;
    for (let i = 0; i < n - 1; i++) open = tokenizeLine(tricky[i]!, open).continues;
    expect(startsContinued(up(n - 1, tricky))).toBe(open);
  });
  it.each([
    // [case, lines above (nearest first), look-back, starts continued]
    ['a run longer than the look-back is taken as a continuation', ['b \\', 'c \\', 'd \\', '[X]'], 3, true],
    ['within the look-back the real answer', ['b \\', 'c \\', 'd \\', '[X]'], 4, false],
  ] as const)('%s', (_case, above, lookBack, want) => expect(startsContinued(above, lookBack)).toBe(want));
  it.each(tricky.flatMap((line) => [[line, false], [line, true]] as const))('continuesAfter(%j, %s) agrees with tokenizeLine', (line, open) => {
    expect(continuesAfter(line, open)).toBe(tokenizeLine(line, open).continues);
  });
  it.each([
    [1, 'Unit'],
    [5, 'Unit'],
    [7, 'Service'],
    [10, 'Service'],
  ])('line %i is in [%s]', (n, s) => expect(sectionAt(up(n))).toBe(s));
  it('is empty before any section', () => expect(sectionAt(['A=1'])).toBe(''));
  it('continues() ignores trailing whitespace', () => expect(continues('A=\\  ')).toBe(true));
  // The character scans must see whitespace exactly as String.prototype.trim does.
  it.each(['A=\\\u00a0', 'A=\\\u2003\t', 'A=\\\ufeff', '\u3000A=\\', 'A=\\\\\u00a0', '\u00a0', '\u2028# c \\', '\u00a0; c', 'x\u00a0=\\'])('whitespace as trim() sees it: %j', (line) => {
    expect(continues(line)).toBe(/\\+$/.exec(line.trimEnd())?.[0].length === undefined ? false : /\\+$/.exec(line.trimEnd())![0].length % 2 === 1);
    expect(isComment(line)).toBe(line.trimStart().startsWith('#') || line.trimStart().startsWith(';'));
    expect(continuesAfter(line, false)).toBe(tokenizeLine(line, false).continues);
  });
});
