/**
 * The editor's key bindings, all from the CodeMirror packages but one: history (Ctrl-Z, Ctrl-Y,
 * Ctrl-Shift-Z), the default keymap (toggle comment on Ctrl-/ with `#`, line moves, selection…),
 * search and go to line (Ctrl-F, F3, Ctrl-Alt-G), folding by section (Ctrl-Shift-[ and ]), and
 * lint (F8 to the next diagnostic, Ctrl-Shift-M for the panel). Ctrl-. applies the fix of the
 * diagnostic at the cursor (lint.ts), the one binding of our own. Completion adds its own keys
 * (completion.ts).
 *
 * Tab is deliberately left unbound (no `indentWithTab`): in a page, Tab must move the focus on to
 * the next control, or a keyboard user entering the editor could never leave it. Unit files need
 * no indentation anyway.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { foldKeymap } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { applyFixAtCursor } from './lint.ts';

/** Undo history and every key binding above. */
export function unitKeymap(): Extension {
  return [
    history(),
    keymap.of([
      ...defaultKeymap,
      ...historyKeymap,
      ...searchKeymap,
      ...foldKeymap,
      ...lintKeymap,
      { key: 'Mod-.', run: applyFixAtCursor, preventDefault: true },
    ]),
  ];
}
