/**
 * Completion for unit files through @codemirror/autocomplete (popup, filtering, keyboard, ARIA):
 * section headers, the keys of the enclosing section and the values a key accepts, all of the
 * selected version. The completion source is this module's own, since only the engine knows which
 * keys and values a systemd version takes (`directiveCatalogue`, `acceptedValues`).
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { acceptedValues, type AnalysisMode, type SystemdVersion } from '../state/engine.ts';
import { isCommentLine } from './language.ts';
import { sectionAt } from './sections.ts';

/** section → key → type string, as `directiveCatalogue()` returns it. */
export type Catalogue = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** What completion needs from the page, read fresh at every request. */
export interface UnitCompletionContext {
  catalogue(): Catalogue;
  version(): SystemdVersion;
  /** The mode analysed (default offline). */
  mode?(): AnalysisMode;
}

/** UMask= takes any octal mask; these common ones are offered as examples (not an enumeration). */
const UMASK_EXAMPLES: readonly string[] = ['0077', '0027', '0022'];

/** The values offered after `key=` in `[section]`: what the version accepts, or examples. */
function valuesFor(section: string, key: string, context: UnitCompletionContext): readonly string[] {
  if (key === 'UMask' && context.catalogue().get(section)?.has(key) === true) return UMASK_EXAMPLES;
  return acceptedValues(section, key, context.version(), context.mode?.());
}

/** Keys are offered with `=` appended; the options carry which ones then offer values. */
interface KeyCompletion extends Completion {
  readonly hasValues: boolean;
}

/**
 * The completion source: at `[` section headers; at the start of a line the keys of the enclosing
 * section (on typing a word, or on Ctrl-Space at an empty line); after `KEY=` the key's values
 * (also right after `=`). Nothing in comments, free-form values, or keys before any header.
 * Each result says which typed text it stays valid for, so typing narrows it without a new query.
 */
export function unitCompletionSource(context: UnitCompletionContext): CompletionSource {
  return (cx: CompletionContext): CompletionResult | null => {
    const line = cx.state.doc.lineAt(cx.pos);
    const before = line.text.slice(0, cx.pos - line.from);
    if (isCommentLine(before)) return null;
    const trimmed = before.trimStart();
    if (trimmed.startsWith('[')) {
      if (trimmed.trimEnd().endsWith(']')) return null;
      const options = [...context.catalogue().keys()].map((s): Completion => ({ label: `[${s}]`, type: 'namespace' }));
      // Replace the whole header as typed so far, closing bracket included.
      return { from: cx.pos - trimmed.length, to: line.to, options, validFor: /^\[[A-Za-z]*$/ };
    }
    const section = sectionAt(cx.state.doc, line.number);
    const keys = context.catalogue().get(section);
    if (keys === undefined) return null;
    const eq = before.indexOf('=');
    if (eq < 0) {
      const word = /[A-Za-z0-9_-]*$/.exec(before)![0];
      if (before.slice(0, before.length - word.length).trim() !== '') return null;
      if (word === '' && !cx.explicit) return null;
      const options = [...keys].map(([key, type]): KeyCompletion => ({ label: key, apply: `${key}=`, detail: type, type: 'property', hasValues: valuesFor(section, key, context).length > 0 }));
      return { from: cx.pos - word.length, options, validFor: /^[A-Za-z0-9_-]*$/ };
    }
    const values = valuesFor(section, before.slice(0, eq).trim(), context);
    if (values.length === 0) return null;
    const word = /[^\s=]*$/.exec(before)![0];
    return { from: cx.pos - word.length, options: values.map((v): Completion => ({ label: v, type: 'enum' })), validFor: /^[^\s=]*$/ };
  };
}

/**
 * Autocompletion with {@link unitCompletionSource}: opens while typing and on Ctrl-Space; ↑/↓
 * choose, Enter accepts, Esc closes (the package's keymap; Tab is left alone, so it still leaves
 * the editor). Picking a key that has values opens its values at once.
 */
export function unitCompletion(context: UnitCompletionContext): Extension {
  return autocompletion({
    override: [unitCompletionSource(context)],
    activateOnCompletion: (c) => (c as Partial<KeyCompletion>).hasValues === true,
    icons: false,
  });
}
