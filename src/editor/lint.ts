/**
 * Lint from the engine's diagnostics: the loader's own wording, underlined on the span it names,
 * with a "did you mean" fix for unknown keys. In live mode the loader's warnings are the manager's
 * journal, not the analyzer's stderr; they are shown too, marked as such (dotted, "journal"). The engine has already run (the report is live), so
 * this only converts and pushes; nothing is re-analysed. A small field of its own instead of
 * @codemirror/lint (≈ 12 KB gz): underline, line marker and a hover with the message and fix.
 */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, hoverTooltip, type DecorationSet } from '@codemirror/view';
import type { Diagnostic } from '../state/engine.ts';
import type { Catalogue } from './completion.ts';
import { didYouMean } from './did-you-mean.ts';

/** One diagnostic placed in the open document. `fix` replaces `[fix.from, fix.to)` with `fix.insert`. */
export interface EditorDiagnostic {
  readonly from: number;
  readonly to: number;
  readonly severity: 'warning' | 'error';
  readonly message: string;
  readonly code: string;
  /** True for what the manager logs to its journal (live mode), rather than what the analyzer prints. */
  readonly journal?: boolean;
  readonly fix?: { readonly label: string; readonly from: number; readonly to: number; readonly insert: string };
}

/** What the conversion needs: the wording function and the catalogue for suggestions. */
export interface LintContext {
  message(d: Diagnostic): string;
  catalogue: Catalogue;
}

/**
 * The editor diagnostics for the file `path` out of all of the engine's diagnostics. Spans are
 * clamped to the document; diagnostics without a span or for other files are skipped (the report
 * panel shows those). A diagnostic with a `key` argument that the section does not know, but that
 * is close to a known key, gets "Did you mean X=?" and a fix. With `journal` (default false) every
 * result is marked as the manager's journal ({@link EditorDiagnostic.journal}).
 */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], path: string, doc: { length: number; sliceString(from: number, to: number): string }, ctx: LintContext, journal = false): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  for (const d of diagnostics) {
    if (d.span === undefined || d.span.file !== path) continue;
    const from = Math.min(d.span.start, doc.length);
    const to = Math.max(from, Math.min(d.span.end, doc.length));
    let message = ctx.message(d);
    let fix: EditorDiagnostic['fix'];
    const key = d.args['key'];
    const known = d.args['section'] !== undefined ? ctx.catalogue.get(d.args['section']) : undefined;
    if (key !== undefined && known !== undefined && !known.has(key)) {
      const better = didYouMean(key, known.keys());
      const at = doc.sliceString(from, to).indexOf(key);
      if (better !== null) {
        message += ` Did you mean ${better}=?`;
        if (at >= 0) fix = { label: `Use ${better}`, from: from + at, to: from + at + key.length, insert: better };
      }
    }
    const base = journal ? { from, to, severity: d.severity, message, code: d.code, journal } : { from, to, severity: d.severity, message, code: d.code };
    out.push(fix === undefined ? base : { ...base, fix });
  }
  return out;
}

/**
 * Everything the editor marks for one analysis: the analyzer's own diagnostics (stderr), then, live,
 * the manager's journal ({@link toEditorDiagnostics} with `journal`). Offline the journal is empty.
 */
export function analysisDiagnostics(analysis: { readonly diagnostics: readonly Diagnostic[]; readonly managerLog: readonly Diagnostic[] }, path: string, doc: { length: number; sliceString(from: number, to: number): string }, ctx: LintContext): EditorDiagnostic[] {
  const stderr = toEditorDiagnostics(analysis.diagnostics, path, doc, ctx);
  return analysis.managerLog.length === 0 ? stderr : [...stderr, ...toEditorDiagnostics(analysis.managerLog, path, doc, ctx, true)];
}

/** Replaces the editor's diagnostics. */
export const setEditorDiagnostics = StateEffect.define<readonly EditorDiagnostic[]>();

interface LintState {
  readonly list: readonly EditorDiagnostic[];
  readonly decorations: DecorationSet;
}

function decorate(list: readonly EditorDiagnostic[], docLength: number): DecorationSet {
  const ranges = list.flatMap((d) => {
    const to = Math.min(Math.max(d.to, d.from + 1), docLength);
    const from = Math.min(d.from, to);
    return from < to ? [Decoration.mark({ class: `cm-lint cm-lint-${d.severity}${d.journal === true ? ' cm-lint-journal' : ''}`, attributes: { 'aria-invalid': 'true' } }).range(from, to)] : [];
  });
  return Decoration.set(ranges, true);
}

const lintField = StateField.define<LintState>({
  create: () => ({ list: [], decorations: Decoration.none }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setEditorDiagnostics)) return { list: e.value, decorations: decorate(e.value, tr.state.doc.length) };
    if (!tr.docChanged) return value;
    const list = value.list.map((d) => ({ ...d, from: tr.changes.mapPos(d.from), to: tr.changes.mapPos(d.to, 1) }));
    return { list, decorations: value.decorations.map(tr.changes) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
});

/** The diagnostics currently shown (for tests and the page's status line). */
export function shownDiagnostics(state: { field<T>(f: StateField<T>): T }): readonly EditorDiagnostic[] {
  return state.field(lintField).list;
}

const lintHover = hoverTooltip((view, pos) => {
  const hits = view.state.field(lintField).list.filter((d) => pos >= d.from && pos <= Math.max(d.to, d.from + 1));
  if (hits.length === 0) return null;
  return {
    pos: Math.min(...hits.map((d) => d.from)),
    end: Math.max(...hits.map((d) => d.to)),
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-lint-hover';
      for (const d of hits) {
        const p = dom.appendChild(document.createElement('p'));
        p.className = `cm-lint-message-${d.severity}`;
        if (d.journal === true) {
          const source = p.appendChild(document.createElement('span'));
          source.className = 'cm-lint-source';
          source.textContent = 'journal (live):';
          source.title = "A running manager logs this to its journal while loading the unit; systemd-analyze itself prints nothing";
        }
        p.append(d.message);
        if (d.fix !== undefined) {
          const fix = d.fix;
          const b = p.appendChild(document.createElement('button'));
          b.type = 'button';
          b.textContent = fix.label;
          b.addEventListener('click', () => view.dispatch({ changes: { from: fix.from, to: fix.to, insert: fix.insert } }));
        }
      }
      return { dom };
    },
  };
});

/** Lint display: underlines, hover messages and fixes for diagnostics pushed with {@link setEditorDiagnostics}. */
export function exposureLint(): Extension {
  return [lintField, lintHover];
}
