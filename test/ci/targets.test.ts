/**
 * The CI entry points' small parts as tables: which units a list of paths or patterns comes to,
 * thresholds as users write them, and GitHub's workflow-command escaping.
 */
import { describe, expect, it } from 'vitest';
import { parseThreshold, thresholdText } from '../../scripts/ci/check.ts';
import { escapeData, escapeProperty } from '../../scripts/ci/report.ts';
import { expandPatterns, unitTargets } from '../../scripts/ci/targets.ts';
import { workspace } from './workspace.ts';

const dir = workspace('targets', {
  'units/a.service': '',
  'units/a.service.d/x.conf': '',
  'units/b-web.service': '',
  'units/b-.service.d/y.conf': '',
  'units/c@.service': '',
  'units/c@.service.d/z.conf': '',
  'units/service.d/all.conf': '',
  'units/gone.service.d/w.conf': '',
  'units/sub/d.service': '',
  'units/notes.md': '',
  'other/a.service': '',
});

describe('expandPatterns', () => {
  it.each<[string, string[], string[]]>([
    // [patterns, paths, unmatched]
    ['units/*.service', ['units/a.service', 'units/b-web.service', 'units/c@.service'], []],
    ['units/**/*.service', ['units/a.service', 'units/b-web.service', 'units/c@.service', 'units/sub/d.service'], []],
    // newlines or spaces; the same file twice is once
    ['units/a.service\n  other/a.service units/a.service\n', ['other/a.service', 'units/a.service'], []],
    // !pattern excludes from every pattern
    ['**/*.service !other/** !units/sub/**', ['units/a.service', 'units/b-web.service', 'units/c@.service'], []],
    ['units/*.service.d/*.conf', ['units/a.service.d/x.conf', 'units/b-.service.d/y.conf', 'units/c@.service.d/z.conf', 'units/gone.service.d/w.conf'], []],
    // nothing there: reported, glob or plain path; a folder is no file
    ['units/*.servcie units/gone.service units/sub', [], ['units/*.servcie', 'units/gone.service', 'units/sub']],
  ])('%j', (patterns, paths, unmatched) => {
    expect(expandPatterns(patterns, dir)).toEqual({ paths, unmatched });
  });
});

describe('unitTargets', () => {
  it.each<[string[], string[], string[], string[]]>([
    // [paths, units, orphans, ignored]
    [['units/a.service', 'units/a.service.d/x.conf'], ['units/a.service'], [], []],
    // a prefix drop-in: every unit of that prefix beside it
    [['units/b-.service.d/y.conf'], ['units/b-web.service'], [], []],
    // a template's drop-in: the template
    [['units/c@.service.d/z.conf'], ['units/c@.service'], [], []],
    // a type-wide drop-in: every service beside it
    [['units/service.d/all.conf'], ['units/a.service', 'units/b-web.service', 'units/c@.service'], [], []],
    // a folder for a unit that is not there
    [['units/gone.service.d/w.conf'], [], ['units/gone.service.d/w.conf'], []],
    [['units/notes.md', 'units/sub/d.service'], ['units/sub/d.service'], [], ['units/notes.md']],
  ])('%j', (paths, units, orphans, ignored) => {
    expect(unitTargets(paths, dir, '262', 'offline')).toEqual({ units, orphans, ignored });
  });
});

describe('parseThreshold', () => {
  it.each<[string, number | null]>([
    ['0', 0], ['50', 50], ['100', 100], [' 95 ', 95],
    ['5.0', 50], ['9.5', 95], ['10.0', 100], ['0.1', 1],
    ['101', null], ['10.5', null], ['5.', null], ['5.25', null], ['-1', null], ['', null], ['high', null],
  ])('%j → %j', (value, tenths) => {
    expect(parseThreshold(value)).toBe(tenths);
  });

  it('prints tenths as an exposure', () => {
    expect([0, 5, 50, 95, 100].map(thresholdText)).toEqual(['0.0', '0.5', '5.0', '9.5', '10.0']);
  });
});

describe('workflow-command escaping', () => {
  it.each<[string, string, string]>([
    // [text, as data, as a property]
    ['plain', 'plain', 'plain'],
    ['50%\nnext\r', '50%25%0Anext%0D', '50%25%0Anext%0D'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%3A', '%253A', '%253A'],
  ])('%j', (text, data, property) => {
    expect([escapeData(text), escapeProperty(text)]).toEqual([data, property]);
  });
});
