/**
 * Everything the editor takes from the unit-file language: the language itself (language.ts,
 * with `#` as its comment token), its highlight style (highlight.ts) and folding by section
 * (sections.ts) with @codemirror/language's fold gutter and placeholder.
 */
import { foldGutter, foldService, LanguageSupport } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { unitHighlighting } from './highlight.ts';
import { unitFileLanguage } from './language.ts';
import { sectionFoldRange } from './sections.ts';

/** Folding by section for @codemirror/language's fold commands and gutter. */
export function sectionFolding(): Extension {
  return foldService.of((state, from, to) => sectionFoldRange(state.doc, from, to));
}

/** The unit-file language with highlighting, section folding and a fold gutter. */
export function unitLanguage(): Extension {
  return [new LanguageSupport(unitFileLanguage, [sectionFolding()]), unitHighlighting(), foldGutter()];
}
