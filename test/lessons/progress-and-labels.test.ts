import { describe, expect, it } from 'vitest';
import { decodeDrafts, decodeProgress, lessonDone, stepKey } from '../../src/state/lesson-progress.ts';
import { goalLabel } from '../../src/lessons/goal-label.ts';
import { placeholderHtml } from '../../src/lessons/scores.ts';
import type { Goal } from '../../src/lessons/goals.ts';
import { analyze } from '../../src/engine/index.ts';
import { formatTenths } from '../../src/lessons/placeholders.ts';

describe('stored progress', () => {
  it.each([
    ['a valid record', '{"a/x":true,"a/y":true}', { 'a/x': true, 'a/y': true }],
    ['non-true values dropped', '{"a/x":true,"a/y":1,"a/z":"yes"}', { 'a/x': true }],
    ['an array', '[1,2]', {}],
    ['corrupt JSON', '{"a/x":', {}],
    ['null', 'null', {}],
  ])('%s', (_n, text, want) => {
    expect(decodeProgress(text)).toEqual(want);
  });

  it('keeps only drafts that are file lists', () => {
    const text = JSON.stringify({ 'a/x': [{ path: 'u.service', text: '' }], 'a/y': [], 'a/z': [{ path: 1 }], 'a/w': 'x' });
    expect(Object.keys(decodeDrafts(text))).toEqual(['a/x']);
    expect(decodeDrafts('nope')).toEqual({});
  });

  it('counts the done steps of one lesson only', () => {
    const progress = { [stepKey('a', 'x')]: true, [stepKey('b', 'x')]: true } as const;
    expect(lessonDone(progress, 'a', ['x', 'y'])).toBe(1);
    expect(lessonDone(progress, 'c', ['x'])).toBe(0);
  });
});

describe('goal labels', () => {
  const names = (id: string): string | undefined => ({ PrivateTmp: 'PrivateTmp=', ProtectHome: 'ProtectHome=' })[id];
  it.each<[Goal, string]>([
    [{ row: 'PrivateTmp', set: true }, 'PrivateTmp= is ✓'],
    [{ row: 'PrivateTmp', set: false }, 'PrivateTmp= stays ✗'],
    [{ row: 'ProtectHome', badnessAtMost: 0 }, 'ProtectHome= is ✓'],
    [{ row: 'ProtectHome', badnessAtMost: 5 }, 'ProtectHome= has badness at most 5'],
    [{ row: 'ProtectHome', badnessAtLeast: 5 }, 'ProtectHome= has badness at least 5'],
    [{ row: 'Unknown', set: true }, 'Unknown is ✓'],
    [{ exposureAtMost: 49 }, 'Exposure at most 4.9'],
    [{ familyAllowed: 'AF_INET' }, 'AF_INET stays allowed'],
    [{ capabilityKept: 'CAP_KILL' }, 'CAP_KILL stays in the bounding set'],
    [{ has: 'User', value: 'www' }, 'The unit keeps User=www'],
    [{ row: 'PrivateTmp', set: true, label: 'Own words' }, 'Own words'],
  ])('%j', (goal, text) => {
    expect(goalLabel(goal, names)).toBe(text);
  });
});

describe('placeholders in rendered prose', () => {
  const unit = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\n' }];
  it('fills scores from the engine, pinned or for the given version, and marks them for refreshing', () => {
    const html = placeholderHtml('<p>{{score:start}} {{rating:start@252}} {{score:nope}}</p>', { start: unit }, '257');
    const on = (v: '252' | '257'): ReturnType<typeof analyze> => analyze(unit, { version: v });
    const a257 = on('257');
    const a252 = on('252');
    if (!a257.ok || !a252.ok) throw new Error('refused');
    expect(html).toBe(
      `<p><span class="lesson-score" data-kind="score" data-ref="start">${formatTenths(a257.exposure)}</span> ` +
        `<span class="lesson-score" data-kind="rating" data-ref="start" data-version="252">${a252.rating.label}</span> ` +
        '<span class="lesson-score" data-kind="score" data-ref="nope">{{score:nope}}</span></p>',
    );
  });
});

describe('placeholders in rendered prose, per mode', () => {
  const seed = [{ path: 'simplehttp.service', text: '[Service]\nType=simple\nExecStart=/usr/bin/python3 -m http.server\n' }];
  const score = (version: '262' | '247', mode: 'live' | 'offline'): string => {
    const a = analyze(seed, { version, mode });
    if (!a.ok) throw new Error('refused');
    return formatTenths(a.exposure);
  };
  it('follows the given mode, and marks what is pinned', () => {
    const html = placeholderHtml('{{score:start}}|{{score:start@262}}|{{score:start@262/offline}}|{{score:start@247/live}}', { start: seed }, '262', 'live');
    expect(html.split('|')).toEqual([
      `<span class="lesson-score" data-kind="score" data-ref="start">${score('262', 'live')}</span>`,
      `<span class="lesson-score" data-kind="score" data-ref="start" data-version="262">${score('262', 'live')}</span>`,
      `<span class="lesson-score" data-kind="score" data-ref="start" data-version="262" data-mode="offline">${score('262', 'offline')}</span>`,
      `<span class="lesson-score" data-kind="score" data-ref="start" data-version="247" data-mode="live">${score('247', 'live')}</span>`,
    ]);
  });
});
