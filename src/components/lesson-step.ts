/**
 * `<lesson-step>`: the interactive side of a lesson step. Reads the step's data from the JSON script
 * `#lesson-step-data`, loads the reader's draft (or the step's start) into the shared editor, ticks the
 * goals as the engine's analysis changes, remembers completion and drafts, and offers hints, "show
 * solution" and "reset step". Scores in the prose (`.lesson-score`) follow the version and mode pickers
 * (both remembered across lessons). The page's HTML already shows the step's start as the defaults
 * score it (the pickers' options, the goals: [step].astro); this keeps them up to date.
 */
import { assessorTable, isSystemdVersion, modesOf, type AnalysisMode, type SystemdVersion, type UnitFile } from '../state/engine.ts';
import { $files, loadFiles } from '../state/files.ts';
import { $effectiveMode, $mode, $version, selectMode, selectVersion } from '../state/version.ts';
import type { Goal } from '../lessons/goals.ts';
import type { Placeholder } from '../lessons/placeholders.ts';
import { placeholderValue } from '../lessons/scores.ts';
import { $activeStep, $goalResults, $stepComplete } from '../state/lesson-session.ts';
import { $lessonDrafts, markStepDone, saveDraft, stepKey } from '../state/lesson-progress.ts';
import { markWorkspaceReady } from '../state/workspace-ready.ts';
import { goalItemsHtml } from './goal-markup.ts';
import { localStorageOrNull } from './local-storage.ts';
import { setHtml } from './set-html.ts';

/** What the page embeds for the step. */
interface StepData {
  readonly lesson: string;
  readonly step: string;
  readonly goals: readonly Goal[];
  readonly hints: readonly string[];
  readonly start: readonly UnitFile[];
  readonly solved: readonly UnitFile[];
  /** REF → files, for the prose's score placeholders. */
  readonly refs: Readonly<Record<string, readonly UnitFile[]>>;
}

const VERSION_KEY = 'unitscore:lesson-version';
const MODE_KEY = 'unitscore:lesson-mode';

/** Text with `backtick` spans as <code> elements (hints are written in Markdown's inline style). */
function withInlineCode(text: string): Node[] {
  return text.split('`').map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

class LessonStep extends HTMLElement {
  private stops: (() => void)[] = [];
  private shownHints = 0;

  connectedCallback(): void {
    const text = document.getElementById('lesson-step-data')?.textContent ?? 'null';
    const data = JSON.parse(text) as StepData | null;
    if (data === null) return;
    const names = new Map(assessorTable($version.get()).map((a) => [a.id, a.name]));

    const store = localStorageOrNull();
    selectVersion(store?.getItem(VERSION_KEY));
    selectMode(store?.getItem(MODE_KEY));
    const picker = this.querySelector<HTMLSelectElement>('[data-version-picker]');
    if (picker !== null) {
      picker.value = $version.get();
      picker.addEventListener('change', () => selectVersion(picker.value));
    }
    const modePicker = this.querySelector<HTMLSelectElement>('[data-mode-picker]');
    modePicker?.addEventListener('change', () => selectMode(modePicker.value));

    $activeStep.set({ lesson: data.lesson, step: data.step, goals: data.goals, start: data.start, solved: data.solved });
    loadFiles($lessonDrafts.get()[stepKey(data.lesson, data.step)] ?? data.start);
    markWorkspaceReady();

    const goalList = this.querySelector<HTMLUListElement>('[data-goals]');
    const done = this.querySelector<HTMLElement>('[data-done]');
    const hintList = this.querySelector<HTMLOListElement>('[data-hints]');
    const hintButton = this.querySelector<HTMLButtonElement>('[data-action="hint"]');

    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    this.stops.push(
      $files.listen((files) => {
        // Save a little after typing stops; a reset clears the draft right away.
        if (saveTimer !== undefined) clearTimeout(saveTimer);
        saveTimer = setTimeout(() => saveDraft(data.lesson, data.step, files), 300);
      }),
      $goalResults.subscribe((results) => {
        // The list is a live region: unchanged markup is left alone, so it is not read out again.
        if (goalList !== null) setHtml(goalList, goalItemsHtml(results, (id) => names.get(id), import.meta.env.BASE_URL));
      }),
      $stepComplete.subscribe((complete) => {
        if (complete) markStepDone(data.lesson, data.step);
        if (done !== null && done.hidden === complete) done.hidden = !complete;
      }),
      $version.subscribe((version) => {
        store?.setItem(VERSION_KEY, version);
        if (picker !== null) picker.value = version;
        const offline = modePicker?.querySelector<HTMLOptionElement>('option[value="offline"]');
        if (offline != null) offline.disabled = !modesOf(version).includes('offline');
        this.refreshScores(data.refs, version, $effectiveMode.get());
      }),
      $mode.listen((mode) => {
        store?.setItem(MODE_KEY, mode);
        this.refreshScores(data.refs, $version.get(), $effectiveMode.get());
      }),
      $effectiveMode.subscribe((mode) => {
        if (modePicker !== null) modePicker.value = mode;
      }),
    );

    hintButton?.addEventListener('click', () => {
      const hint = data.hints[this.shownHints];
      if (hint === undefined || hintList === null) return;
      const li = document.createElement('li');
      li.append(...withInlineCode(hint));
      hintList.append(li);
      this.shownHints += 1;
      if (this.shownHints >= data.hints.length) hintButton.disabled = true;
    });
    if (hintButton !== null && data.hints.length === 0) hintButton.disabled = true;
    this.querySelector('[data-action="solution"]')?.addEventListener('click', () => loadFiles(data.solved));
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      loadFiles(data.start);
      saveDraft(data.lesson, data.step, null);
    });
  }

  disconnectedCallback(): void {
    this.stops.forEach((stop) => stop());
    this.stops = [];
    $activeStep.set(null);
  }

  /** Re-computes every score in the prose that is not pinned to a version and mode, for `version` in `mode`. */
  private refreshScores(refs: StepData['refs'], version: SystemdVersion, mode: AnalysisMode): void {
    for (const span of document.querySelectorAll<HTMLElement>('.lesson-score:not([data-mode])')) {
      const kind: Placeholder['kind'] = span.dataset['kind'] === 'rating' ? 'rating' : 'score';
      const pinned = span.dataset['version'];
      const placeholder = isSystemdVersion(pinned) ? { kind, ref: span.dataset['ref'] ?? '', version: pinned } : { kind, ref: span.dataset['ref'] ?? '' };
      const value = placeholderValue(placeholder, refs, version, mode);
      // Unchanged scores are left alone: the page was built with the default version's.
      if (value !== null && span.textContent !== value) span.textContent = value;
    }
  }
}

if (!customElements.get('lesson-step')) customElements.define('lesson-step', LessonStep);
