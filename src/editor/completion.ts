/**
 * Completion of directive names (per section, from the selected version's catalogue), section
 * headers and enumerated values. A small popup of its own instead of @codemirror/autocomplete,
 * which would pull in @codemirror/language (≈ 25 KB gz together). Opens while typing a key or a
 * value and on Ctrl-Space; ↑/↓ choose, Enter/Tab accept, Esc closes.
 */
import { Prec, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, showTooltip, type Tooltip } from '@codemirror/view';
import type { AnalysisMode, SystemdVersion } from '../state/engine.ts';
import { linesUp } from './doc-lines.ts';
import { isComment, sectionAt } from './tokens.ts';
import { enumeratedValues } from './values.ts';

/** section → key → type string, as `directiveCatalogue()` returns it. */
export type Catalogue = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** What completion needs from the page, read fresh at every request. */
export interface CompletionSource {
  catalogue(): Catalogue;
  version(): SystemdVersion;
  /** The mode analysed (default offline); the values offered are the loader's, the same in both today. */
  mode?(): AnalysisMode;
}

/** One offered completion: what is shown, what is inserted, and a detail (the type). */
export interface Option {
  readonly label: string;
  readonly insert: string;
  readonly detail?: string;
}

/** Completions at a position: replace `[from, to)` with the chosen option's `insert`. */
export interface CompletionResult {
  readonly from: number;
  readonly to: number;
  readonly options: readonly Option[];
}

/** At most this many options are listed; typing narrows them. */
const LIMIT = 40;

/**
 * The completions at `pos`, or null when nothing applies (comments, free-form values, unknown
 * sections). Options whose label starts with the typed word come first, then those containing it,
 * case-insensitively. With `explicit` false an empty word offers nothing (no popup on a bare line).
 */
export function unitCompletions(state: EditorState, pos: number, source: CompletionSource, explicit: boolean): CompletionResult | null {
  const line = state.doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  if (isComment(before)) return null;
  const rank = (word: string, options: Option[]): Option[] => {
    const w = word.toLowerCase();
    const starts = options.filter((o) => o.label.toLowerCase().startsWith(w));
    const contains = w === '' ? [] : options.filter((o) => !o.label.toLowerCase().startsWith(w) && o.label.toLowerCase().includes(w));
    return [...starts, ...contains].slice(0, LIMIT);
  };
  const trimmed = before.trimStart();
  if (trimmed.startsWith('[')) {
    const opts = [...source.catalogue().keys()].map((s) => ({ label: `[${s}]`, insert: `[${s}]` }));
    const from = pos - trimmed.length;
    const options = rank(trimmed, opts);
    return options.length === 0 || (options.length === 1 && options[0]!.label === trimmed.trimEnd()) ? null : { from, to: line.to, options };
  }
  const keys = source.catalogue().get(sectionAt(linesUp(state.doc, line.number)));
  if (keys === undefined) return null;
  const eq = before.indexOf('=');
  if (eq < 0) {
    const word = /[A-Za-z0-9_-]*$/.exec(before)![0];
    if (word === '' && !explicit) return null;
    if (before.slice(0, before.length - word.length).trim() !== '') return null;
    const options = rank(word, [...keys].map(([key, type]) => ({ label: key, insert: `${key}=`, detail: type })));
    if (options.length === 1 && options[0]!.label === word) return null;
    return options.length === 0 ? null : { from: pos - word.length, to: pos, options };
  }
  const key = before.slice(0, eq).trim();
  const type = keys.get(key);
  if (type === undefined) return null;
  const values = enumeratedValues(key, type, source.version(), source.mode?.());
  const word = /[^\s=]*$/.exec(before)![0];
  if (values.length === 0 || (word === '' && !explicit && before.length > eq + 1 && !/\s$/.test(before))) return null;
  const options = rank(word, values.map((v) => ({ label: v, insert: v })));
  if (options.length === 0 || (options.length === 1 && options[0]!.label === word)) return null;
  return { from: pos - word.length, to: pos, options };
}

interface Open {
  readonly result: CompletionResult;
  readonly selected: number;
}

const setOpen = StateEffect.define<Open | null>();

