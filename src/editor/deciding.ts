/**
 * Highlights the lines that decided the open report row. The ranges follow edits until the next
 * {@link setDeciding} replaces them. A line decoration field of our own: which lines decided a row
 * is the engine's answer (the row's spans), nothing a CodeMirror package knows.
 */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Replace the highlighted ranges (offsets into the current document; [] clears). */
export const setDeciding = StateEffect.define<readonly { from: number; to: number }[]>();

const lineMark = Decoration.line({ class: 'cm-deciding' });

const decidingField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    let next = set.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setDeciding)) continue;
      const marks = [];
      const seen = new Set<number>();
      for (const r of e.value) {
        const from = Math.min(r.from, tr.state.doc.length);
        const to = Math.min(Math.max(r.to, from), tr.state.doc.length);
        for (let pos = from; ; ) {
          const line = tr.state.doc.lineAt(pos);
          if (!seen.has(line.from)) marks.push(lineMark.range(line.from));
          seen.add(line.from);
          if (line.to >= to || line.number === tr.state.doc.lines) break;
          pos = line.to + 1;
        }
      }
      next = Decoration.set(marks.sort((a, b) => a.from - b.from));
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The field that holds the deciding-line highlights. */
export function decidingLines(): Extension {
  return decidingField;
}
