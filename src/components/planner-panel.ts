/**
 * `<planner-panel>`: the "Harden to…" dialog (PlannerPanel.astro). It writes the form into
 * `$plannerForm`, follows the plan only while open (state/planner.ts: planned once the inputs
 * settle), and shows it: before → after, why a target is out of reach, the drop-in in the chosen
 * export, the path with "stop here" on each step; "Add as drop-in" writes it into the workspace as
 * `UNIT.d/hardening.conf` and closes. The result is announced once it has settled, not per change.
 * This module and the planner come as one chunk, fetched when the panel is first opened.
 */
import { afterQuiet } from '../state/after-quiet.ts';
import { formatExposure } from '../state/engine.ts';
import { $planOutcome, $planPending, $plannerForm, $plannerRequest, applyPlan, followPlanner, isCurrent, type PlanOutcome } from '../state/planner.ts';
import { profileOf, profileSummary, QUESTION_ORDER, stepTarget, withNeed, withProfile, type ProfileChoice } from '../state/planner-form.ts';
import { planAnnouncement, planSummary, pathRows, type PathRow } from '../state/planner-view.ts';
import { plannerExport } from '../state/planner-exports.ts';
import type { Blocker, NeedId } from '../state/planner-engine.ts';
import { copyText } from './copy.ts';
import stylesheetUrl from '../styles/planner-panel.css?url';
import { escapeHtml, refusalText } from './report-markup.ts';

/** How long the result must stay the same before it is announced (ms), as the score's announcer waits. */
const ANNOUNCE_QUIET_MS = 700;

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** One row of the path view. */
function pathRowHtml(row: PathRow): string {
  const cls = [row.inDropIn ? 'in-drop-in' : '', row.meetsTarget ? 'meets-target' : ''].filter((c) => c !== '').join(' ');
  const mark = row.meetsTarget ? ' <span class="planner-mark">target met</span>' : '';
  return `<tr${cls === '' ? '' : ` class="${cls}"`}${row.meetsTarget ? ' aria-current="step"' : ''} data-step="${row.step}">`
    + `<td class="num">${row.step}${row.inDropIn ? '<span class="visually-hidden"> (in the drop-in)</span>' : ''}</td>`
    + `<td class="num"><b>${row.exposure}</b>${mark}</td>`
    + `<td class="risk tier-${row.tier}">${escapeHtml(row.risk)}</td>`
    + `<td class="lines">${row.lines.map((l) => `<code>${escapeHtml(l)}</code>`).join(' ')}</td>`
    + `<td><button type="button" class="stop" data-stop="${row.exposure}" aria-label="Stop here, at step ${row.step}: target ${row.exposure}">Stop here</button></td>`
    + '</tr>';
}

let stylesheet: Promise<void> | null = null;

/**
 * Links the panel's stylesheet, once; resolves when it has loaded (or failed to: the panel works
 * unstyled). It comes with the panel rather than with the page, whose first view has no use for a
 * closed dialog's layout; the bundler would otherwise link it from the page.
 */
function panelStylesheet(): Promise<void> {
  return (stylesheet ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  }));
}

class PlannerPanel extends HTMLElement {
  private stops: (() => void)[] = [];
  private stopFollowing: (() => void) | null = null;
  private exportId = 'drop-in';
  private pathHtml = '';
  /** The plan and export the panel shows (render() rewrites them only when these change). */
  private shown: PlanOutcome | null = null;
  private shownExport = '';
  private said = '';
  private latest = '';
  private readonly announce = afterQuiet(() => this.say(), ANNOUNCE_QUIET_MS, ANNOUNCE_QUIET_MS * 4);

  private get dialog(): HTMLDialogElement {
    return this.querySelector('dialog')!;
  }

