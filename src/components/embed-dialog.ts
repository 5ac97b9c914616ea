/**
 * `<embed-dialog>`: writes the three embed snippets for the current files, version and mode when opened
 * (and when its options change), and copies them.
 */
import { astroSnippet, iframeSnippet, webComponentSnippet, type SnippetInput } from '../state/embed-snippets.ts';
import { $files } from '../state/files.ts';
import { $effectiveMode, $version } from '../state/version.ts';
import { copyText } from './copy.ts';

const WRITERS: Readonly<Record<string, (input: SnippetInput) => string>> = {
  iframe: iframeSnippet,
  component: webComponentSnippet,
  astro: astroSnippet,
};

class EmbedDialog extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('change', () => void this.fill());
    this.addEventListener('click', (e) => {
      const which = (e.target as HTMLElement).closest<HTMLElement>('[data-copy]')?.dataset['copy'];
      if (which !== undefined) void this.copy(which);
    });
  }

  /** Opens the dialog with snippets for the current unit. */
  async open(): Promise<void> {
    await this.fill();
    this.querySelector<HTMLElement>('[data-status]')!.textContent = '';
    const dialog = this.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
  }

  private async fill(): Promise<void> {
    // The browser's compressor, not the playground's encoder: such links never use the preset
    // dictionary, so /embed decodes them without loading its bundled decoder (decode-native.ts).
    const { encodePermalinkNative } = await import('../permalink/index.ts');
    const files = $files.get();
    const version = $version.get();
    const mode = $effectiveMode.get();
    const theme = this.querySelector<HTMLSelectElement>('[data-opt="theme"]')!.value;
    const input: SnippetInput = {
      siteUrl: new URL(import.meta.env.BASE_URL, location.origin).href,
      fragment: await encodePermalinkNative({ files, version, mode }),
      files,
      version,
      mode,
      options: {
        editable: this.querySelector<HTMLInputElement>('[data-opt="edit"]')!.checked,
        theme: theme === 'light' || theme === 'dark' ? theme : 'system',
        rows: this.querySelector<HTMLInputElement>('[data-opt="rows"]')!.checked ? 'open' : 'closed',
      },
    };
    for (const [kind, write] of Object.entries(WRITERS)) this.querySelector<HTMLTextAreaElement>(`[data-snippet="${kind}"]`)!.value = write(input);
  }

  private async copy(kind: string): Promise<void> {
    const text = this.querySelector<HTMLTextAreaElement>(`[data-snippet="${kind}"]`)!.value;
    const done = await copyText(text);
    const message = done ? `Copied the ${kind === 'component' ? 'web component' : kind === 'astro' ? 'Astro component' : 'iframe'} snippet.` : 'Copy failed: select the snippet and copy it by hand.';
    this.querySelector<HTMLElement>('[data-status]')!.textContent = message;
  }
}

if (!customElements.get('embed-dialog')) customElements.define('embed-dialog', EmbedDialog);