function tooltipFor(open: Open): Tooltip {
  return {
    pos: open.result.from,
    above: false,
    create: () => {
      const dom = document.createElement('ul');
      dom.className = 'cm-completions';
      dom.setAttribute('role', 'listbox');
      dom.setAttribute('aria-label', 'Completions');
      open.result.options.forEach((o, i) => {
        const li = dom.appendChild(document.createElement('li'));
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === open.selected));
        li.dataset['index'] = String(i);
        li.textContent = o.label;
        if (o.detail !== undefined) li.appendChild(document.createElement('small')).textContent = o.detail;
      });
      // Scroll only the list: a native scrollIntoView would also scroll the page and force layout.
      const keepSelectedVisible = (): void => {
        const li = dom.children[open.selected] as HTMLElement | undefined;
        if (li === undefined) return;
        if (li.offsetTop < dom.scrollTop) dom.scrollTop = li.offsetTop;
        else if (li.offsetTop + li.offsetHeight > dom.scrollTop + dom.clientHeight) dom.scrollTop = li.offsetTop + li.offsetHeight - dom.clientHeight;
      };
      return open.selected === 0 ? { dom } : { dom, mount: keepSelectedVisible };
    },
  };
}

const openField = StateField.define<Open | null>({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setOpen)) return e.value;
    if (value === null) return null;
    if (tr.docChanged || tr.selection) return null;
    return value;
  },
  provide: (f) => showTooltip.compute([f], (s) => {
    const open = s.field(f);
    return open === null ? null : tooltipFor(open);
  }),
});

function accept(view: EditorView, open: Open, index: number): boolean {
  const option = open.result.options[index];
  if (option === undefined) return false;
  view.dispatch({
    changes: { from: open.result.from, to: open.result.to, insert: option.insert },
    selection: { anchor: open.result.from + option.insert.length },
    effects: setOpen.of(null),
    userEvent: 'input.complete',
  });
  return true;
}

/** Completion driven by `source` (catalogue and version are read at each request). */
export function unitCompletion(source: CompletionSource): Extension {
  const refresh = (view: EditorView, explicit: boolean): boolean => {
    const pos = view.state.selection.main.head;
    const result = view.state.selection.main.empty ? unitCompletions(view.state, pos, source, explicit) : null;
    // Most keystrokes leave no list open and open none: that second editor update would cost
    // ≈ 1 ms on the keystroke's own task, before the new score shows.
    if (result !== null || view.state.field(openField) !== null) view.dispatch({ effects: setOpen.of(result === null ? null : { result, selected: 0 }) });
    return result !== null;
  };
  const move = (d: number) => (view: EditorView): boolean => {
    const open = view.state.field(openField);
    if (open === null) return false;
    const n = open.result.options.length;
    view.dispatch({ effects: setOpen.of({ ...open, selected: (open.selected + d + n) % n }) });
    return true;
  };
  const acceptSelected = (view: EditorView): boolean => {
    const open = view.state.field(openField);
    return open !== null && accept(view, open, open.selected);
  };
  return [
    openField,
    Prec.highest(keymap.of([
      { key: 'Ctrl-Space', run: (v) => refresh(v, true) },
      { key: 'ArrowDown', run: move(1) },
      { key: 'ArrowUp', run: move(-1) },
      { key: 'Enter', run: acceptSelected },
      { key: 'Tab', run: acceptSelected },
      { key: 'Escape', run: (v) => (v.state.field(openField) === null ? false : (v.dispatch({ effects: setOpen.of(null) }), true)) },
    ])),
    EditorView.updateListener.of((u) => {
      // Re-open after typing (not after deletions, moves or completions themselves).
      if (u.transactions.some((t) => t.isUserEvent('input.type'))) queueMicrotask(() => refresh(u.view, false));
    }),
    EditorView.domEventHandlers({
      mousedown: (e, view) => {
        const li = (e.target as HTMLElement).closest<HTMLElement>('.cm-completions li');
        const open = view.state.field(openField);
        if (li === null || open === null) return false;
        e.preventDefault();
        return accept(view, open, Number(li.dataset['index']));
      },
    }),
  ];
}
