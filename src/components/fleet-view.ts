/**
 * `<fleet-view>`: the fleet page's behaviour over the markup of FleetView.astro. It reads what the
 * reader picks or drops (fleet-input.ts), hands it to the state layer ($fleetInput and friends in
 * src/state/fleet/), and renders the stores: the summary, the table (sorted by the header buttons,
 * with `aria-sort`), the overview as text, the CSV and JSON downloads. Everything stays in the
 * browser: downloads are Blob object URLs.
 *
 * The engine runs on the main thread: a thousand real units take 200–400 ms to analyse in Chromium
 * here, and the table is one `innerHTML` (30–90 ms); the whole way from the input to the table's
 * frame is 0.3–0.9 s against a 2 s budget (`npm run felt-speed`, the "fleet" figure), so a Worker,
 * with a second copy of the engine to download and every report to copy back, would not make the
 * table appear sooner.
 */
import { encodePermalink, permalinkUrl } from '../permalink/index.ts';
import { download } from './download.ts';
import type { AnalysisMode } from '../state/engine.ts';
import {
  $fleetInput, $fleetOnlyListed, $fleetProblems, $fleetRows, $fleetShown, $fleetSort,
  fleetCsv, fleetJson, loadFleet, overviewText, toggleFleetSort,
  type FleetInput, type FleetProblem, type FleetRow, type FleetSortKey,
} from '../state/fleet/index.ts';
import { $effectiveMode, $version } from '../state/version.ts';
import { copyText } from './copy.ts';
import { dropRoots, placedFromInput, readDrop, readFiles, type ReadInput } from './fleet-input.ts';
import { fleetBodyHtml } from './fleet-markup.ts';
import { bindVersionModePicker } from './version-mode-picker.ts';

