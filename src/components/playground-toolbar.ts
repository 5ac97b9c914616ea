/**
 * `<playground-toolbar>`: examples menu, version and mode pickers, copy/download actions, theme switch and
 * the shortcuts overlay. Also owns the keyboard shortcuts of the page. The share menu, the embed
 * dialog and the planner's panel are fetched when first opened (their modules define their
 * elements, which upgrade in place).
 */
import { $baseline, $files, $unitFile, loadFiles } from '../state/files.ts';
import { changesAsDropIn } from '../state/dropin.ts';
import { reportAsJson, reportAsText } from '../state/clipboard.ts';
import { parseExamples, type Example } from '../state/examples.ts';
import { $report } from '../state/report.ts';
import { $selectedId, $visibleRows } from '../state/table-view.ts';
import { $theme, nextTheme } from '../state/theme.ts';
import { $effectiveMode, $version, selectMode, selectVersion } from '../state/version.ts';
import { modesOf, VERSIONS } from '../state/engine.ts';
import { currentLink } from '../state/link.ts';
import { copyText as copy } from './copy.ts';
import { download } from './download.ts';


class PlaygroundToolbar extends HTMLElement {
  private stops: (() => void)[] = [];
  examples: Example[] = [];

  connectedCallback(): void {
    this.examples = parseExamples(document.getElementById('examples-data')?.textContent);
    // The options are in the page (PlaygroundToolbar.astro); only the choice follows the stores.
    const picker = this.querySelector<HTMLSelectElement>('[data-testid="version-picker"]')!;
    picker.addEventListener('change', () => selectVersion(picker.value));
    const modePicker = this.querySelector<HTMLSelectElement>('[data-testid="mode-picker"]')!;
    modePicker.addEventListener('change', () => selectMode(modePicker.value));
    const examples = this.querySelector<HTMLSelectElement>('[data-examples]')!;
    examples.addEventListener('change', () => {
      const ex = this.examples.find((e) => e.slug === examples.value);
      examples.value = '';
      if (ex !== undefined) this.loadExample(ex);
    });
    document.addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action !== undefined) void this.run(action);
    });
    const themeBtn = this.querySelector<HTMLButtonElement>('[data-action="theme"]')!;
    this.stops.push(
      $version.subscribe((v) => {
        picker.value = v;
        // 245, 247 and 249 have no --offline: the option stays visible, greyed out.
        const offline = modePicker.querySelector<HTMLOptionElement>('option[value="offline"]');
        if (offline !== null) offline.disabled = !modesOf(v).includes('offline');
      }),
      $effectiveMode.subscribe((m) => {
        modePicker.value = m;
      }),
      $theme.subscribe((t) => {
        document.documentElement.dataset['theme'] = t;
        themeBtn.textContent = t === 'system' ? 'Theme: system' : t === 'light' ? 'Theme: light' : 'Theme: dark';
      }),
    );
    document.addEventListener('keydown', (e) => this.onKey(e));
    const dialog = document.querySelector<HTMLDialogElement>('#shortcuts')!;
    dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  }

  disconnectedCallback(): void {
    this.stops.forEach((s) => s());
  }

  /** Loads an example as the new baseline and announces it. */
  loadExample(ex: Example): void {
    loadFiles(ex.files);
    $selectedId.set(null);
    this.status(`Loaded ${ex.files[0]!.path}.`);
  }

  private status(text: string): void {
    this.dispatchEvent(new CustomEvent('status', { bubbles: true, detail: text }));
  }

  private async run(action: string): Promise<void> {
    const report = $report.get();
    switch (action) {
      case 'copy-text':
        if (report !== null) this.status((await copy(reportAsText(report))) ? 'Copied the report as systemd-analyze prints it.' : 'Copy failed.');
        break;
      case 'copy-json':
        if (report !== null) this.status((await copy(reportAsJson(report))) ? 'Copied the report as --json=pretty.' : 'Copy failed.');
        break;
      case 'copy-dropin': {
        const text = changesAsDropIn($baseline.get(), $files.get());
        if (text === '') this.status('No changes since the unit was loaded.');
        else this.status((await copy(text)) ? 'Copied your changes as a drop-in for systemctl edit.' : 'Copy failed.');
        break;
      }
      case 'download': {
        const unit = $unitFile.get();
        download(unit.path, unit.text);
        this.status(`Downloaded ${unit.path}.`);
        break;
      }
      case 'copy-link': {
        const url = await currentLink(location.origin, import.meta.env.BASE_URL);
        this.status((await copy(url)) ? 'Copied a link to this unit.' : 'Copy failed.');
        break;
      }
      case 'share':
        await import('./share-menu.ts');
        document.querySelector<HTMLElement & { open(): void }>('share-menu')?.open();
        break;
      case 'embed':
        await import('./embed-dialog.ts');
        document.querySelector<HTMLElement & { open(): void }>('embed-dialog')?.open();
        break;
      case 'harden':
        await import('./planner-panel.ts');
        await document.querySelector<HTMLElement & { open(): Promise<void> }>('planner-panel')?.open();
        break;
      case 'theme':
        $theme.set(nextTheme($theme.get()));
        break;
      case 'help':
        document.querySelector<HTMLDialogElement>('#shortcuts')?.showModal();
        break;
    }
  }

  private onKey(e: KeyboardEvent): void {
    const inEditor = (e.target as HTMLElement | null)?.closest?.('.cm-editor') != null;
    const inField = inEditor || ['INPUT', 'SELECT', 'TEXTAREA'].includes((e.target as HTMLElement | null)?.tagName ?? '');
    if (e.key === '?' && !inField) {
      e.preventDefault();
      void this.run('help');
      return;
    }
    if (e.key === 'Escape' && !inEditor && $selectedId.get() !== null) {
      $selectedId.set(null);
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const versions = VERSIONS.map((v) => v.id);
    const move = (d: number): void => {
      const rows = $visibleRows.get();
      const i = rows.findIndex((r) => r.id === $selectedId.get());
      const next = rows[Math.max(0, Math.min(rows.length - 1, i + d))];
      if (next !== undefined) {
        $selectedId.set(next.id);
        document.querySelector<HTMLElement>(`tr[data-json-field="${CSS.escape(next.id)}"]`)?.focus();
      }
    };
    const actions: Record<string, () => void> = {
      KeyE: () => document.querySelector<HTMLElement>('unit-editor')?.focus(),
      KeyR: () => document.querySelector<HTMLElement>('tr[data-testid="report-row"]')?.focus(),
      KeyV: () => selectVersion(versions[(versions.indexOf($version.get()) + 1) % versions.length]),
      KeyM: () => selectMode($effectiveMode.get() === 'live' ? 'offline' : 'live'),
      KeyT: () => void this.run('theme'),
      KeyH: () => void this.run('harden'),
      KeyC: () => void this.run('copy-text'),
      KeyJ: () => move(1),
      KeyK: () => move(-1),
      KeyA: () => document.querySelector<HTMLButtonElement>('row-detail [data-apply]:not([hidden])')?.click(),
    };
    const act = actions[e.code];
    if (act !== undefined) {
      e.preventDefault();
      act();
    }
  }
}

if (!customElements.get('playground-toolbar')) customElements.define('playground-toolbar', PlaygroundToolbar);
