/** Sections: the section enclosing a line, and folding a section under its header. */
import { foldable } from '@codemirror/language';
import { EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { unitLanguage } from '../../src/editor/language-support.ts';
import { sectionAt, sectionHeader } from '../../src/editor/sections.ts';

const lines = ['# top', '[Unit]', 'Description=x', '', '[Service]', 'ExecStart=/x', 'PrivateTmp=yes', '', '', '[Install]', 'WantedBy=multi-user.target'];
const doc = Text.of(lines);

describe('sectionAt', () => {
  it.each([
    [1, ''],
    [2, 'Unit'],
    [4, 'Unit'],
    [5, 'Service'],
    [9, 'Service'],
    [11, 'Install'],
  ])('line %i is in [%s]', (n, s) => expect(sectionAt(doc, n)).toBe(s));
  it.each([
    ['[Service]', 'Service'],
    ['  [X-Custom]  ', 'X-Custom'],
    ['[Service] junk', null],
    ['Key=[x]', null],
    ['# [Service]', null],
  ])('sectionHeader(%j) = %j', (text, name) => expect(sectionHeader(text)).toBe(name));
});

describe('folding by section', () => {
  const state = EditorState.create({ doc: lines.join('\n'), extensions: unitLanguage() });
  /** The folded text for the header on line `n`, or null. */
  const folds = (n: number): string | null => {
    const line = state.doc.line(n);
    const range = foldable(state, line.from, line.to);
    return range === null ? null : state.sliceDoc(range.from, range.to);
  };
  it('folds a section from its header to its last non-blank line', () => {
    expect(folds(5)).toBe('\nExecStart=/x\nPrivateTmp=yes');
    expect(folds(2)).toBe('\nDescription=x');
    expect(folds(10)).toBe('\nWantedBy=multi-user.target');
  });
  it('folds nothing from a line that is no header', () => {
    expect(folds(6)).toBeNull();
    expect(folds(1)).toBeNull();
  });
  it('folds nothing from a header on the last line', () => {
    const last = EditorState.create({ doc: 'A=1\n[Service]', extensions: unitLanguage() });
    expect(foldable(last, 4, 13)).toBeNull();
  });
  it('folds nothing from an empty section', () => {
    const empty = EditorState.create({ doc: '[Unit]\n\n[Service]\nA=1', extensions: unitLanguage() });
    expect(foldable(empty, 0, 6)).toBeNull();
  });
});
