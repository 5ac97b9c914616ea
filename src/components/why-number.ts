/**
 * `<why-number>`: the arithmetic behind the overall exposure, live: per applicable row its weight,
 * badness and range and what it adds (biggest first), then the sums and the formula with the numbers filled in.
 * Built only while the `<details>` is open, so it costs nothing on keystrokes otherwise.
 */
import { formatExposure, type Report } from '../state/engine.ts';
import { $report, contribution } from '../state/report.ts';
import { sortRows } from '../state/engine.ts';

class WhyNumber extends HTMLElement {
  private stop: (() => void) | null = null;

  connectedCallback(): void {
    const details = this.querySelector('details')!;
    const body = this.querySelector<HTMLElement>('[data-body]')!;
    const formula = this.querySelector<HTMLElement>('[data-formula]')!;
    const update = (): void => {
      const report = $report.get();
      if (!details.open || report === null) return;
      this.render(body, formula, report);
    };
    details.addEventListener('toggle', update);
    this.stop = $report.subscribe(update);
  }

  disconnectedCallback(): void {
    this.stop?.();
  }

  private render(body: HTMLElement, formula: HTMLElement, report: Report): void {
    // Biggest contribution first (then systemd's order): the rows that make the number.
    const rows = sortRows(report.rows, report.version)
      .filter((r) => r.badness !== null)
      .map((r, i) => [r, i] as const)
      .sort(([a, i], [b, j]) => contribution(b) - contribution(a) || i - j)
      .map(([r]) => r);
    body.replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement('tr');
        for (const text of [r.name, String(r.weight), `${r.badness}/${r.range}`, String(contribution(r))]) tr.appendChild(document.createElement('td')).textContent = text;
        return tr;
      }),
    );
    const na = report.rows.length - rows.length;
    const raw = (report.badnessSum * 100) / Math.max(report.weightSum, 1);
    formula.textContent =
      `Σ ⌈badness × weight / range⌉ = ${report.badnessSum} over ${rows.length} rows (${na} N/A rows count in neither sum)\n` +
      `Σ weight = ${report.weightSum}\n` +
      `exposure = ⌈${report.badnessSum} × 100 / ${report.weightSum}⌉ = ⌈${raw.toFixed(2)}⌉ = ${report.exposure} → ${formatExposure(report.exposure)} ${report.rating.label}`;
  }
}

if (!customElements.get('why-number')) customElements.define('why-number', WhyNumber);
