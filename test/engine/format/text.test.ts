/**
 * The text table: exposure formatting, cell widths, and recorded outputs whose descriptions hold
 * wide, combining, control and TAB characters (scripts/record-format-fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { ASCII_GLYPHS, UTF8_GLYPHS } from '../../../src/engine/format/glyphs.ts';
import { formatExposure, formatText } from '../../../src/engine/format/text.ts';
import { cellWidth, paddingWidth } from '../../../src/engine/format/width.ts';
import type { SystemdVersion } from '../../../src/engine/types.ts';
import { readFixture, reportFrom } from './support.ts';

interface CellCase {
  version: SystemdVersion;
  settings: string[];
  text: string;
  json: string;
  pretty: string;
}
const cells = readFixture<CellCase[]>('cells.json.gz');

describe('formatExposure', () => {
  it.each([
    [0, '0.0'],
    [1, '0.1'],
    [9, '0.9'],
    [10, '1.0'],
    [96, '9.6'],
    [100, '10.0'],
  ])('%d → %s', (tenths, text) => {
    expect(formatExposure(tenths)).toBe(text);
  });
});

describe('cellWidth', () => {
  it.each([
    ['ascii', 'NAME', '262', 4],
    ['ellipsis', 'RestrictAddressFamilies=~…', '262', 26],
    ['CJK', '日本', '252', 4],
    ['fullwidth A and ideographic space', '\uff21\u3000', '262', 4],
    ['halfwidth katakana', '\uff61', '262', 1],
    ['combining acute counts as a cell', 'e\u0301', '252', 2],
    ['zero-width space counts as a cell', '\u200b', '257', 1],
    ['controls count as a cell', '\u0001\u001b\u007f\u0085', '262', 4],
    ['U+1F600 is narrow in this old table', '\u{1F600}', '262', 1],
    ['U+1F300 is wide', '\u{1F300}', '262', 2],
    ['CJK extension B is wide', '\u{20000}', '252', 2],
    ['TAB is one cell on 252', '\t', '252', 1],
    ['TAB is eight cells from 257', 'a\tb', '257', 10],
    ['TAB is eight cells on 262', '\t\t', '262', 16],
  ] as const)('%s', (_what, s, version, width) => {
    expect(cellWidth(s, version)).toBe(width);
  });
});

describe('paddingWidth', () => {
  it.each([
    ['TAB pads as one cell on 252', 'a\tb', '252', 3],
    ['TAB still pads as one cell on 257', 'a\tb', '257', 3],
    ['TAB pads as eight cells on 262', 'a\tb', '262', 10],
    ['wide characters as in cellWidth', 'a日b', '257', 4],
  ] as const)('%s', (_what, s, version, width) => {
    expect(paddingWidth(s, version)).toBe(width);
  });
});

describe('formatText on recorded units with unusual descriptions', () => {
  it.each(cells.map((c) => [c.version, JSON.stringify(c.settings), c] as const))('%s: %s', (version, _s, c) => {
    expect(formatText(reportFrom(version, c.json, c.text), UTF8_GLYPHS)).toBe(c.text);
  });
});

interface PolicyCase {
  version: SystemdVersion;
  policy: Record<string, Record<string, string>>;
  text: string;
  json: string;
}

describe('formatText on recorded policy descriptions with line breaks', () => {
  const policies = readFixture<PolicyCase[]>('policy.json.gz');
  it.each(policies.map((c) => [c.version, Object.keys(c.policy).join(' '), c] as const))('%s: %s', (version, _p, c) => {
    expect(formatText(reportFrom(version, c.json, c.text), UTF8_GLYPHS)).toBe(c.text);
  });

  it('takes the continuation lines\' URLs from the caller', () => {
    const c = policies[0] as PolicyCase;
    const text = formatText(reportFrom(c.version, c.json, c.text), UTF8_GLYPHS, new Map([['PrivateTmp', 'U']]));
    expect(text).toContain(`\n  U${' '.repeat(59)} line two is longer\tX`);
  });
});

describe('formatText glyphs', () => {
  const c = cells[0] as CellCase;
  const report = reportFrom(c.version, c.json, c.text);

  it('uses + - -> and the ASCII face in ASCII mode, with the same layout', () => {
    const ascii = formatText(report, ASCII_GLYPHS);
    const expected = c.text
      .replace(/^✓/gmu, '+')
      .replace(/^✗/gmu, '-')
      .replace(/^→/mu, '->')
      .replace(/ \S+\n$/u, ` ${report.rating.ascii}\n`);
    expect(ascii).toBe(expected);
  });
});

describe('formatText remembers no layout between reports', () => {
  // Rows are reused from the report before when they print alike; interleaving reports whose
  // columns and exposures differ must still give each one its own recorded text.
  const reports = cells.slice(0, 6).map((c) => [reportFrom(c.version, c.json, c.text), c.text] as const);
  it.each([0, 1, 2])('pass %d over six reports in a row', () => {
    for (const [report, text] of reports) expect(formatText(report, UTF8_GLYPHS)).toBe(text);
  });
});
