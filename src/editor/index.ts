/** The unit-file editor's extensions, each a function returning an Extension. */
export { unitLanguage } from './language.ts';
export { tokenizeLine, continues, isComment, sectionAt, startsContinued, type Token, type TokenKind } from './tokens.ts';
export { unitCompletion, unitCompletions, type Catalogue, type CompletionSource, type CompletionResult } from './completion.ts';
export { directiveHover, directiveInfo, type HoverSource, type AssessorInfo } from './hover.ts';
export { analysisDiagnostics, exposureLint, toEditorDiagnostics, setEditorDiagnostics, shownDiagnostics, type EditorDiagnostic, type LintContext } from './lint.ts';
export { decidingLines, setDeciding } from './deciding.ts';
export { unitHistory, undo, redo, historyDepth } from './history.ts';
export { didYouMean, editDistance } from './did-you-mean.ts';
export { enumeratedValues } from './values.ts';
export { unitEditorTheme } from './theme.ts';
