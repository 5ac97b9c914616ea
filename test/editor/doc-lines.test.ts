/** linesUp: a document's lines from one line upwards, as the highlighter and hover read them. */
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { linesUp } from '../../src/editor/doc-lines.ts';

describe('linesUp', () => {
  // Long enough that CodeMirror splits the text into several leaves.
  const many = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? '' : `L${i}=${'x'.repeat(i % 50)}`));
  it.each([
    ['one line', ['only'], 1],
    ['empty lines kept', ['a', '', '', 'b'], 4],
    ['from the middle', ['a', 'b', 'c', 'd'], 2],
    ['an empty document', [''], 1],
    ['nothing above line 1', ['a', 'b'], 0],
    ['a document of many leaves', many, 2500],
  ])('%s', (_case, lines, from) => {
    expect([...linesUp(Text.of(lines), from)]).toEqual(lines.slice(0, from).reverse());
  });
});
