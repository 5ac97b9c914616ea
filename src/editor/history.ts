/**
 * Undo/redo for the editor. @codemirror/commands' history would drag @codemirror/language into the
 * page (≈ 8 KB gz measured); unit files need only linear undo with typing grouped into bursts.
 * Every document change is recorded (edits, applied fixes, loaded examples), so undo always
 * inverts exactly the newest change.
 */
import { Annotation, ChangeSet, EditorSelection, StateField, type EditorState, type Extension, type Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

interface Entry {
  /** Turns the document after the change back into the one before it. */
  readonly inverse: ChangeSet;
  readonly selection: EditorSelection;
  readonly time: number;
  readonly type: string;
}

interface History {
  readonly done: readonly Entry[];
  readonly undone: readonly Entry[];
}

/** Typing bursts closer than this (ms) undo together. */
const GROUP_MS = 500;
const MAX = 200;
const fromHistory = Annotation.define<'undo' | 'redo'>();

function kind(tr: Transaction): string {
  return tr.isUserEvent('input.type') ? 'type' : tr.isUserEvent('delete') ? 'delete' : 'other';
}

const historyField = StateField.define<History>({
  create: () => ({ done: [], undone: [] }),
  update(h, tr) {
    if (!tr.docChanged) return h;
    const how = tr.annotation(fromHistory);
    const entry: Entry = { inverse: tr.changes.invert(tr.startState.doc), selection: tr.startState.selection, time: Date.now(), type: kind(tr) };
    if (how === 'undo') return { done: h.done.slice(0, -1), undone: [...h.undone, entry] };
    if (how === 'redo') return { done: [...h.done, entry], undone: h.undone.slice(0, -1) };
    const last = h.done[h.done.length - 1];
    if (last !== undefined && entry.type !== 'other' && last.type === entry.type && entry.time - last.time < GROUP_MS) {
      // Merge: undoing the burst = undo this change, then the earlier ones.
      const merged: Entry = { inverse: entry.inverse.compose(last.inverse), selection: last.selection, time: entry.time, type: entry.type };
      return { done: [...h.done.slice(0, -1), merged], undone: [] };
    }
    return { done: [...h.done, entry].slice(-MAX), undone: [] };
  },
});

function step(view: EditorView, how: 'undo' | 'redo'): boolean {
  const h = view.state.field(historyField);
  const stack = how === 'undo' ? h.done : h.undone;
  const entry = stack[stack.length - 1];
  if (entry === undefined) return false;
  view.dispatch({ changes: entry.inverse, selection: entry.selection, annotations: fromHistory.of(how), scrollIntoView: true, userEvent: how });
  return true;
}

/** Undo the newest change; false when there is nothing to undo. */
export const undo = (view: EditorView): boolean => step(view, 'undo');
/** Redo the newest undone change; false when there is nothing to redo. */
export const redo = (view: EditorView): boolean => step(view, 'redo');

/** How many steps can be undone and redone (for tests). */
export function historyDepth(state: EditorState): { undo: number; redo: number } {
  const h = state.field(historyField);
  return { undo: h.done.length, redo: h.undone.length };
}

/** Linear undo history with Mod-z, Mod-y and Mod-Shift-z, plus a plain Enter that inserts a newline. */
export function unitHistory(): Extension {
  return [
    historyField,
    keymap.of([
      { key: 'Mod-z', run: undo, preventDefault: true },
      { key: 'Mod-y', run: redo, preventDefault: true },
      { key: 'Mod-Shift-z', run: redo, preventDefault: true },
      { key: 'Enter', run: (v) => (v.dispatch(v.state.replaceSelection('\n'), { scrollIntoView: true, userEvent: 'input' }), true) },
    ]),
    EditorView.domEventHandlers({
      beforeinput: (e, view) => (e.inputType === 'historyUndo' ? undo(view) : e.inputType === 'historyRedo' ? redo(view) : false),
    }),
  ];
}
