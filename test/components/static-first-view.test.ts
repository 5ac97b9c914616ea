/**
 * The pieces of the static first view that are not the report: the editor's text as the page is
 * built (static-unit-lines.ts), the ruler's bands (ruler-geometry.ts) and a step's goal list
 * (goal-markup.ts).
 */
import { describe, expect, it } from 'vitest';
import { goalItemsHtml } from '../../src/components/goal-markup.ts';
import { bandSegments, markerX } from '../../src/components/ruler-geometry.ts';
import { gutterDigits, staticUnitHtml, staticUnitLines } from '../../src/components/static-unit-lines.ts';
import { analyze } from '../../src/engine/index.ts';
import { RATINGS } from '../../src/engine/index.ts';
import { evaluateGoals } from '../../src/lessons/goals.ts';
import { walkSteps } from '../../src/lessons/lesson.ts';
import { readCorpusUnits } from '../../scripts/lib/corpus.ts';
import { loadLessons } from '../lessons/content.ts';

describe('staticUnitLines', () => {
  it('keeps every character of every corpus unit, line by line', () => {
    for (const unit of readCorpusUnits()) {
      for (const file of unit.files) {
        const lines = staticUnitLines(file.text);
        expect(lines.map((parts) => parts.map((p) => p.text).join('')).join('\n')).toBe(file.text);
      }
    }
  });

  it.each([
    ['[Service]', [['[Service]', 'section']]],
    ['  # a comment = no key', [['  ', null], ['# a comment = no key', 'comment']]],
    ['ExecStart=/bin/x $MAINPID %n', [['ExecStart', 'key'], ['=', 'eq'], ['/bin/x ', 'value'], ['$MAINPID', 'special'], [' ', 'value'], ['%n', 'special']]],
    ['PrivateTmp=yes', [['PrivateTmp', 'key'], ['=', 'eq'], ['yes', 'literal']]],
    ['TimeoutSec=5s', [['TimeoutSec', 'key'], ['=', 'eq'], ['5s', 'literal']]],
    ['Description=no command', [['Description', 'key'], ['=', 'eq'], ['no command', 'value']]],
    ['garbage', [['garbage', null]]],
  ] as const)('%s', (line, parts) => {
    expect(staticUnitLines(line)).toEqual([parts.map(([text, kind]) => ({ text, kind }))]);
  });

  it('reads a continued value as a value, across comment lines, until a blank line', () => {
    const kinds = staticUnitLines('A=b \\\nc \\\n# note\nd\ne=word\n\ng').map((parts) => parts.map((p) => p.kind));
    expect(kinds).toEqual([['key', 'eq', 'value'], ['value'], ['comment'], ['value'], ['key', 'eq', 'value'], [], [null]]);
  });
});

describe('staticUnitHtml', () => {
  it('has a number cell and a line per line, the first active, and escapes the text', () => {
    const html = staticUnitHtml('[Unit]\nDescription=<b>\n');
    expect(html.split('class="static-line').length - 1).toBe(3);
    expect(html).toContain('<span class="static-line static-active"><span class="static-section">[Unit]</span></span>');
    expect(html).toContain('&#60;b&#62;');
    expect(html).not.toContain('<b>');
  });

  it.each([
    [1, 1],
    [9, 1],
    [10, 2],
    [99, 2],
    [100, 3],
  ])('sizes the gutter for %i lines as %i digits, as CodeMirror does', (lines, digits) => {
    expect(gutterDigits(lines)).toBe(digits);
  });
});

describe('bandSegments', () => {
  it('fill the ruler with every band, in order, none narrower than a tenth', () => {
    const segments = bandSegments();
    expect(segments.map((s) => s.label)).toEqual([...RATINGS].reverse().map((b) => b.label));
    let x = 0;
    for (const s of segments) {
      expect(s.x).toBeCloseTo(x, 9);
      expect(s.width).toBeGreaterThan(0.9);
      x += s.width;
    }
    expect(x).toBeCloseTo(100, 9);
    expect(markerX(96)).toBe('96%');
  });
});

describe('goalItemsHtml', () => {
  it('writes one item per goal, met ones marked, row goals linking to their page', () => {
    for (const lesson of loadLessons()) {
      for (const { step, start } of walkSteps(lesson.data)) {
        const results = evaluateGoals(step.goals, analyze(start, { version: '262', mode: 'live' }), start);
        const html = goalItemsHtml(results, (id) => id, '/base/');
        expect(html.split('<li ').length - 1).toBe(results.length);
        expect(html.split('class="goal met').length - 1).toBe(results.filter((r) => r.met).length);
        expect(html.split('href="/base/settings/').length - 1).toBe(results.filter((r) => 'row' in r.goal).length);
      }
    }
  });
});
