/**
 * `<unit-editor>`: the CodeMirror editor with one tab per file (unit + drop-ins). It writes every
 * edit to `$files` and mirrors store changes (apply, examples, paste) back into the editor with
 * minimal changes, so undo keeps working. One EditorState per file keeps each file's history.
 *
 * It mounts a plain editor first and switches in the editor's second chunk (history, keys, search,
 * language, completion, lint: editor/features.ts) when that arrives, so typing changes the score
 * before the CodeMirror packages have loaded.
 */
import { Annotation, Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, lineNumbers } from '@codemirror/view';
import { decidingLines, directiveHover, foldGutterPlaceholder, loadEditorFeatures, setDeciding, unitEditorTheme, type EditorDiagnostic, type EditorFeatures } from '../editor/index.ts';
import { assessorTable, diagnosticMessage, splitSystemctlCat } from '../state/engine.ts';
import { $activePath, $files, addDropIn, loadFiles, removeFile, renameUnit, setFileText } from '../state/files.ts';
import { $analysedFiles, $analysis, $report } from '../state/report.ts';
import { $selectedRow } from '../state/table-view.ts';
import { $catalogue, $effectiveMode, $version } from '../state/version.ts';

/**
 * The editor's second chunk, requested as soon as this module runs rather than after the editor
 * mounts: the download then follows this chunk's without a gap, and the page goes quiet on the
 * network sooner.
 */
const featuresLoading: Promise<EditorFeatures> = loadEditorFeatures();

/** Marks transactions that mirror the store into the editor, so they are not written back. */
const fromStore = Annotation.define<boolean>();

/** The smallest single change turning `a` into `b` (common prefix and suffix kept). */
export function minimalChange(a: string, b: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { from: start, to: endA, insert: b.slice(start, endB) };
}

/**
 * Whether `next` shows the same as `shown` (the editor's diagnostics, in document order) at the
 * same places. A fix is compared by what it writes: its action finds its text again when applied.
 */
function sameDiagnostics(shown: readonly EditorDiagnostic[], next: readonly EditorDiagnostic[]): boolean {
  if (shown.length !== next.length) return false;
  // The lint field keeps diagnostics sorted by position (stably): compare in that order.
  const sorted = [...next].sort((a, b) => a.from - b.from || a.to - b.to);
  return shown.every((d, i) => {
    const e = sorted[i]!;
    return d.from === e.from && d.to === e.to && d.message === e.message && d.severity === e.severity && d.journal === e.journal && d.fix?.insert === e.fix?.insert;
  });
}

class UnitEditor extends HTMLElement {
  private view: EditorView | null = null;
  private states = new Map<string, EditorState>();
  private path = '';
  private stops: (() => void)[] = [];
  /** The open document's text, cached: on a 1 MB document each `doc.toString()` costs ≈ 10 ms. */
  private docText: string | null = null;
  /** The second chunk once loaded (null before), and its extensions, switched in through {@link featureSlot}. */
  private features: EditorFeatures | null = null;
  /** Until the second chunk: the fold gutter's placeholder, so the text keeps its place when the real one comes. */
  private featureExtensions: Extension = foldGutterPlaceholder();
  private readonly featureSlot = new Compartment();

  private activeText(): string {
    return (this.docText ??= this.view!.state.doc.toString());
  }

