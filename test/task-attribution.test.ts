/**
 * Whose code a main-thread task ran (`scripts/lib/task-attribution.ts`), on hand-made CPU profiles:
 * the busy stretch with the most JavaScript is found between idle samples and split by source file.
 */
import { describe, expect, it } from 'vitest';
import { attributeHeaviestTask, shareOfSource, type CpuProfile } from '../scripts/lib/task-attribution.ts';

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

describe('attributeHeaviestTask', () => {
  it('takes the run between idle samples with the most JavaScript and splits it by share', () => {
    const names = ['cm', '(idle)', 'engine', 'engine', 'cm', '(program)', 'editor', 'page', '(garbage collector)', '(idle)', 'cm', 'cm'];
    const result = attributeHeaviestTask(profile(names), resolve);
    expect(result.ms).toBeCloseTo(7, 5);
    expect(result.shares).toEqual({ CodeMirror: 1, engine: 2, 'editor (ours)': 1, 'other JS': 1, browser: 2 });
  });

  it('gives 0 ms for an idle or empty profile', () => {
    expect(attributeHeaviestTask(profile(['(idle)', '(idle)']), resolve).ms).toBe(0);
    expect(attributeHeaviestTask({ nodes: [], startTime: 0 }, resolve).ms).toBe(0);
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

describe('attributeHeaviestTask on a busy machine', () => {
  it('takes the run with the most JavaScript over a longer one of Chromium alone', () => {
    const names = ['(program)', '(program)', '(program)', '(program)', '(idle)', 'engine', 'cm', '(program)', '(idle)'];
    const result = attributeHeaviestTask(profile(names), resolve);
    expect(result.ms).toBeCloseTo(3, 5);
    expect(result.shares.engine + result.shares.CodeMirror).toBeCloseTo(2, 5);
  });
});
