/**
 * The editor's second chunk: everything the CodeMirror packages add beyond typing (undo history
 * and key bindings, search, the unit-file language, completion, lint). The page mounts a plain
 * editor first, with only @codemirror/state and view, so a typed key changes the score as early as
 * before these packages existed; this chunk then arrives and is switched in (see
 * `loadEditorFeatures` in index.ts). Only the page's editor loads it; tests import the modules.
 */
import type { Extension } from '@codemirror/state';
import { unitCompletion, type UnitCompletionContext } from './completion.ts';
import { unitKeymap } from './keymap.ts';
import { unitLanguage } from './language-support.ts';
import { exposureLint } from './lint.ts';

export { analysisDiagnostics, showDiagnostics, shownDiagnostics, type EditorDiagnostic } from './lint.ts';

/** The extensions of this chunk, completion reading the page through `context`. */
export function editorFeatures(context: UnitCompletionContext): Extension {
  return [unitKeymap(), unitLanguage(), unitCompletion(context), exposureLint()];
}
