/** The editor's look, all colours from the page's CSS custom properties (light/dark follow them). */
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** Base editor theme: monospace, page colours, visible focus and the deciding-line highlight. */
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
    '.cm-completions': { listStyle: 'none', margin: 0, padding: '2px 0', maxHeight: '14em', overflowY: 'auto', fontFamily: 'var(--mono)', fontSize: '13px', minWidth: '14em' },
    '.cm-completions li': { padding: '1px 8px', cursor: 'pointer', display: 'flex', justifyContent: 'space-between', gap: '12px' },
    '.cm-completions li small': { color: 'var(--muted)' },
    '.cm-completions li[aria-selected=true]': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
    '.cm-completions li[aria-selected=true] small': { color: 'var(--on-accent)' },
    '.cm-lint-warning': { textDecoration: 'underline wavy var(--warn)', textUnderlineOffset: '3px' },
    '.cm-lint-error': { textDecoration: 'underline wavy var(--bad)', textUnderlineOffset: '3px' },
    // Live mode: what the manager would log to its journal (not the analyzer's stderr), underlined dotted.
    '.cm-lint-journal': { textDecorationStyle: 'dotted' },
    '.cm-lint-source': { color: 'var(--muted)', fontSize: '12px', marginRight: '6px' },
    '.cm-lint-hover': { padding: '6px 10px', maxWidth: '32rem', fontSize: '13px' },
    '.cm-lint-hover p': { margin: '2px 0' },
    '.cm-lint-hover button': { marginLeft: '8px', font: 'inherit', cursor: 'pointer' },
    '.cm-lint-message-warning': { borderLeft: '3px solid var(--warn)', paddingLeft: '6px' },
    '.cm-lint-message-error': { borderLeft: '3px solid var(--bad)', paddingLeft: '6px' },
    '.tok-section': { color: 'var(--syn-section)', fontWeight: 'bold' },
    '.tok-key': { color: 'var(--syn-key)' },
    '.tok-eq': { color: 'var(--syn-muted)' },
    '.tok-value': { color: 'var(--syn-value)' },
    '.tok-literal': { color: 'var(--syn-literal)' },
    '.tok-special': { color: 'var(--syn-special)', fontWeight: 'bold' },
    '.tok-continuation': { color: 'var(--syn-special)' },
    '.tok-comment': { color: 'var(--syn-comment)', fontStyle: 'italic' },
    '.tok-invalid': { color: 'var(--syn-invalid)', textDecoration: 'underline wavy' },
  });
}
