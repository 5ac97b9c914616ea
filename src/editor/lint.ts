/**
 * The engine's diagnostics in the editor, shown by @codemirror/lint: underlines, a hover with the
 * message, the lint panel (Ctrl-Shift-M), F8 to the next one, and "did you mean" fixes as
 * diagnostic actions (buttons in the hover and the panel, an access key in the panel). The engine
 * has already run when a report is shown, so diagnostics are pushed with `setDiagnostics` and no
 * lint source re-analyses anything. What is this module's own is what no library can know: where
 * a loader message belongs in the file, which key was meant, and which messages are the manager's
 * journal (live mode) rather than the analyzer's stderr.
 */
import { forEachDiagnostic, linter, setDiagnostics, type Action, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { EditorState, Extension, TransactionSpec } from '@codemirror/state';
import { ViewPlugin, type Command, type EditorView } from '@codemirror/view';
import type { Diagnostic } from '../state/engine.ts';
import type { Catalogue } from './completion.ts';
import { didYouMean } from './did-you-mean.ts';

/** A fix: replace `[from, to)` (document offsets when the diagnostic was made) with `insert`. */
export interface Fix {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** One engine diagnostic placed in the open document, as @codemirror/lint shows it. */
export interface EditorDiagnostic extends LintDiagnostic {
  readonly severity: 'warning' | 'error';
  /** The engine's message code (e.g. `unknown-key`). */
  readonly code: string;
  /** True for what the manager logs to its journal (live mode), rather than what the analyzer prints. */
  readonly journal?: boolean;
  /** The "did you mean" fix, also offered as the diagnostic's one action. */
  readonly fix?: Fix;
}

/** What the conversion needs: the wording function and the catalogue for suggestions. */
export interface LintContext {
  message(d: Diagnostic): string;
  catalogue: Catalogue;
}

/** Shown under a journal diagnostic, in the hover and the panel. */
export const JOURNAL_SOURCE = 'journal (live): a running manager logs this while loading the unit; systemd-analyze itself prints nothing';

/**
 * The action applying `fix`, which replaced `replaced`: at apply time the diagnostic may have
 * moved with edits, so the text is looked up again inside its current range, and the action does
 * nothing once that text is gone.
 */
function fixAction(fix: Fix, replaced: string): Action {
  return {
    name: fix.label,
    apply(view: EditorView, from: number, to: number) {
      const at = view.state.sliceDoc(from, to).indexOf(replaced);
      if (at < 0) return;
      view.dispatch({ changes: { from: from + at, to: from + at + replaced.length, insert: fix.insert }, userEvent: 'input.fix' });
    },
  };
}

/**
 * The editor diagnostics for the file `path` out of all of the engine's diagnostics. Spans are
 * clamped to the document; diagnostics without a span or for other files are skipped (the report
 * panel shows those). A diagnostic with a `key` argument that the section does not know, but that
 * is close to a known key, gets "Did you mean X=?" and a fix (as its action). With `journal`
 * (default false) every result is marked as the manager's journal ({@link EditorDiagnostic.journal}):
 * a dotted underline and {@link JOURNAL_SOURCE} as its source.
 */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], path: string, doc: { length: number; sliceString(from: number, to: number): string }, ctx: LintContext, journal = false): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  for (const d of diagnostics) {
    if (d.span === undefined || d.span.file !== path) continue;
    const from = Math.min(d.span.start, doc.length);
    const to = Math.max(from, Math.min(d.span.end, doc.length));
    let message = ctx.message(d);
    let fix: Fix | undefined;
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
    out.push({
      from, to, severity: d.severity, message, code: d.code,
      ...(journal ? { journal, source: JOURNAL_SOURCE, markClass: 'cm-lint-journal' } : {}),
      ...(fix !== undefined && key !== undefined ? { fix, actions: [fixAction(fix, key)] } : {}),
    });
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

/** The transaction that shows `diagnostics` instead of the current ones. */
export function showDiagnostics(state: EditorState, diagnostics: readonly EditorDiagnostic[]): TransactionSpec {
  return setDiagnostics(state, diagnostics);
}

/**
 * The diagnostics shown in `state`, at their current positions (they move with edits), in
 * document order; [] before any were pushed.
 */
export function shownDiagnostics(state: EditorState): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  forEachDiagnostic(state, (d, from, to) => out.push({ ...(d as EditorDiagnostic), from, to }));
  return out;
}

/**
 * Applies the first action (the "did you mean" fix) of the diagnostic at the cursor; false when
 * none there has one. After F8 the cursor is on the diagnostic F8 went to.
 */
export const applyFixAtCursor: Command = (view) => {
  const head = view.state.selection.main.head;
  const fixes: { action: Action; from: number; to: number }[] = [];
  forEachDiagnostic(view.state, (d, from, to) => {
    const action = d.actions?.[0];
    if (action !== undefined && from <= head && head <= to) fixes.push({ action, from, to });
  });
  const first = fixes[0];
  if (first === undefined) return false;
  first.action.apply(view, first.from, first.to);
  return true;
};

/**
 * Makes the lint panel's action buttons plain text with the same click handlers. The panel is an
 * ARIA listbox whose options hold the actions as buttons, and an option's content is
 * presentational: a focusable button inside it is hidden from screen readers and makes the panel
 * fail WCAG's nested-interactive rule (axe). In the panel the actions are reached by their access
 * keys (the underlined letter), which stay, and the option says which key applies which action;
 * the hover's buttons (outside any option) are untouched.
 */
export function unnestPanelActions(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.cm-panel-lint [role="option"] button.cm-diagnosticAction')) {
    const label = document.createElement('span');
    label.className = button.className;
    label.onclick = button.onclick;
    label.onmousedown = button.onmousedown;
    label.append(...button.childNodes);
    const key = label.querySelector('u')?.textContent;
    if (key) label.append(Object.assign(document.createElement('span'), { className: 'cm-visuallyHidden', textContent: ` (key ${key.toUpperCase()})` }));
    button.replaceWith(label);
  }
}

/** Applies {@link unnestPanelActions} after each editor update while a lint panel is open. */
const panelActions = ViewPlugin.define((view) => {
  const panels = view.dom.getElementsByClassName('cm-panel-lint');
  // After the update: the panel renders its items during it, possibly after this plugin.
  const fix = (): void => queueMicrotask(() => {
    if (panels.length > 0) unnestPanelActions(view.dom);
  });
  return { update: fix };
});

/**
 * The lint display for diagnostics pushed with {@link showDiagnostics}: marks, hover, panel. It
 * configures @codemirror/lint without a lint source (nothing is linted in the editor).
 */
export function exposureLint(): Extension {
  return [linter(null), panelActions];
}
