/**
 * `<exposure-summary>`: the overall exposure, big, with its rating, emoji, the command whose output
 * it equals (live or offline, on which systemd) and a 0–10 ruler of the rating bands; when the unit is refused, the refusal in systemd's words over the greyed-out last
 * good score.
 */
import { afterQuiet } from '../state/after-quiet.ts';
import { BANDS } from '../state/bands.ts';
import { diagnosticMessage, formatExposure } from '../state/engine.ts';
import { analyzerCommand, commandPlace } from '../state/command.ts';
import { $unitFile } from '../state/files.ts';
import { $analysis, $report } from '../state/report.ts';

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * How long the score must stay the same before it is announced (ms), and the longest a change
 * waits while the score keeps changing: typing changes it on nearly every key.
 */
const ANNOUNCE_QUIET_MS = 700;
const ANNOUNCE_MAX_WAIT_MS = 3000;

/**
 * Announces the overall score to screen readers once per change, not per keystroke: the visible
 * summary changes on every key, so it is no live region itself (the markup's `aria-live` is
 * removed); a hidden status line says "Overall exposure 4.2 OK" once the score has stayed the same
 * for {@link ANNOUNCE_QUIET_MS}, and only when that differs from what was last said. The first
 * score is the page's own, not a change, and is not announced. Returns what to call with each
 * score's wording, and `stop` to drop a pending announcement.
 */
function scoreAnnouncer(host: HTMLElement): { update: (text: string) => void; stop: () => void } {
  host.removeAttribute('aria-live');
  const status = host.appendChild(document.createElement('p'));
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.dataset['announce'] = '';
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
    const number = this.querySelector<HTMLElement>('[data-testid="overall-exposure"]')!;
    const rating = this.querySelector<HTMLElement>('[data-testid="overall-rating"]')!;
    const emoji = this.querySelector<HTMLElement>('[data-emoji]')!;
    const unit = this.querySelector<HTMLElement>('[data-unit]')!;
    const marker = this.querySelector<HTMLElement>('[data-marker]')!;
    const refusal = this.querySelector<HTMLElement>('[data-refusal]')!;
    const ruler = this.querySelector<HTMLElement>('[data-ruler]')!;
    const command = this.querySelector<HTMLElement>('[data-command]')!;
    const place = this.querySelector<HTMLElement>('[data-place]')!;
    ruler.replaceChildren(
      ...BANDS.map((b, i) => {
        const next = BANDS[i + 1]?.min ?? 101;
        const seg = document.createElement('span');
        seg.className = `band band-${b.label.toLowerCase()}`;
        seg.style.flexGrow = String(Math.max(next - b.min, 1));
        seg.title = `${b.label} from ${formatExposure(b.min)}`;
        seg.dataset['start'] = formatExposure(b.min);
        return seg;
      }),
      marker,
    );
    const announce = scoreAnnouncer(this);
    this.stops.push(
      announce.stop,
      $report.subscribe((report) => {
        if (report === null) return;
        announce.update(`Overall exposure ${formatExposure(report.exposure)} ${report.rating.label}`);
        // Each keystroke brings a new report, mostly with the same numbers: writing only what
        // changed spares the page style and layout work on the keystroke's task.
        setText(number, formatExposure(report.exposure));
        setText(rating, report.rating.label);
        setText(emoji, report.rating.emoji);
        setText(unit, report.unitId);
        const label = report.rating.label.toLowerCase();
        if (this.dataset['rating'] !== label) this.dataset['rating'] = label;
        const left = `${report.exposure}%`;
        if (marker.style.left !== left) marker.style.left = left;
        const now = String(report.exposure / 10);
        if (marker.getAttribute('aria-valuenow') !== now) marker.setAttribute('aria-valuenow', now);
      }),
      $analysis.subscribe((analysis) => {
        // What the numbers equal: the analysis's own version and mode (245–249 are live whatever was chosen).
        setText(command, analyzerCommand({ file: $unitFile.get().path, unitId: analysis.unitId }, analysis.mode));
        setText(place, commandPlace(analysis.version, analysis.mode));
        this.toggleAttribute('data-stale', !analysis.ok);
        refusal.hidden = analysis.ok;
        if (!analysis.ok) {
          refusal.textContent = `systemd-analyze refuses this unit: ${diagnosticMessage(analysis.reason)}`;
          if ($report.get() === null) number.textContent = '–';
        }
      }),
    );
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
  }
}

if (!customElements.get('exposure-summary')) customElements.define('exposure-summary', ExposureSummary);
