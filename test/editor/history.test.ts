import { EditorState, type TransactionSpec } from '@codemirror/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { historyDepth, redo, undo, unitHistory } from '../../src/editor/history.ts';

/** The part of EditorView that undo/redo use. */
function fakeView(doc: string) {
  const view = {
    state: EditorState.create({ doc, extensions: unitHistory() }),
    dispatch(spec: TransactionSpec) {
      view.state = view.state.update(spec).state;
    },
  };
  return view;
}

afterEach(() => vi.useRealTimers());

describe('unitHistory', () => {
  it('groups a typing burst and undoes/redoes it as one step', () => {
    vi.useFakeTimers();
    const v = fakeView('A=');
    for (const ch of 'yes') {
      v.dispatch({ changes: { from: v.state.doc.length, insert: ch }, userEvent: 'input.type' });
      vi.advanceTimersByTime(100);
    }
    expect(historyDepth(v.state)).toEqual({ undo: 1, redo: 0 });
    expect(undo(v as never)).toBe(true);
    expect(v.state.doc.toString()).toBe('A=');
    expect(redo(v as never)).toBe(true);
    expect(v.state.doc.toString()).toBe('A=yes');
  });
  it('keeps separate steps for pauses and for non-typing changes', () => {
    vi.useFakeTimers();
    const v = fakeView('');
    v.dispatch({ changes: { from: 0, insert: 'a' }, userEvent: 'input.type' });
    vi.advanceTimersByTime(1000);
    v.dispatch({ changes: { from: 1, insert: 'b' }, userEvent: 'input.type' });
    v.dispatch({ changes: { from: 2, insert: '\nX=1' } });
    expect(historyDepth(v.state).undo).toBe(3);
    undo(v as never);
    undo(v as never);
    expect(v.state.doc.toString()).toBe('a');
  });
  it('clears redo after a new change and reports empty stacks', () => {
    const v = fakeView('x');
    expect(undo(v as never)).toBe(false);
    v.dispatch({ changes: { from: 1, insert: 'y' } });
    undo(v as never);
    v.dispatch({ changes: { from: 1, insert: 'z' } });
    expect(redo(v as never)).toBe(false);
    expect(v.state.doc.toString()).toBe('xz');
  });
});
