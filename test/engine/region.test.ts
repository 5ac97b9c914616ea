/**
 * The one place a report row points at (`decidingSpan()`), and spans as editor regions
 * (`regionOf()`): the last deciding assignment, else the `[Service]` header, else line 1; lines
 * counted as editors and SARIF count them, columns in UTF-16 code units.
 */
import { describe, expect, it } from 'vitest';
import { analyze, decidingSpan, regionOf, type UnitFile } from '../../src/engine/index.ts';

/** `file:line` and the text of the span `decidingSpan()` gives for row `id` of the analysed files. */
function deciding(files: UnitFile[], id: string): string {
  const report = analyze(files, { version: '262', unit: 'x.service' });
  if (!report.ok) throw new Error('refused');
  const row = report.rows.find((r) => r.id === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  const span = decidingSpan(row, files, 'x.service');
  const text = files.find((f) => f.path === span.file)?.text ?? '';
  return `${span.file}:${span.line} ${text.slice(span.start, span.end)}`;
}

describe('decidingSpan', () => {
  it.each<[string, UnitFile[], string, string]>([
    // the only assignment
    ['set once', [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=no\n' }], 'PrivateTmp', 'x.service:3 PrivateTmp=no'],
    // a later line overrides an earlier one: the later one decides
    ['set twice', [{ path: 'x.service', text: '[Service]\nPrivateTmp=yes\nExecStart=/bin/true\nPrivateTmp=no\n' }], 'PrivateTmp', 'x.service:4 PrivateTmp=no'],
    // a drop-in is applied after the unit file
    ['overridden by a drop-in', [
      { path: 'x.service', text: '[Service]\nExecStart=/bin/true\nProtectSystem=strict\n' },
      { path: 'x.service.d/10-a.conf', text: '# loosen\n[Service]\nProtectSystem=no\n' },
    ], 'ProtectSystem', 'x.service.d/10-a.conf:3 ProtectSystem=no'],
    // not set at all: the [Service] header, where it would be added
    ['absent', [{ path: 'x.service', text: '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n' }], 'PrivateTmp', 'x.service:4 [Service]'],
    // a commented-out header is no header; the indented real one is found, its whole line as for an assignment
    ['absent, commented header first', [{ path: 'x.service', text: '#[Service]\n  [Service]\nExecStart=/bin/true\n' }], 'PrivateTmp', 'x.service:2   [Service]'],
    // no [Service] in the unit file (only in a drop-in): its first line
    ['absent, no [Service] header', [
      { path: 'x.service', text: '[Unit]\nDescription=x\n' },
      { path: 'x.service.d/a.conf', text: '[Service]\nExecStart=/bin/true\n' },
    ], 'PrivateTmp', 'x.service:1 [Unit]'],
  ])('%s', (_name, files, id, expected) => {
    expect(deciding(files, id)).toBe(expected);
  });

  it('gives line 1 of a unit file it is not given', () => {
    expect(decidingSpan({ spans: [] }, [], 'gone.service')).toEqual({ file: 'gone.service', line: 1, start: 0, end: 0 });
  });
});

describe('regionOf', () => {
  it.each<[string, string, number, number, [number, number, number, number]]>([
    // [name, text, start, end, [startLine, startColumn, endLine, endColumn]]
    ['first line', 'abc\ndef\n', 0, 3, [1, 1, 1, 4]],
    ['second line', 'abc\ndef\n', 4, 7, [2, 1, 2, 4]],
    ['indented', 'abc\n  def\n', 6, 9, [2, 3, 2, 6]],
    // a continued assignment: two physical lines
    ['continuation', '[Service]\nA=1 \\\n 2\n', 10, 18, [2, 1, 3, 3]],
    // CRLF is one break, a lone CR is one too (systemd's \n\r pair is two lines in an editor)
    ['CRLF', 'a\r\nb\r\nc', 6, 7, [3, 1, 3, 2]],
    ['lone CR', 'a\rb', 2, 3, [2, 1, 2, 2]],
    ['LF CR', 'a\n\rb', 3, 4, [3, 1, 3, 2]],
    // columns in UTF-16 code units: the emoji is two
    ['astral character', '\u{1F600}x=1', 2, 5, [1, 3, 1, 6]],
    // out of range: clamped
    ['past the end', 'ab', 5, 9, [1, 3, 1, 3]],
    ['end before start', 'abc', 2, 1, [1, 3, 1, 3]],
  ])('%s', (_name, text, start, end, [startLine, startColumn, endLine, endColumn]) => {
    expect(regionOf(text, start, end)).toEqual({ startLine, startColumn, endLine, endColumn });
  });

  it('answers for each text, not the one asked before', () => {
    expect(regionOf('a\nb\nc', 4, 5).startLine).toBe(3);
    expect(regionOf('abcd', 4, 4).startLine).toBe(1);
    expect(regionOf('a\nb\nc', 4, 5).startLine).toBe(3);
  });
});
