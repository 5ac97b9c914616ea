/**
 * `<exposure-summary>`: the overall exposure, big, with its rating, emoji, the command whose output
 * it equals (live or offline, on which systemd) and a 0–10 ruler of the rating bands; when the unit
 * is refused, the refusal in systemd's words over the greyed-out last good score. The page's HTML
 * already shows its default unit (ExposureSummary.astro); this writes only what changes, and
 * nothing before the page's workspace is in the stores.
 */
import { afterQuiet } from '../state/after-quiet.ts';
import { formatExposure } from '../state/engine.ts';
import { analyzerCommand, commandPlace } from '../state/command.ts';
import { $unitFile } from '../state/files.ts';
import { $analysis, $report } from '../state/report.ts';
import { whenWorkspaceReady } from '../state/workspace-ready.ts';
import { refusalText } from './report-markup.ts';
import { markerX } from './ruler-geometry.ts';

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** The parts of the summary that change, found once in the element's markup. */
interface Parts {
  readonly number: HTMLElement;
  readonly rating: HTMLElement;
  readonly emoji: HTMLElement;
  readonly unit: HTMLElement;
  readonly marker: SVGRectElement;
  readonly track: SVGSVGElement;
  readonly refusal: HTMLElement;
  readonly command: HTMLElement;
  readonly place: HTMLElement;
}

/**
 * How long the score must stay the same before it is announced (ms), and the longest a change
 * waits while the score keeps changing: typing changes it on nearly every key.
 */
const ANNOUNCE_QUIET_MS = 700;
const ANNOUNCE_MAX_WAIT_MS = 3000;

/**
 * Announces the overall score to screen readers once per change, not per keystroke: the visible
 * summary changes on every key, so it is no live region itself; its hidden status line
 * (`[data-announce]`, in the page's markup so that taking the page over changes nothing) says
 * "Overall exposure 4.2 OK" once the score has stayed the same for {@link ANNOUNCE_QUIET_MS}, and
 * only when that differs from what was last said. The first score is the page's own, not a change,
 * and is not announced. Returns what to call with each score's wording, and `stop` to drop a
 * pending announcement.
 */
function scoreAnnouncer(status: HTMLElement): { update: (text: string) => void; stop: () => void } {
  let said: string | null = null;
  let latest = '';
  const say = afterQuiet(() => {
    if (latest === said) return;
    said = latest;
    status.textContent = latest;
  }, ANNOUNCE_QUIET_MS, ANNOUNCE_MAX_WAIT_MS);
  return {
    update: (text) => {
      latest = text;
      if (said === null) said = text;
      else say.schedule();
    },
    stop: () => say.cancel(),
  };
}

class ExposureSummary extends HTMLElement {
  private stops: (() => void)[] = [];

  connectedCallback(): void {
    const find = <T extends Element>(selector: string): T => this.querySelector<T>(selector)!;
    const parts: Parts = {
      number: find('[data-testid="overall-exposure"]'),
      rating: find('[data-testid="overall-rating"]'),
      emoji: find('[data-emoji]'),
      unit: find('[data-unit]'),
      marker: find('[data-marker]'),
      track: find('[data-marker-track]'),
      refusal: find('[data-refusal]'),
      command: find('[data-command]'),
      place: find('[data-place]'),
    };
    // Before the page's workspace is in the stores, they describe a placeholder: keep the page's view.
    this.stops.push(whenWorkspaceReady(() => this.follow(parts)));
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
    this.stops = [];
  }

  private follow(p: Parts): void {
    const announce = scoreAnnouncer(this.querySelector<HTMLElement>('[data-announce]')!);
    this.stops.push(
      announce.stop,
      $report.subscribe((report) => {
        if (report === null) return;
        announce.update(`Overall exposure ${formatExposure(report.exposure)} ${report.rating.label}`);
        // Each keystroke brings a new report, mostly with the same numbers: writing only what
        // changed spares the page style and layout work on the keystroke's task.
        setText(p.number, formatExposure(report.exposure));
        setText(p.rating, report.rating.label);
        setText(p.emoji, report.rating.emoji);
        setText(p.unit, report.unitId);
        const label = report.rating.label.toLowerCase();
        if (this.dataset['rating'] !== label) this.dataset['rating'] = label;
        const x = markerX(report.exposure);
        if (p.marker.getAttribute('x') !== x) p.marker.setAttribute('x', x);
        // Hidden (an SVG presentation attribute) only while no report was ever shown.
        if (p.track.hasAttribute('visibility')) p.track.removeAttribute('visibility');
      }),
      $analysis.subscribe((analysis) => {
        // What the numbers equal: the analysis's own version and mode (245–249 are live whatever was chosen).
        setText(p.command, analyzerCommand({ file: $unitFile.get().path, unitId: analysis.unitId }, analysis.mode));
        setText(p.place, commandPlace(analysis.version, analysis.mode));
        if (this.hasAttribute('data-stale') === analysis.ok) this.toggleAttribute('data-stale', !analysis.ok);
        if (p.refusal.hidden !== analysis.ok) p.refusal.hidden = analysis.ok;
        if (analysis.ok) return;
        setText(p.refusal, refusalText(analysis.reason));
        if ($report.get() !== null) return;
        // Refused from the start (a link, the last visit): no score at all, not the page's default one.
        setText(p.number, '–');
        setText(p.rating, '');
        setText(p.emoji, '');
        setText(p.unit, analysis.unitId ?? '…');
        delete this.dataset['rating'];
        p.track.setAttribute('visibility', 'hidden');
      }),
    );
  }
}

if (!customElements.get('exposure-summary')) customElements.define('exposure-summary', ExposureSummary);