  connectedCallback(): void {
    const host = this.querySelector<HTMLElement>('[data-editor-host]')!;
    const tabs = this.querySelector<HTMLElement>('[data-tabs]')!;
    this.path = $activePath.get();
    const file = $files.get().find((f) => f.path === this.path) ?? $files.get()[0]!;
    this.path = file.path;
    host.textContent = '';
    this.view = new EditorView({ parent: host, state: this.createState(file.path, file.text) });
    void featuresLoading.then((features) => this.switchInFeatures(features));
    this.stops.push(
      $files.subscribe((files) => {
        this.syncFromStore(files);
        this.renderTabs(tabs);
      }),
      $activePath.subscribe((p) => this.open(p, tabs)),
      $analysis.subscribe(() => this.later('diagnostics')),
      $selectedRow.subscribe(() => {
        this.later('deciding');
        this.renderTabs(tabs);
      }),
    );
    tabs.addEventListener('click', (e) => this.onTabClick(e));
    tabs.addEventListener('dblclick', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-path]');
      if (b !== null && !(b.dataset['path'] ?? '/').includes('/')) this.startRename(b);
    });
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
    this.view?.destroy();
  }

  private pending = new Set<'diagnostics' | 'deciding'>();

  /**
   * Lint marks and deciding-line highlights follow the report one frame later: pushing them is a
   * second editor update, and keeping it off the keystroke's task lets the new score paint first.
   */
  private later(what: 'diagnostics' | 'deciding'): void {
    if (this.pending.size === 0) {
      requestAnimationFrame(() => {
        const due = [...this.pending];
        this.pending.clear();
        if (due.includes('diagnostics')) this.pushDiagnostics();
        if (due.includes('deciding')) this.pushDeciding();
      });
    }
    this.pending.add(what);
  }

  /** Reconfigures every file's state with the second chunk's extensions, then shows the diagnostics it can now draw. */
  private switchInFeatures(features: EditorFeatures): void {
    const view = this.view;
    if (view === null) return;
    this.features = features;
    this.featureExtensions = features.editorFeatures(this.source());
    const effects = this.featureSlot.reconfigure(this.featureExtensions);
    for (const [path, state] of this.states) if (path !== this.path) this.states.set(path, state.update({ effects }).state);
    view.dispatch({ effects });
    this.pushDiagnostics();
  }

  /** Focuses the editor (keyboard shortcut). */
  override focus(): void {
    this.view?.focus();
  }

  /** What completion and hover read of the page, fresh at each use. */
  private source() {
    return {
      catalogue: () => $catalogue.get(),
      version: () => $version.get(),
      mode: () => $effectiveMode.get(),
      assessors: () => assessorTable($version.get()),
      report: () => $report.get(),
    };
  }

  private extensions(): Extension[] {
    return [
      highlightSpecialChars(),
      lineNumbers(),
      // After the line numbers: the fold gutter (or its placeholder) is the column right of them.
      this.featureSlot.of(this.featureExtensions),
      highlightActiveLine(),
      highlightActiveLineGutter(),
      directiveHover(this.source()),
      decidingLines(),
      unitEditorTheme(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Unit file editor', spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        this.docText = null;
        if (!u.transactions.some((t) => t.annotation(fromStore))) setFileText(this.path, this.activeText());
      }),
      EditorView.domEventHandlers({ paste: (e) => this.onPaste(e) }),
    ];
  }

  private createState(path: string, text: string): EditorState {
    const state = EditorState.create({ doc: text, extensions: this.extensions() });
    this.states.set(path, state);
    return state;
  }

  /** `systemctl cat` output pasted anywhere replaces the workspace with the files it contains. */
  private onPaste(e: ClipboardEvent): boolean {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const files = splitSystemctlCat(text);
    if (files === null) return false;
    e.preventDefault();
    loadFiles(files);
    this.dispatchEvent(new CustomEvent('status', { bubbles: true, detail: `Pasted systemctl cat output: ${files.length} file${files.length === 1 ? '' : 's'}.` }));
    return true;
  }

  private syncFromStore(files: readonly { path: string; text: string }[]): void {
    const view = this.view!;
    for (const [path, state] of this.states) {
      const f = files.find((x) => x.path === path);
      if (f === undefined) this.states.delete(path);
      else if (path !== this.path && state.doc.toString() !== f.text) this.states.set(path, state.update({ changes: minimalChange(state.doc.toString(), f.text), annotations: fromStore.of(true) }).state);
    }
    const active = files.find((f) => f.path === this.path);
    if (active !== undefined) {
      const current = this.activeText();
      if (current !== active.text) view.dispatch({ changes: minimalChange(current, active.text), annotations: fromStore.of(true) });
    }
  }

  private open(path: string, tabs: HTMLElement): void {
    const view = this.view!;
    const file = $files.get().find((f) => f.path === path) ?? $files.get()[0]!;
    if (file.path !== this.path) {
      if (this.states.has(this.path)) this.states.set(this.path, view.state);
      this.path = file.path;
      const saved = this.states.get(file.path);
      view.setState(saved !== undefined && saved.doc.toString() === file.text ? saved : this.createState(file.path, file.text));
      this.docText = null;
      this.pushDiagnostics();
      this.pushDeciding();
    }
    this.renderTabs(tabs);
  }

  private pushDiagnostics(): void {
    const view = this.view;
    const features = this.features;
    // Before the second chunk there is no lint display; it pushes them when it arrives.
    if (view === null || features === null) return;
    // A huge paste is analysed a task later: until then the diagnostics belong to the old text.
    if ($analysedFiles.get() !== $files.get()) return;
    const analysis = $analysis.get();
    const diags = features.analysisDiagnostics(analysis, this.path, view.state.doc, { message: diagnosticMessage, catalogue: $catalogue.get() });
    // Most keystrokes leave the diagnostics as they were (the field already moved them with the
    // edit); skipping the no-op update saves a full editor update per keystroke.
    if (sameDiagnostics(features.shownDiagnostics(view.state), diags)) return;
    view.dispatch(features.showDiagnostics(view.state, diags));
  }

  /** What the deciding highlight last showed: row, file and spans, to skip no-op updates. */
  private decidingKey = '';
  /** Row and file the editor last scrolled to, so typing with a row open never jumps the view. */
  private scrolledTo = '';

  private pushDeciding(): void {
    const view = this.view;
    if (view === null) return;
    const row = $selectedRow.get();
    const ranges = (row?.spans ?? []).filter((s) => s.file === this.path).map((s) => ({ from: s.start, to: s.end }));
    const key = `${row?.id ?? ''}\n${this.path}\n${ranges.map((r) => `${r.from}-${r.to}`).join(',')}`;
    if (key === this.decidingKey) return;
    this.decidingKey = key;
    const first = ranges[0];
    const target = `${row?.id ?? ''}\n${this.path}`;
    const scroll = first !== undefined && target !== this.scrolledTo;
    if (scroll) this.scrolledTo = target;
    view.dispatch({ effects: scroll ? [setDeciding.of(ranges), EditorView.scrollIntoView(Math.min(first.from, view.state.doc.length), { y: 'nearest' })] : setDeciding.of(ranges) });
  }

  private tabsKey = '';

  private renderTabs(tabs: HTMLElement): void {
    const files = $files.get();
    const deciding = new Set(($selectedRow.get()?.spans ?? []).map((s) => s.file));
    // Typing changes $files on every keystroke; only rebuild the tabs when what they show changes.
    const key = [this.path, ...files.map((f) => f.path), '|', ...deciding].join('\n');
    if (key === this.tabsKey) return;
    this.tabsKey = key;
    const parts: HTMLElement[] = files.map((f) => {
      const wrap = document.createElement('span');
      wrap.className = 'tab';
      const b = wrap.appendChild(document.createElement('button'));
      b.type = 'button';
      // A group of buttons, not an ARIA tablist: a tablist may hold only tabs, and each file has its
      // own remove button beside it (and "+ drop-in" closes the row); aria-current marks the open file.
      b.dataset['path'] = f.path;
      if (f.path === this.path) b.setAttribute('aria-current', 'true');
      b.textContent = f.path;
      if (!f.path.includes('/')) b.title = 'Double-click to rename the unit';
      if (deciding.has(f.path) && f.path !== this.path) b.classList.add('has-deciding');
      if (f.path.includes('/')) {
        const x = wrap.appendChild(document.createElement('button'));
        x.type = 'button';
        x.className = 'tab-close';
        x.dataset['remove'] = f.path;
        x.setAttribute('aria-label', `Remove ${f.path}`);
        x.textContent = '×';
      }
      return wrap;
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'tab-add';
    add.dataset['add'] = '';
    add.textContent = '+ drop-in';
    add.title = 'Add a drop-in file (UNIT.d/override.conf)';
    tabs.replaceChildren(...parts, add);
  }

  /**
   * Renames the unit in place: the tab becomes a text field; Enter or leaving it renames (the name
   * matters: it is the unit id, and `root.service` or `foo@.service` score differently), Esc cancels.
   */
  private startRename(tab: HTMLButtonElement): void {
    const input = document.createElement('input');
    input.value = tab.dataset['path'] ?? '';
    input.className = 'tab-rename';
    input.setAttribute('aria-label', 'Unit file name');
    let done = false;
    const finish = (commit: boolean): void => {
      if (done) return;
      done = true;
      if (!commit || !renameUnit(input.value)) {
        this.tabsKey = '';
        this.renderTabs(tab.closest<HTMLElement>('[data-tabs]')!);
      }
      this.view?.focus();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') finish(true);
      else if (e.key === 'Escape') finish(false);
      e.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true));
    tab.replaceWith(input);
    input.select();
  }

  private onTabClick(e: Event): void {
    const target = (e.target as HTMLElement).closest('button');
    if (target === null) return;
    if (target.dataset['remove'] !== undefined) removeFile(target.dataset['remove']);
    else if (target.dataset['add'] !== undefined) addDropIn();
    else if (target.dataset['path'] !== undefined) $activePath.set(target.dataset['path']);
  }
}

if (!customElements.get('unit-editor')) customElements.define('unit-editor', UnitEditor);