/** How each problem reads (fleet/entries.ts names the codes). */
const PROBLEM_TEXT: Readonly<Record<FleetProblem['code'], (args: Readonly<Record<string, string>>) => string>> = {
  'not-an-archive': (a) => `${a['name'] ?? ''} is neither a tar archive nor a gzip-compressed one.`,
  'unsupported-compression': (a) => `${a['name'] ?? ''} is compressed with ${a['format'] ?? '?'}, which a browser cannot unpack by itself: use .tar or .tar.gz.`,
  'unreadable': (a) => `${a['name'] ?? ''} could not be read.`,
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The summary under the input: what was found and how much of it the real overview lists. */
function summary(input: FleetInput, rows: readonly FleetRow[], mode: AnalysisMode): string {
  const listed = rows.filter((r) => r.listed).length;
  const oneshot = rows.filter((r) => r.note?.kind === 'oneshot').length;
  const refused = rows.filter((r) => r.note?.kind === 'refused' || r.note?.kind === 'missing').length;
  if (rows.length === 0) return 'No service unit found in what was given.';
  const found = `${plural(rows.length, 'service')} from ${input.folders.join(', ')}`;
  const parts = mode === 'live'
    ? [`${listed.toLocaleString('en')} in the overview`, ...(oneshot > 0 ? [`${oneshot.toLocaleString('en')} oneshot`] : []), ...(refused > 0 ? [`${refused.toLocaleString('en')} not analysed`] : [])]
    : [`${listed.toLocaleString('en')} analysed`, ...(refused > 0 ? [`${refused.toLocaleString('en')} not analysed`] : [])];
  const { aliases, templates, overridden } = input.counts;
  const skipped = [
    ...(aliases > 0 ? [plural(aliases, 'alias', 'aliases')] : []),
    ...(templates > 0 ? [plural(templates, 'template')] : []),
    ...(overridden > 0 ? [`${overridden.toLocaleString('en')} overridden`] : []),
  ];
  return `${found}: ${parts.join(', ')}.${skipped.length > 0 ? ` Not listed: ${skipped.join(', ')}.` : ''}`;
}


class FleetView extends HTMLElement {
  private stops: (() => void)[] = [];
  private readonly byUnit = new Map<string, FleetRow>();

  private find<T extends HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (element === null) throw new Error(`fleet-view: no ${selector}`);
    return element;
  }

  connectedCallback(): void {
    const status = this.find('[data-fleet-status]');
    const summaryLine = this.find('[data-fleet-summary]');
    const problems = this.find<HTMLUListElement>('[data-fleet-problems]');
    const results = this.find('[data-fleet-results]');
    const body = this.find<HTMLTableSectionElement>('[data-fleet-body]');
    const text = this.find('[data-fleet-text]');
    const textNote = this.find('[data-fleet-text-note]');
    const onlyListed = this.find<HTMLInputElement>('[data-fleet-only-listed]');
    const zone = this.find('[data-fleet-drop]');
    const base = import.meta.env.BASE_URL;
    const playground = permalinkUrl('', { origin: '', base });

    // User Timing marks (`fleet-input`, `fleet-read`, `fleet-table`; measure `fleet`): what
    // `npm run felt-speed` times, from the input to the table's first frame.
    const load = async (reading: Promise<ReadInput>): Promise<void> => {
      status.textContent = 'Reading…';
      const { entries, problems: found } = await reading;
      performance.mark('fleet-read');
      loadFleet(entries, found);
      // The frame after this task shows the table: say so then.
      requestAnimationFrame(() => {
        performance.mark('fleet-table');
        const took = performance.measure('fleet', 'fleet-input', 'fleet-table').duration;
        status.textContent = `${plural($fleetRows.get().length, 'service')} read and analysed in ${Math.round(took).toLocaleString('en')} ms.`;
      });
    };
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
      input.addEventListener('change', () => {
        performance.mark('fleet-input');
        if (input.files !== null && input.files.length > 0) void load(readFiles(placedFromInput(input.files)));
        input.value = '';
      });
    }
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      if (e.dataTransfer !== null) e.dataTransfer.dropEffect = 'copy';
      zone.classList.add('fleet-drop-over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('fleet-drop-over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('fleet-drop-over');
      performance.mark('fleet-input');
      if (e.dataTransfer !== null) void load(readDrop(dropRoots(e.dataTransfer)));
    });

    // Sort buttons: one per column header.
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
      button.addEventListener('click', () => toggleFleetSort(button.dataset['sort'] as FleetSortKey));
    }
    onlyListed.addEventListener('change', () => $fleetOnlyListed.set(onlyListed.checked));

    // A unit's link gets its permalink when first pointed at, focused or clicked.
    const fillLink = (e: Event): void => {
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-fleet-link]');
      if (link == null || link.dataset['filled'] === 'true') return;
      const row = this.byUnit.get(link.dataset['fleetLink'] ?? '');
      if (row === undefined || row.source.files.length === 0) return;
      link.href = permalinkUrl(encodePermalink({ files: row.source.files, version: $version.get(), mode: $effectiveMode.get() }), { origin: '', base });
      link.dataset['filled'] = 'true';
    };
    for (const type of ['pointerover', 'focusin', 'click', 'contextmenu']) body.addEventListener(type, fillLink);

    this.addEventListener('click', (e) => {
      const action = (e.target as Element).closest<HTMLElement>('[data-fleet-action]')?.dataset['fleetAction'];
      const mode = $effectiveMode.get();
      const stem = `fleet-${$version.get()}-${mode}`;
      if (action === 'csv') download(`${stem}.csv`, fleetCsv($fleetShown.get(), mode), 'text/csv');
      else if (action === 'json') download(`${stem}.json`, fleetJson($fleetShown.get(), mode), 'application/json');
      else if (action === 'copy-text') void copyText(overviewText($fleetRows.get(), $version.get())).then((ok) => { status.textContent = ok ? 'Overview copied.' : 'Could not copy.'; });
    });

    // The overview as text is laid out when its <details> is open (a thousand rows' cell widths
    // take a while, and most readers never open it), and again on each change while it is.
    const textView = this.find<HTMLDetailsElement>('[data-fleet-text-view]');
    const writeText = (): void => {
      text.textContent = textView.open ? overviewText($fleetRows.get(), $version.get()) : '';
    };
    textView.addEventListener('toggle', writeText);

    this.stops.push(
      bindVersionModePicker(this),
      $fleetProblems.subscribe((list) => {
        problems.replaceChildren(...list.map((p) => Object.assign(document.createElement('li'), { textContent: PROBLEM_TEXT[p.code](p.args) })));
        problems.hidden = list.length === 0;
      }),
      $fleetRows.subscribe((rows) => {
        const input = $fleetInput.get();
        this.byUnit.clear();
        for (const row of rows) this.byUnit.set(row.unit, row);
        results.hidden = input === null;
        if (input === null) return;
        const mode = $effectiveMode.get();
        summaryLine.textContent = summary(input, rows, mode);
        textNote.hidden = mode === 'live';
        writeText();
      }),
      $fleetShown.subscribe((rows) => {
        body.innerHTML = fleetBodyHtml(rows, $effectiveMode.get(), playground, $fleetInput.get()?.folders.length ?? 0);
      }),
      $fleetSort.subscribe((sort) => {
        for (const th of this.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
          const active = th.dataset['sortColumn'] === sort.key;
          if (active) th.setAttribute('aria-sort', sort.direction);
          else th.removeAttribute('aria-sort');
          th.querySelector('[data-sort-arrow]')!.textContent = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
        }
      }),
    );
  }

  disconnectedCallback(): void {
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }
}

if (!customElements.get('fleet-view')) customElements.define('fleet-view', FleetView);
