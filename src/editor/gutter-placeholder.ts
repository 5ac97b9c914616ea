/**
 * Holds the fold gutter's place until the editor's second chunk brings the real one (features.ts,
 * @codemirror/language's `foldGutter`): an empty gutter of the same class and the same spacer
 * character, so the text does not move sideways when the packages arrive. A few lines of our own
 * because the real gutter lives in a package the first chunk must not load.
 */
import type { Extension } from '@codemirror/state';
import { gutter, GutterMarker } from '@codemirror/view';

/** The widest marker the real gutter shows (its "folded" mark), sizing the column as it does. */
class Spacer extends GutterMarker {
  override toDOM(): Node {
    const span = document.createElement('span');
    span.textContent = '›';
    return span;
  }
}

/** An empty `cm-foldGutter` column as wide as @codemirror/language's fold gutter. */
export function foldGutterPlaceholder(): Extension {
  return gutter({ class: 'cm-foldGutter', initialSpacer: () => new Spacer() });
}
