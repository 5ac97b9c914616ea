import { describe, expect, it } from 'vitest';
import { logicalLines, readAssignments } from '../../src/state/lessons/assignments.ts';

describe('logicalLines', () => {
  it.each([
    ['plain lines, comments and blanks dropped', 'A=1\n# c\n; c\n\nB=2', ['A=1', 'B=2']],
    ['a continuation becomes one line', 'A=1 \\\n  2', ['A=1    2']],
    ['comments inside a continuation are skipped', 'A=x \\\n# c\ny', ['A=x  y']],
    ['an empty line ends a continuation', 'A=x \\\n\nB=y', ['A=x', 'B=y']],
    ['an even number of backslashes does not continue', 'A=x\\\\\nB=y', ['A=x\\\\', 'B=y']],
    ['a continuation at end of file is kept', 'A=yes\\', ['A=yes']],
    ['CRLF line ends', 'A=1\r\nB=2\r\n', ['A=1', 'B=2']],
  ])('%s', (_name, text, lines) => {
    expect(logicalLines(text)).toEqual(lines);
  });
});

describe('readAssignments', () => {
  it('reads the unit, then drop-ins by file name across folders, the most specific masking', () => {
    const files = [
      { path: 'a-b.service', text: '[Service]\nK=unit' },
      { path: 'service.d/20-x.conf', text: '[Service]\nK=type-20' },
      { path: 'a-b.service.d/10-x.conf', text: '[Service]\nK=own-10' },
      { path: 'a-.service.d/20-x.conf', text: '[Service]\nK=prefix-20' },
      { path: 'a-b.service.d/20-x.conf', text: '[Service]\nK=own-20' },
      { path: 'other.service.d/05-x.conf', text: '[Service]\nK=other' },
      { path: 'a-b.service.d/30-x.txt', text: '[Service]\nK=not-conf' },
    ];
    expect(readAssignments(files, '257').map((a) => a.value)).toEqual(['unit', 'own-10', 'own-20']);
  });

  it('keeps sections apart and ignores lines without =', () => {
    const files = [{ path: 'x.service', text: 'K=before\n[Unit]\nK=unit\n[Service]\nnonsense\nK = service ' }];
    expect(readAssignments(files, '257').map((a) => [a.section, a.key, a.value])).toEqual([
      ['', 'K', 'before'], ['Unit', 'K', 'unit'], ['Service', 'K', 'service'],
    ]);
  });

  it('analyses templates with their template drop-ins', () => {
    const files = [{ path: 'a@.service', text: '[Service]\nK=1' }, { path: 'a@.service.d/x.conf', text: '[Service]\nK=2' }];
    expect(readAssignments(files, '257').map((a) => a.value)).toEqual(['1', '2']);
  });
});
