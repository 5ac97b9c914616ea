/**
 * The unit-file editor as the page loads it: first what a plain editor needs (theme, hover,
 * deciding lines), then, through {@link loadEditorFeatures}, the chunk with everything the
 * CodeMirror packages add (features.ts). Keeping the packages out of this module's static imports
 * keeps them out of the first chunk; tests import the modules directly.
 */
export { directiveHover, directiveInfo, type HoverSource, type AssessorInfo } from './hover.ts';
export { decidingLines, setDeciding } from './deciding.ts';
export { unitEditorTheme } from './theme.ts';
export { foldGutterPlaceholder } from './gutter-placeholder.ts';
export type { Catalogue, UnitCompletionContext } from './completion.ts';
export type { EditorDiagnostic } from './lint.ts';

/** What features.ts exports: the packages' extensions and the lint helpers the page needs. */
export type EditorFeatures = typeof import('./features.ts');

let featuresPromise: Promise<EditorFeatures> | undefined;

/** Fetches and evaluates the editor's second chunk (features.ts); the same promise every time. */
export function loadEditorFeatures(): Promise<EditorFeatures> {
  return (featuresPromise ??= import('./features.ts'));
}
