/**
 * The terminal formatter's own pieces: the port of `table_print()` must print exactly what the
 * plain formatter prints when the terminal is a file (the plain one is proven byte for byte on the
 * whole golden corpus), the width sharing and the ellipsis as systemd computes them, and a few
 * styled lines whose bytes were read off the oracles (test/fixtures/terminal/ has them all; see
 * test/terminal-golden.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { ellipsize } from '../../../src/engine/format/ellipsize.ts';
import { UTF8_GLYPHS } from '../../../src/engine/format/glyphs.ts';
import { formatOverview } from '../../../src/engine/format/overview.ts';
import { formatStyledText } from '../../../src/engine/format/styled.ts';
import { columnWidths } from '../../../src/engine/format/table-print.ts';
import { PLAIN_TERMINAL, type Terminal } from '../../../src/engine/format/terminal.ts';
import { formatText } from '../../../src/engine/format/text.ts';
import type { Report, SystemdVersion } from '../../../src/engine/types.ts';
import { VERSIONS, modesOf } from '../../../src/engine/versions/list.ts';
import { readCorpusUnits, unitName } from '../../../scripts/lib/corpus.ts';
import { readFixture, reportFrom } from './support.ts';

const LINK = { fileUrl: 'file://host/tmp/x.service' };

describe('formatStyledText on a file or pipe is formatText', () => {
  // Every 7th corpus unit keeps this quick; each is run for every version and mode.
  const units = readCorpusUnits().filter((_, i) => i % 7 === 0);
  it.each(VERSIONS.flatMap((v) => modesOf(v.id).map((mode) => [v.id, mode] as const)))('%s %s', (version, mode) => {
    let compared = 0;
    for (const u of units) {
      const a = analyze(u.files, { version, mode, unit: unitName(u.unit) });
      if (!a.ok) continue;
      expect(formatStyledText(a, UTF8_GLYPHS, PLAIN_TERMINAL, LINK), u.unit).toBe(formatText(a, UTF8_GLYPHS));
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  // Descriptions from a policy, with line breaks and TABs (the table's continuation lines).
  const policies = readFixture<{ version: SystemdVersion; policy: object; text: string; json: string }[]>('policy.json.gz');
  it.each(policies.map((c) => [c.version, Object.keys(c.policy).join(' '), c] as const))('policy %s: %s', (version, _p, c) => {
    const report = reportFrom(version, c.json, c.text);
    expect(formatStyledText(report, UTF8_GLYPHS, PLAIN_TERMINAL, LINK)).toBe(c.text);
  });
});

describe('columnWidths', () => {
  it.each([
    // [requested, minimum, maximum, available, widths]: measured on 252 at a 60-column terminal.
    ['fits: every column gets its wish', [1, 58, 78, 8], [1, 1, 1, 1], [1, null, null, null], null, [1, 58, 78, 8]],
    ['60 columns: mark and exposure first, the rest shared', [1, 58, 78, 8], [1, 1, 1, 1], [1, null, null, null], 60, [1, 24, 24, 8]],
    ['wider than needed: nothing grows', [1, 20, 30, 8], [1, 1, 1, 1], [1, null, null, null], 200, [1, 20, 30, 8]],
    ['narrower than the minimum: the minimum', [1, 58, 78, 8], [1, 1, 1, 1], [1, null, null, null], 5, [1, 1, 1, 1]],
    ['odd space left over goes to no one', [1, 58, 78, 8], [1, 1, 1, 1], [1, null, null, null], 61, [1, 24, 25, 8]],
  ] as const)('%s', (_what, requested, minimum, maximum, available, widths) => {
    expect(columnWidths(requested, minimum, maximum, [400, 400, 400, 400], available)).toEqual(widths);
  });
});

describe('ellipsize', () => {
  const v252 = { utf8: true, makesRoomAlways: true };
  const v262 = { utf8: true, makesRoomAlways: false };
  const ascii = { utf8: false, makesRoomAlways: false };
  it.each([
    ['fits', 'RemoveIPC=', 10, 100, v262, 'RemoveIPC='],
    ['at the end', 'Service user may leave SysV IPC objects around', 24, 100, v262, 'Service user may leave \u2026'],
    ['ASCII locale: three dots', 'Service user may leave SysV IPC objects around', 24, 100, ascii, 'Service user may leav...'],
    ['one cell: the ellipsis', 'abc', 1, 100, v262, '\u2026'],
    ['one cell, ASCII locale', 'abc', 1, 100, ascii, '.'],
    ['two cells, ASCII locale', 'abc', 2, 100, ascii, '..'],
    ['at the start', 'abcdefghij', 5, 0, v262, '\u2026ghij'],
    // Traced through string-util.c's two variants by hand: a wide character that would overflow
    // leaves a cell free, which 252 still "makes room" in by giving back one more character.
    ['wide characters, 252: one character given back', '/dev/\u65e5\u672c\u8a9e', 8, 100, v252, '/dev/\u2026'],
    ['wide characters, 254+: none given back when a cell is free', '/dev/\u65e5\u672c\u8a9e', 8, 100, v262, '/dev/\u65e5\u2026'],
    ['the end kept when it fits, both variants', 'ab\u65e5\u672c\u8a9e', 4, 100, v252, 'ab\u2026'],
    ['five cells, 252', 'ab\u65e5\u672c\u8a9e', 5, 100, v252, 'ab\u2026'],
    ['five cells, 254+', 'ab\u65e5\u672c\u8a9e', 5, 100, v262, 'ab\u65e5\u2026'],
  ] as const)('%s', (_what, s, width, percent, rules, out) => {
    expect(ellipsize(s, width, percent, rules)).toBe(out);
  });
});

describe('formatOverview (plain) pads the last column only in 245', () => {
  const units = readCorpusUnits().slice(0, 3);
  const reports = (version: SystemdVersion): Report[] => units.map((u) => analyze(u.files, { version, mode: 'live', unit: unitName(u.unit) })).filter((a): a is Report => a.ok);
  it.each([['245', true], ['247', false], ['262', false]] as const)('%s', (version, padded) => {
    const lines = formatOverview(reports(version), UTF8_GLYPHS, 'off', version).split('\n').slice(1, -1);
    expect(lines.some((l) => l.endsWith(' '))).toBe(padded);
  });
});

describe('formatStyledText at a terminal', () => {
  const unit = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n' }];
  const report = (version: SystemdVersion): Report => {
    const a = analyze(unit, { version, mode: 'offline', unit: 'x.service' });
    if (!a.ok) throw new Error('not analysed');
    return a;
  };
  const tty: Terminal = { colors: '256', underline: true, urlify: true, width: 60, utf8: true, logLineEnd: '\r\n' };
  it.each([
    ['252', '\x1b[0m\x1b[0;4m \x1b[0m\x1b[0m\x1b[0;4m NAME'],
    ['255', '\x1b[0;4m \x1b[0m\x1b[0;4m \x1b[0m\x1b[0;4mNAME'],
    ['257', '\x1b[4m \x1b[0m\x1b[4m \x1b[0m\x1b[4mNAME'],
  ] as const)('%s underlines the header its way', (version, start) => {
    expect(formatStyledText(report(version), UTF8_GLYPHS, tty, LINK).startsWith(start)).toBe(true);
  });
  it('fits every line to the width, links each NAME and ends with the linked, coloured summary', () => {
    const out = formatStyledText(report('252'), UTF8_GLYPHS, tty, LINK);
    // eslint-disable-next-line no-control-regex
    const visible = (line: string): string => line.replace(/\x1b\]8;;[^\x07]*\x07/g, '').replace(/\x1b\[[0-9;:]*m/g, '');
    const lines = out.split('\n');
    const table = lines.slice(0, lines.indexOf(''));
    expect(table.every((l) => [...visible(l)].length === 60)).toBe(true);
    expect(table[1]).toContain('\x1b]8;;https://www.freedesktop.org/software/systemd/man/systemd.exec.html#');
    expect(lines.at(-2)).toBe(`\u2192 \x1b[0;1;39mOverall exposure level for \x1b]8;;${LINK.fileUrl}\x07x.service\x1b]8;;\x07\x1b[0m: \x1b[0;1;31m${report('252').exposure / 10} UNSAFE\x1b[0m \u{1F628}`);
  });
});
