/**
 * The editor's look, all colours from the page's CSS custom properties (light/dark follow them).
 * The CodeMirror packages ship light and dark base themes of their own, chosen by CodeMirror's
 * dark-theme flag, which this page does not set (its theme is CSS variables switched by the site):
 * every package surface that paints a colour (tooltips, completion list, lint marks and panel,
 * search panel, fold marks) is restyled here so it keeps the page's contrast in both themes.
 */
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** Base editor theme: monospace, page colours, visible focus, the packages' panels and the deciding-line highlight. */
export function unitEditorTheme(): Extension {
  return EditorView.theme({
    '&': { color: 'var(--fg)', backgroundColor: 'var(--bg-editor)', fontSize: '14px', height: '100%' },
    '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '-2px' },
    '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
    '.cm-content': { caretColor: 'var(--fg)' },
    '.cm-cursor': { borderLeftColor: 'var(--fg)' },
    '.cm-gutters': { backgroundColor: 'var(--bg-editor)', color: 'var(--muted)', border: 'none' },
    '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection) !important' },
    '.cm-deciding': { backgroundColor: 'var(--deciding)', boxShadow: 'inset 3px 0 0 var(--accent)' },
    '.cm-tooltip': { backgroundColor: 'var(--bg-raised)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '6px' },
    '.cm-directive-hover': { padding: '6px 10px', maxWidth: '28rem', fontFamily: 'var(--sans)', fontSize: '13px' },
    '.cm-directive-hover p': { margin: '0 0 4px' },
    '.cm-directive-hover a': { color: 'var(--link)' },
    // @codemirror/autocomplete
    '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--mono)', fontSize: '13px', maxHeight: '14em' },
    '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '1px 8px' },
    '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--accent)', color: 'var(--on-accent)' },
    '.cm-completionDetail': { color: 'var(--muted)', fontStyle: 'normal', float: 'right', marginLeft: '12px' },
    '.cm-tooltip-autocomplete ul li[aria-selected] .cm-completionDetail': { color: 'var(--on-accent)' },
    // @codemirror/lint: marks in the page's warning/error colours; the manager's journal (live) dotted.
    '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--warn)', textUnderlineOffset: '3px' },
    '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--bad)', textUnderlineOffset: '3px' },
    '.cm-lintRange.cm-lint-journal': { textDecorationStyle: 'dotted' },
    '.cm-lintRange-active': { backgroundColor: 'var(--deciding)' },
    '.cm-lintPoint-warning:after': { borderBottomColor: 'var(--warn)' },
    '.cm-lintPoint-error:after': { borderBottomColor: 'var(--bad)' },
    '.cm-tooltip-lint': { maxWidth: '32rem', fontSize: '13px', fontFamily: 'var(--sans)' },
    '.cm-diagnostic-warning': { borderLeft: '3px solid var(--warn)' },
    '.cm-diagnostic-error': { borderLeft: '3px solid var(--bad)' },
    '.cm-diagnosticAction': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)', borderRadius: '4px' },
    // The access-key hint of a lint panel action (lint.ts), for screen readers only.
    '.cm-visuallyHidden': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    '.cm-diagnosticSource': { color: 'var(--muted)', fontSize: '12px', opacity: '1' },
    // Room on the right for the panel's absolutely placed close button.
    '.cm-panel.cm-panel-lint ul': { maxHeight: '9em', fontFamily: 'var(--sans)', fontSize: '13px', marginRight: '24px' },
    '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: 'var(--selection)', color: 'var(--fg)' },
    '.cm-panel.cm-panel-lint ul:focus [aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
    '.cm-panel.cm-panel-lint ul:focus [aria-selected] .cm-diagnosticSource': { color: 'var(--on-accent)' },
    '.cm-panel.cm-panel-lint ul:focus [aria-selected] .cm-diagnosticAction': { backgroundColor: 'var(--on-accent)', color: 'var(--accent)' },
    // Panels (@codemirror/search, lint) and their fields.
    '.cm-panels': { backgroundColor: 'var(--bg-raised)', color: 'var(--fg)' },
    '.cm-panels-top': { borderBottom: '1px solid var(--border)' },
    '.cm-panels-bottom': { borderTop: '1px solid var(--border)' },
    '.cm-panel button[name=close]': { color: 'var(--fg)', fontSize: '16px', padding: '0 4px' },
    '.cm-textfield': { backgroundColor: 'var(--bg-editor)', color: 'var(--fg)', border: '1px solid var(--border)', fontSize: '13px' },
    '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--border)', fontSize: '13px' },
    '.cm-panel.cm-search label': { fontSize: '13px' },
    // Matches keep the syntax colours readable (--deciding contrasts with all of them); the current one is outlined.
    '.cm-searchMatch': { backgroundColor: 'var(--deciding)', outline: '1px solid var(--warn)' },
    '.cm-searchMatch-selected': { outline: '2px solid var(--accent)' },
    // @codemirror/language's folding.
    '.cm-foldPlaceholder': { backgroundColor: 'var(--active-line)', border: '1px solid var(--border)', color: 'var(--muted)' },
    // Also the placeholder's (gutter-placeholder.ts), before @codemirror/language's own rule loads.
    '.cm-foldGutter span': { color: 'var(--muted)', padding: '0 1px' },
  });
}
