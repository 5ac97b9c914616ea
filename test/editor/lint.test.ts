/**
 * Lint: the engine's diagnostics placed in the document, "did you mean" fixes as @codemirror/lint
 * actions that apply them, the quick-fix command, and the manager's journal marked in live mode.
 */
import { EditorState, Text, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { analysisDiagnostics, applyFixAtCursor, exposureLint, JOURNAL_SOURCE, showDiagnostics, shownDiagnostics, toEditorDiagnostics } from '../../src/editor/lint.ts';
import { analyze, diagnosticMessage, directiveCatalogue, type Diagnostic } from '../../src/engine/index.ts';

const text = '[Service]\nPrivateTpm=yes\nExecStart=/x\n';
const doc = Text.of(text.split('\n'));
const ctx = { message: (d: Diagnostic) => `msg ${d.code}`, catalogue: directiveCatalogue('262') };
const span = (start: number, end: number, file = 'a.service') => ({ file, line: 2, start, end });
const unknownKey: Diagnostic = { code: 'unknown-key', severity: 'warning', span: span(10, 24), args: { key: 'PrivateTpm', section: 'Service' } };

/** The part of EditorView that lint actions and commands use: state and dispatch. */
function fakeView(docText: string, cursor = 0) {
  const view = {
    state: EditorState.create({ doc: docText, selection: { anchor: cursor }, extensions: exposureLint() }),
    dispatch(spec: TransactionSpec) {
      view.state = view.state.update(spec).state;
    },
  };
  return view;
}

describe('toEditorDiagnostics', () => {
  it('places a diagnostic on its span, with a did-you-mean fix for a close key', () => {
    const [d] = toEditorDiagnostics([unknownKey], 'a.service', doc, ctx);
    expect(d).toMatchObject({ from: 10, to: 24, severity: 'warning', code: 'unknown-key', message: 'msg unknown-key Did you mean PrivateTmp=?', fix: { label: 'Use PrivateTmp', from: 10, to: 20, insert: 'PrivateTmp' } });
    expect(d!.actions!.map((a) => a.name)).toEqual(['Use PrivateTmp']);
  });
  it.each([
    ['another file', { code: 'x', severity: 'warning', span: span(0, 3, 'b.conf'), args: {} }],
    ['no span', { code: 'x', severity: 'error', args: {} }],
  ] as const)('skips diagnostics for %s', (_what, d) => {
    expect(toEditorDiagnostics([d as Diagnostic], 'a.service', doc, ctx)).toEqual([]);
  });
  it('clamps spans past the end of the document', () => {
    const d: Diagnostic = { code: 'x', severity: 'error', span: span(30, 999), args: {} };
    const [got] = toEditorDiagnostics([d], 'a.service', doc, ctx);
    expect([got!.from, got!.to]).toEqual([30, doc.length]);
  });
  it('adds no suggestion and no action for a known key or a far-off one', () => {
    const known: Diagnostic = { code: 'bad-value', severity: 'warning', span: span(10, 24), args: { key: 'PrivateTmp', section: 'Service' } };
    const far: Diagnostic = { code: 'unknown-key', severity: 'warning', span: span(10, 24), args: { key: 'Zzzzzzzz', section: 'Service' } };
    const got = toEditorDiagnostics([known, far], 'a.service', doc, ctx);
    expect(got.map((d) => d.message)).toEqual(['msg bad-value', 'msg unknown-key']);
    expect(got.map((d) => d.actions)).toEqual([undefined, undefined]);
  });
});

describe('the fix as a lint action', () => {
  it('applies through the shown diagnostic\'s action, also after edits moved it', () => {
    const view = fakeView(text);
    view.dispatch(showDiagnostics(view.state, toEditorDiagnostics([unknownKey], 'a.service', view.state.doc, ctx)));
    view.dispatch({ changes: { from: 0, insert: '# moved\n' } });
    const [shown] = shownDiagnostics(view.state);
    expect([shown!.from, shown!.to]).toEqual([18, 32]);
    shown!.actions![0]!.apply(view as unknown as EditorView, shown!.from, shown!.to);
    expect(view.state.doc.line(3).text).toBe('PrivateTmp=yes');
  });
  it('does nothing once the mistyped key is gone', () => {
    const view = fakeView(text);
    view.dispatch(showDiagnostics(view.state, toEditorDiagnostics([unknownKey], 'a.service', view.state.doc, ctx)));
    view.dispatch({ changes: { from: 10, to: 20, insert: 'Other' } });
    const [shown] = shownDiagnostics(view.state);
    shown!.actions![0]!.apply(view as unknown as EditorView, shown!.from, shown!.to);
    expect(view.state.doc.line(2).text).toBe('Other=yes');
  });
  it('Ctrl-. (applyFixAtCursor) applies the fix of the diagnostic at the cursor, and only there', () => {
    const away = fakeView(text, 30);
    away.dispatch(showDiagnostics(away.state, toEditorDiagnostics([unknownKey], 'a.service', away.state.doc, ctx)));
    expect(applyFixAtCursor(away as unknown as EditorView)).toBe(false);
    const on = fakeView(text, 14);
    on.dispatch(showDiagnostics(on.state, toEditorDiagnostics([unknownKey], 'a.service', on.state.doc, ctx)));
    expect(applyFixAtCursor(on as unknown as EditorView)).toBe(true);
    expect(on.state.doc.line(2).text).toBe('PrivateTmp=yes');
  });
});

describe('analysisDiagnostics (live: the manager journal too)', () => {
  const unit = '[Service]\nExecStart=/x\nPrivateTpm=yes\n';
  const files = [{ path: 'a.service', text: unit }];
  const unitDoc = Text.of(unit.split('\n'));
  const realCtx = { message: diagnosticMessage, catalogue: directiveCatalogue('262') };
  it('offline: the loader warnings are the analyzer\'s stderr, not marked as journal', () => {
    const shown = analysisDiagnostics(analyze(files, { version: '262', mode: 'offline' }), 'a.service', unitDoc, realCtx);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((d) => d.journal === undefined && d.source === undefined)).toBe(true);
    expect(shown.some((d) => d.actions?.[0]?.name === 'Use PrivateTmp')).toBe(true);
  });
  it('live: the same warnings come from the manager log, marked as journal (source, dotted mark), on the same spans', () => {
    const offline = analysisDiagnostics(analyze(files, { version: '262', mode: 'offline' }), 'a.service', unitDoc, realCtx);
    const liveAnalysis = analyze(files, { version: '262', mode: 'live' });
    expect(liveAnalysis.managerLog.length).toBeGreaterThan(0);
    const live = analysisDiagnostics(liveAnalysis, 'a.service', unitDoc, realCtx).filter((d) => d.journal === true);
    expect(live.map((d) => [d.from, d.to, d.code])).toEqual(offline.map((d) => [d.from, d.to, d.code]));
    expect(live.every((d) => d.source === JOURNAL_SOURCE && d.markClass === 'cm-lint-journal')).toBe(true);
  });
});
