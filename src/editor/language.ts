/**
 * Unit-file highlighting as a view plugin over the visible lines (see tokens.ts for the rules).
 * A plain plugin rather than a CodeMirror language keeps @codemirror/language and the Lezer
 * runtime (≈ 15 KB gz) out of the page; the page needs no syntax tree.
 */
import { RangeSetBuilder, type Extension, type Line } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import { linesUp } from './doc-lines.ts';
import { continuesAfter, startsContinued, tokenizeLine, type TokenKind } from './tokens.ts';

/**
 * Only this many characters of a line are coloured: a 1 MB line is ≈ 170,000 words, and as many
 * marks would cost CodeMirror far more to draw than the text itself. The rest stays plain.
 */
export const HIGHLIGHT_LINE_LIMIT = 10_000;

const marks = new Map<TokenKind, Decoration>();
function mark(kind: TokenKind): Decoration {
  let m = marks.get(kind);
  if (m === undefined) marks.set(kind, (m = Decoration.mark({ class: `tok-${kind}` })));
  return m;
}

function build(view: EditorView, startsOpen: (line: Line) => boolean): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const doc = view.state.doc;
  for (const { from, to } of view.visibleRanges) {
    const firstLine = doc.lineAt(from);
    let open = startsOpen(firstLine);
    for (let pos = firstLine.from; pos <= to; ) {
      const line = doc.lineAt(pos);
      const long = line.length > HIGHLIGHT_LINE_LIMIT;
      const result = tokenizeLine(long ? line.text.slice(0, HIGHLIGHT_LINE_LIMIT) : line.text, open);
      open = long ? continuesAfter(line.text, open) : result.continues;
      for (const t of result.tokens) if (t.to > t.from) builder.add(line.from + t.from, line.from + t.to, mark(t.kind));
      if (line.to >= doc.length) break;
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const highlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    /**
     * Where a line started continued or not, kept while nothing at or above it changes: typing at
     * the end of a 1 MB continued line then never walks up through its 110,000 lines again.
     */
    private known: { at: number; open: boolean } | null = null;

    constructor(view: EditorView) {
      this.decorations = build(view, (line) => this.startsOpen(view, line));
    }

    private startsOpen(view: EditorView, line: Line): boolean {
      if (this.known?.at === line.from) return this.known.open;
      const open = startsContinued(linesUp(view.state.doc, line.number - 1));
      this.known = { at: line.from, open };
      return open;
    }

    update(u: ViewUpdate): void {
      if (u.docChanged && this.known !== null) this.known = u.changes.touchesRange(0, this.known.at) ? null : { at: u.changes.mapPos(this.known.at), open: this.known.open };
      if (u.docChanged || u.viewportChanged) this.decorations = build(u.view, (line) => this.startsOpen(u.view, line));
    }
  },
  { decorations: (v) => v.decorations },
);

/** Highlighting for unit files: sections, keys, values, literals, specifiers, continuations, comments. */
export function unitLanguage(): Extension {
  return highlighter;
}
