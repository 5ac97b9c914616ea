/**
 * The editor's key bindings (keymap.ts): toggle comment writes systemd's `#`, undo and redo work
 * through @codemirror/commands' history, search and lint have their keys, and Tab is not bound
 * (it must move the focus on).
 */
import { redo, toggleComment, undo } from '@codemirror/commands';
import { EditorState, type Transaction } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { unitKeymap } from '../../src/editor/keymap.ts';
import { unitLanguage } from '../../src/editor/language-support.ts';

/** A state with the editor's language and keys, and a dispatch that keeps the newest state. */
function editor(doc: string, cursor = 0) {
  const target = {
    state: EditorState.create({ doc, selection: { anchor: cursor }, extensions: [unitLanguage(), unitKeymap()] }),
    dispatch(tr: Transaction) {
      target.state = tr.state;
    },
  };
  return target;
}

/** Every key bound in `state`, as written in the bindings (`Mod-/`, `F8`, …). */
function boundKeys(state: EditorState): string[] {
  return state.facet(keymap).flat().flatMap((b) => (b.key === undefined ? [] : [b.key]));
}

describe('toggle comment', () => {
  it('comments a line with # and uncomments it again', () => {
    const e = editor('[Service]\nPrivateTmp=yes\n', 12);
    expect(toggleComment(e)).toBe(true);
    expect(e.state.doc.line(2).text).toBe('# PrivateTmp=yes');
    expect(toggleComment(e)).toBe(true);
    expect(e.state.doc.line(2).text).toBe('PrivateTmp=yes');
  });
  it('is bound to Mod-/ in the default keymap', () => {
    expect(boundKeys(editor('').state)).toContain('Mod-/');
  });
});

describe('history', () => {
  it('undoes and redoes an edit', () => {
    const e = editor('[Service]\n');
    e.dispatch(e.state.update({ changes: { from: 10, insert: 'PrivateTmp=yes' }, userEvent: 'input.type' }));
    expect(undo(e)).toBe(true);
    expect(e.state.doc.toString()).toBe('[Service]\n');
    expect(redo(e)).toBe(true);
    expect(e.state.doc.toString()).toBe('[Service]\nPrivateTmp=yes');
  });
});

describe('bindings', () => {
  const keys = boundKeys(editor('').state);
  it.each(['Mod-z', 'Mod-y', 'Mod-f', 'Mod-Alt-g', 'F8', 'Mod-Shift-m', 'Mod-.', 'Ctrl-Shift-['])('binds %s', (key) => {
    expect(keys).toContain(key);
  });
  it('leaves Tab unbound, so Tab moves the focus out of the editor', () => {
    expect(keys.filter((k) => /(^|-)Tab$/.test(k))).toEqual([]);
  });
});
