import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { analysisDiagnostics, toEditorDiagnostics } from '../../src/editor/lint.ts';
import { analyze } from '../../src/engine/index.ts';
import { directiveCatalogue } from '../../src/engine/versions/index.ts';
import type { Diagnostic } from '../../src/engine/types.ts';

const text = '[Service]\nPrivateTpm=yes\nExecStart=/x\n';
const doc = Text.of(text.split('\n'));
const ctx = { message: (d: Diagnostic) => `msg ${d.code}`, catalogue: directiveCatalogue('262') };
const span = (start: number, end: number, file = 'a.service') => ({ file, line: 2, start, end });

describe('toEditorDiagnostics', () => {
  it('places a diagnostic on its span, with a did-you-mean fix for a close key', () => {
    const d: Diagnostic = { code: 'unknown-key', severity: 'warning', span: span(10, 24), args: { key: 'PrivateTpm', section: 'Service' } };
    expect(toEditorDiagnostics([d], 'a.service', doc, ctx)).toEqual([
      { from: 10, to: 24, severity: 'warning', code: 'unknown-key', message: 'msg unknown-key Did you mean PrivateTmp=?', fix: { label: 'Use PrivateTmp', from: 10, to: 20, insert: 'PrivateTmp' } },
    ]);
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
  it('adds no suggestion for a known key or a far-off one', () => {
    const known: Diagnostic = { code: 'bad-value', severity: 'warning', span: span(10, 24), args: { key: 'PrivateTmp', section: 'Service' } };
    const far: Diagnostic = { code: 'unknown-key', severity: 'warning', span: span(10, 24), args: { key: 'Zzzzzzzz', section: 'Service' } };
    expect(toEditorDiagnostics([known, far], 'a.service', doc, ctx).map((d) => d.message)).toEqual(['msg bad-value', 'msg unknown-key']);
  });
});

describe('analysisDiagnostics (live: the manager journal too)', () => {
  const unit = '[Service]\nExecStart=/x\nPrivateTpm=yes\n';
  const files = [{ path: 'a.service', text: unit }];
  const unitDoc = Text.of(unit.split('\n'));
  it('offline: the loader warnings are the analyzer\'s stderr, not marked as journal', () => {
    const offline = analyze(files, { version: '262', mode: 'offline' });
    const shown = analysisDiagnostics(offline, 'a.service', unitDoc, ctx);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((d) => d.journal === undefined)).toBe(true);
  });
  it('live: the same warnings come from the manager log, marked as journal, on the same spans', () => {
    const offline = analysisDiagnostics(analyze(files, { version: '262', mode: 'offline' }), 'a.service', unitDoc, ctx);
    const liveAnalysis = analyze(files, { version: '262', mode: 'live' });
    expect(liveAnalysis.managerLog.length).toBeGreaterThan(0);
    const live = analysisDiagnostics(liveAnalysis, 'a.service', unitDoc, ctx);
    expect(live.filter((d) => d.journal === true).map((d) => [d.from, d.to, d.code])).toEqual(offline.map((d) => [d.from, d.to, d.code]));
  });
});