  private find<T extends Element>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback(): void {
    const target = this.find<HTMLInputElement>('[data-testid="planner-target"]');
    target.addEventListener('input', () => $plannerForm.set({ ...$plannerForm.get(), target: target.value }));
    target.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      const next = stepTarget(target.value, e.key === 'ArrowUp' ? 1 : -1);
      e.preventDefault();
      if (next !== null) this.setTarget(next);
    });
    this.find<HTMLSelectElement>('[data-profile]').addEventListener('change', (e) => {
      $plannerForm.set(withProfile($plannerForm.get(), (e.target as HTMLSelectElement).value as ProfileChoice));
    });
    this.find<HTMLInputElement>('[data-writes]').addEventListener('input', (e) => $plannerForm.set({ ...$plannerForm.get(), writes: (e.target as HTMLInputElement).value }));
    this.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      const need = box.dataset['need'];
      if (need !== undefined) $plannerForm.set(withNeed($plannerForm.get(), need as NeedId, box.checked));
      if (box.matches('[data-export]')) {
        this.exportId = box.value;
        this.render();
      }
    });
    this.addEventListener('click', (e) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-band], [data-stop], [data-drop-need], [data-close], [data-copy-export], [data-testid="planner-apply"]');
      if (el === null) return;
      if (el.dataset['band'] !== undefined) this.setTarget(el.dataset['band']);
      else if (el.dataset['stop'] !== undefined) this.setTarget(el.dataset['stop']);
      else if (el.dataset['dropNeed'] !== undefined) this.dropNeed(el.dataset['dropNeed'] as NeedId);
      else if (el.hasAttribute('data-close')) this.dialog.close();
      else if (el.hasAttribute('data-copy-export')) void this.copy();
      else this.apply();
    });
    this.dialog.addEventListener('close', () => this.unfollow());
    this.stops.push(
      $plannerForm.subscribe(() => this.showForm()),
      $plannerRequest.subscribe(() => this.showErrors()),
      $planOutcome.subscribe(() => this.render()),
      $planPending.subscribe(() => this.render()),
    );
  }

  disconnectedCallback(): void {
    this.unfollow();
    this.stops.forEach((s) => s());
    this.stops = [];
  }

  /** Opens the panel (once its stylesheet is in) and plans the workspace as it is now. */
  async open(): Promise<void> {
    await panelStylesheet();
    this.find<HTMLElement>('[data-status]').textContent = '';
    this.stopFollowing ??= followPlanner();
    if (!this.dialog.open) this.dialog.showModal();
  }

  private unfollow(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.announce.cancel();
  }

  private setTarget(text: string): void {
    const input = this.find<HTMLInputElement>('[data-testid="planner-target"]');
    input.value = text;
    $plannerForm.set({ ...$plannerForm.get(), target: text });
  }

  /** The form's state into its controls (a profile ticks its needs; the picker names the set ticked). */
  private showForm(): void {
    const form = $plannerForm.get();
    const target = this.find<HTMLInputElement>('[data-testid="planner-target"]');
    if (target.value !== form.target) target.value = form.target;
    for (const id of QUESTION_ORDER) {
      const box = this.find<HTMLInputElement>(`[data-need="${id}"]`);
      if (box.checked !== form.needs.has(id)) box.checked = form.needs.has(id);
    }
    const writes = this.find<HTMLInputElement>('[data-writes]');
    writes.disabled = !form.needs.has('writes');
    if (writes.value !== form.writes) writes.value = form.writes;
    const profile = profileOf(form.needs);
    this.find<HTMLSelectElement>('[data-profile]').value = profile;
    setText(this.find('[data-profile-summary]'), profileSummary(profile));
    const more = [...this.querySelectorAll<HTMLInputElement>('[data-more] [data-need]')];
    setText(this.find('[data-more-count]'), `(${more.filter((b) => b.checked).length} of ${more.length} ticked)`);
  }

  private showErrors(): void {
    const request = $plannerRequest.get();
    const show = (selector: string, input: string, message: string | null): void => {
      const el = this.find<HTMLElement>(selector);
      el.hidden = message === null;
      setText(el, message ?? '');
      const control = this.find<HTMLInputElement>(input);
      if (message === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    };
    show('[data-target-error]', '[data-testid="planner-target"]', request.target.ok ? null : request.target.message);
    show('[data-writes-error]', '[data-writes]', request.needs.ok ? null : request.needs.message);
    this.render();
  }

  /** The newest plan, current or not, and whether it stands for what the form and workspace now say. */
  private shownOutcome(): { outcome: PlanOutcome | null; fresh: boolean } {
    const outcome = $planOutcome.get();
    return { outcome, fresh: outcome !== null && !$planPending.get() && isCurrent(outcome) };
  }

  /**
   * Shows the state of the plan: stale (greyed, the button off) from a change until its plan is
   * in, and the plan itself only when it (or the chosen export) changed: every keystroke renders,
   * and rewriting the path and the drop-in each time would cost a phone a long task.
   */
  private render(): void {
    const { outcome, fresh } = this.shownOutcome();
    const outcomeEl = this.find<HTMLElement>('[data-outcome]');
    outcomeEl.toggleAttribute('data-stale', !fresh);
    outcomeEl.setAttribute('aria-busy', String($planPending.get()));
    this.find<HTMLElement>('.planner-files').toggleAttribute('data-stale', !fresh);
    if (outcome !== this.shown || this.exportId !== this.shownExport) {
      this.shown = outcome;
      this.shownExport = this.exportId;
      this.showOutcome(outcome);
    }
    const result = outcome?.result;
    this.find<HTMLButtonElement>('[data-testid="planner-apply"]').disabled = !fresh || result?.ok !== true || result.dropIn.assignments.length === 0;
    if (!fresh || outcome === null || result === undefined) return;
    this.announceLater(result.ok ? planAnnouncement(result, outcome.target) : `No plan: ${this.find('[data-refused]').textContent ?? ''}`);
  }

  /** Writes a plan (or the refusal, or "Planning…" before the first) into the panel. */
  private showOutcome(outcome: PlanOutcome | null): void {
    const met = this.find<HTMLElement>('[data-met]');
    const refused = this.find<HTMLElement>('[data-refused]');
    const unmet = this.find<HTMLElement>('[data-unmet]');
    const note = this.find<HTMLElement>('[data-apply-note]');
    const text = this.find<HTMLTextAreaElement>('[data-export-text]');
    if (outcome === null) {
      setText(met, 'Planning…');
      return;
    }
    const { result, target } = outcome;
    refused.hidden = result.ok;
    this.find<HTMLElement>('[data-scores]').hidden = !result.ok;
    if (!result.ok) {
      setText(refused, result.analysis.ok ? '' : refusalText(result.analysis.reason));
      setText(met, 'Nothing to plan: the unit must be one systemd-analyze accepts.');
      unmet.hidden = true;
      setText(note, '');
      text.value = '';
      this.showPath('');
      return;
    }
    const s = planSummary(result, target);
    setText(this.find('[data-before-exposure]'), s.before.exposure);
    setText(this.find('[data-before-rating]'), s.before.rating);
    setText(this.find('[data-after-exposure]'), s.after.exposure);
    setText(this.find('[data-after-rating]'), s.after.rating);
    this.find<HTMLElement>('[data-after]').dataset['rating'] = s.after.rating.toLowerCase();
    this.find<HTMLElement>('[data-before]').dataset['rating'] = s.before.rating.toLowerCase();
    const targetText = formatExposure(target);
    setText(met, s.lines === 0 ? `The unit already meets the target ${targetText}: there is nothing to add.` : s.met ? `Target ${targetText} met with ${s.lines} ${s.lines === 1 ? 'line' : 'lines'}.` : `Target ${targetText} not met: the drop-in goes as low as the stated needs allow.`);
    this.find<HTMLElement>('[data-outcome]').toggleAttribute('data-not-met', !s.met);
    unmet.hidden = s.unmet === null;
    setText(this.find('[data-unmet-text]'), s.unmet ?? '');
    this.showBlockers(s.met ? [] : result.blockers);
    setText(note, result.dropIn.path);
    const chosen = plannerExport(this.exportId);
    const written = chosen.write(result.dropIn, outcome.version);
    if (text.value !== written) text.value = written;
    setText(this.find('[data-copy-export]'), chosen.copy);
    if (this.showPath(pathRows(result).map(pathRowHtml).join(''))) this.scrollToTargetStep();
  }

  /** One button per need in the way, which unticks it (the plan then goes lower). */
  private showBlockers(blockers: readonly Blocker[]): void {
    const html = blockers.map((b) => `<li><button type="button" data-drop-need="${b.need}">Untick ${escapeHtml(b.need)} (goes to ${formatExposure(b.floorWithout)})</button></li>`).join('');
    const list = this.find<HTMLElement>('[data-blockers]');
    if (list.innerHTML !== html) list.innerHTML = html;
  }

  /** Unticks a need in the way and moves focus to its checkbox, so the change is seen and can be undone. */
  private dropNeed(need: NeedId): void {
    $plannerForm.set(withNeed($plannerForm.get(), need, false));
    const box = this.find<HTMLInputElement>(`[data-need="${need}"]`);
    const more = box.closest('details');
    if (more !== null) more.open = true;
    box.focus();
  }

  /**
   * Writes the path's rows (escaped markup from {@link pathRowHtml}) unless they are what it shows;
   * returns whether they changed. (Not set-html.ts: the lessons' chunk of that would be one more
   * request on the panel's first opening.)
   */
  private showPath(html: string): boolean {
    if (html === this.pathHtml) return false;
    this.pathHtml = html;
    this.find<HTMLElement>('[data-path]').innerHTML = html;
    return true;
  }

  /**
   * Brings the step that meets the target into view inside the path's own scroll box (wide
   * screens give it one; on a phone the path is part of the page and nothing moves).
   */
  private scrollToTargetStep(): void {
    const wrap = this.find<HTMLElement>('.planner-path-wrap');
    const row = wrap.querySelector<HTMLElement>('tr.meets-target');
    if (row === null || wrap.scrollHeight <= wrap.clientHeight + 1) return;
    const offset = row.getBoundingClientRect().top - wrap.getBoundingClientRect().top + wrap.scrollTop;
    wrap.scrollTop = Math.max(0, offset - wrap.clientHeight / 2);
  }

  /** Says `text` once it has stayed the same for a while, and only if it differs from what was last said. */
  private announceLater(text: string): void {
    if (text === '') return;
    this.latest = text;
    this.announce.schedule();
  }

  private say(): void {
    if (this.latest === this.said) return;
    this.said = this.latest;
    setText(this.find('[data-announce]'), this.latest);
  }

  private async copy(): Promise<void> {
    const text = this.find<HTMLTextAreaElement>('[data-export-text]').value;
    if (text === '') return;
    const done = await copyText(text);
    setText(this.find('[data-status]'), done ? `Copied ${plannerExport(this.exportId).what}.` : 'Copy failed: select the text and copy it by hand.');
  }

  private apply(): void {
    const { outcome, fresh } = this.shownOutcome();
    if (outcome === null || !fresh) return;
    // Stop following first: the drop-in changes the files, and the panel has nothing left to plan.
    this.unfollow();
    this.dialog.close();
    const path = applyPlan(outcome.result);
    if (path !== null) this.dispatchEvent(new CustomEvent('status', { bubbles: true, detail: `Added ${path}: the report now includes it.` }));
  }
}

if (!customElements.get('planner-panel')) customElements.define('planner-panel', PlannerPanel);
