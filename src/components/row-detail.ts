/**
 * `<row-detail>`: the open row explained: why it is ✓ or ✗ (the deciding lines, highlighted in the
 * editor), what the setting protects against, and an apply button that shows the score the
 * recommended line leads to before it is clicked.
 */
import { $applyPreview } from '../state/apply.ts';
import { assessorTable, formatExposure, type Row, type SystemdVersion } from '../state/engine.ts';
import { $activePath, $files, replaceFiles } from '../state/files.ts';
import { $report, contribution } from '../state/report.ts';
import { $selectedId, $selectedRow } from '../state/table-view.ts';
import { $version } from '../state/version.ts';
import { settingPath } from '../collections/links.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls !== undefined) e.className = cls;
  return e;
}

/** The logical line of a span, as text, for the "decided by" list. */
function lineText(path: string, start: number, end: number): string {
  const f = $files.get().find((x) => x.path === path);
  return f === undefined ? '' : f.text.slice(start, end).replace(/\\\n\s*/g, ' ').trim();
}

class RowDetail extends HTMLElement {
  private stops: (() => void)[] = [];

  private ready = false;

  // The report table moves this element under the open row, which disconnects and reconnects it:
  // listeners are added once, subscriptions follow the connection.
  connectedCallback(): void {
    const body = this.querySelector<HTMLElement>('[data-body]')!;
    const apply = this.querySelector<HTMLButtonElement>('[data-apply]')!;
    if (!this.ready) {
      this.ready = true;
      this.querySelector<HTMLButtonElement>('[data-close]')!.addEventListener('click', () => $selectedId.set(null));
      apply.addEventListener('click', () => this.apply());
    }
    const update = (): void => this.render(body, $selectedRow.get(), $version.get());
    // The preview is a second full analysis: computed in the frame after a change (not subscribed,
    // so nanostores computes it only on that `get()`), keeping keystrokes to one analysis.
    let scheduled = false;
    const updateLater = (): void => {
      if (scheduled || $selectedId.get() === null) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        this.renderPreview(apply);
      });
    };
    let shownId: string | null = null;
    this.stops.push($selectedRow.subscribe((row) => {
      update();
      if (row?.id !== shownId) {
        // Another row: never show the previous row's promise, even for one frame.
        shownId = row?.id ?? null;
        apply.hidden = true;
        delete apply.dataset['after'];
      }
      updateLater();
    }), $files.listen(updateLater), $version.listen(updateLater));
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
    this.stops = [];
  }

  /** Applies the previewed change (the button's label already showed the score it leads to). */
  apply(): boolean {
    const preview = $applyPreview.get();
    if (preview === null) return false;
    replaceFiles(preview.files);
    this.dispatchEvent(new CustomEvent('status', { bubbles: true, detail: `Added ${preview.assignment.key}=${preview.assignment.value}.` }));
    return true;
  }

  private render(body: HTMLElement, row: Row | null, version: SystemdVersion): void {
    this.hidden = row === null;
    if (row === null) return;
    const report = $report.get();
    const info = assessorTable(version).find((a) => a.id === row.id);
    const head = el('h3');
    head.append(el('span', row.set === null ? '–' : row.set ? '✓' : '✗', `glyph set-${String(row.set)}`), ` ${row.name}`);
    const parts: HTMLElement[] = [head, el('p', row.description ?? '(systemd prints no description for this value)', 'row-desc')];
    const why = el('p');
    if (row.spans.length === 0) why.textContent = 'No line of the unit sets this; the value is systemd\'s default.';
    else {
      why.append('Decided by ');
      row.spans.forEach((s, i) => {
        if (i > 0) why.append(i === row.spans.length - 1 ? ' and ' : ', ');
        const b = el('button', `${s.file}:${s.line}`, 'linklike');
        b.type = 'button';
        b.title = lineText(s.file, s.start, s.end);
        b.addEventListener('click', () => $activePath.set(s.file));
        why.append(b, ' ', el('code', lineText(s.file, s.start, s.end)));
      });
      why.append('.');
    }
    parts.push(why);
    if (info !== undefined) {
      const dl = el('dl');
      if (info.descriptionGood !== null) dl.append(el('dt', 'When good'), el('dd', info.descriptionGood));
      if (info.descriptionBad !== null) dl.append(el('dt', 'When bad'), el('dd', info.descriptionBad));
      if (info.descriptionNa !== null) dl.append(el('dt', 'Not applicable'), el('dd', info.descriptionNa));
      parts.push(dl);
    }
    const score = el('p', '', 'row-score');
    score.textContent = row.badness === null
      ? `Not applicable: counts in neither sum (weight ${row.weight}).`
      : `Badness ${row.badness} of ${row.range} × weight ${row.weight} → adds ${contribution(row)} to ${report?.badnessSum ?? '?'} (of ${report?.weightSum ?? '?'}).`;
    parts.push(score);
    if (info !== undefined) {
      const a = el('a', 'Documentation');
      a.href = info.url;
      a.target = '_blank';
      a.rel = 'noopener';
      parts.push(el('p'));
      parts[parts.length - 1]!.append(a);
    }
    // Our own reference page for the row (what it stops, what it breaks, what each value earns).
    const ref = el('a', 'What this setting does');
    ref.href = settingPath(import.meta.env.BASE_URL, row.id);
    parts[parts.length - 1]?.append(' · ', ref);
    body.replaceChildren(...parts);
  }

  private renderPreview(apply: HTMLButtonElement): void {
    const preview = $applyPreview.get();
    apply.hidden = preview === null;
    if (preview !== null) {
      const line = `${preview.assignment.key}=${preview.assignment.value}`;
      const after = preview.after === null ? 'the unit would be refused' : `${formatExposure(preview.after.exposure)} ${preview.after.rating.label}`;
      apply.textContent = `Apply ${line} → ${after}`;
      apply.dataset['after'] = preview.after === null ? '' : formatExposure(preview.after.exposure);
    }
  }
}

if (!customElements.get('row-detail')) customElements.define('row-detail', RowDetail);
