/**
 * Whose code a main-thread task ran (`scripts/lib/task-attribution.ts`), on hand-made CPU profiles:
 * the longest busy stretch is found between idle samples and split by source file.
 */
import { describe, expect, it } from 'vitest';
import { attributeLongestTask, shareOfSource, type CpuProfile } from '../scripts/lib/task-attribution.ts';

/** A profile whose samples are the given node names, one every `stepUs` microseconds. */
function profile(names: readonly string[], stepUs = 1000): CpuProfile {
  const kinds = [...new Set(names)];
  return {
    nodes: kinds.map((name, i) => ({ id: i + 1, callFrame: { functionName: name.startsWith('(') ? name : 'f', url: name.startsWith('(') ? '' : `http://site/${name}.js`, lineNumber: 0, columnNumber: 0 } })),
    startTime: 0,
    samples: names.map((n) => kinds.indexOf(n) + 1),
    timeDeltas: names.map(() => stepUs),
  };
}

/** Resolves `http://site/NAME.js` to a source path by a fixed table, as a source map would. */
const SOURCES: Record<string, string> = {
  cm: '../../node_modules/@codemirror/view/dist/index.js',
  engine: '../../src/engine/analyze.ts',
  editor: '../../src/editor/lint.ts',
  page: '../../src/components/report-table.ts',
};
const resolve = (url: string): string | null => SOURCES[/\/(\w+)\.js$/.exec(url)?.[1] ?? ''] ?? null;

describe('attributeLongestTask', () => {
  it('takes the longest run between idle samples and splits it by share', () => {
    const names = ['cm', '(idle)', 'engine', 'engine', 'cm', '(program)', 'editor', 'page', '(garbage collector)', '(idle)', 'cm', 'cm'];
    const result = attributeLongestTask(profile(names), resolve);
    expect(result.ms).toBeCloseTo(7, 5);
    expect(result.shares).toEqual({ CodeMirror: 1, engine: 2, 'editor (ours)': 1, 'other JS': 1, browser: 2 });
  });

  it('gives 0 ms for an idle or empty profile', () => {
    expect(attributeLongestTask(profile(['(idle)', '(idle)']), resolve).ms).toBe(0);
    expect(attributeLongestTask({ nodes: [], startTime: 0 }, resolve).ms).toBe(0);
  });
});

describe('shareOfSource', () => {
  it.each([
    ['../../node_modules/@codemirror/state/dist/index.js', 'CodeMirror'],
    ['../../node_modules/@lezer/common/dist/index.js', 'CodeMirror'],
    ['../../node_modules/style-mod/src/style-mod.js', 'CodeMirror'],
    ['../../src/engine/assess/table.ts', 'engine'],
    ['../../src/editor/language.ts', 'editor (ours)'],
    ['../../src/components/unit-editor.ts', 'editor (ours)'],
    ['../../node_modules/nanostores/atom/index.js', 'other JS'],
    [null, 'other JS'],
  ] as const)('%s → %s', (source, share) => {
    expect(shareOfSource(source)).toBe(share);
  });
});
