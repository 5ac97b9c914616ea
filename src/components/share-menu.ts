/**
 * `<share-menu>`: the share dialog. Builds the link when opened (the codec is already loaded by the
 * link sync), warns when it is longer than chat tools keep, and copies the link, the unit as
 * Markdown, or the before → after snippet (baseline vs. current files, same version).
 */
import { analyze } from '../state/engine.ts';
import { $baseline, $files } from '../state/files.ts';
import { shareLink } from '../state/link.ts';
import { $analysis } from '../state/report.ts';
import { beforeAfterSnippet, markdownSnippet } from '../state/share.ts';
import { $effectiveMode, $version } from '../state/version.ts';
import { copyText } from './copy.ts';

class ShareMenu extends HTMLElement {
  private url = '';

  connectedCallback(): void {
    this.addEventListener('click', (e) => {
      const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-share]')?.dataset['share'];
      if (kind !== undefined) void this.share(kind);
    });
  }

  /** Opens the dialog with a fresh link and the Markdown preview. */
  async open(): Promise<void> {
    const dialog = this.querySelector('dialog')!;
    const link = await shareLink(location.origin, import.meta.env.BASE_URL);
    this.url = link.url;
    this.querySelector<HTMLInputElement>('[data-link]')!.value = link.url;
    const warning = this.querySelector<HTMLElement>('[data-too-long]')!;
    warning.hidden = !link.tooLong;
    warning.textContent = `This link is ${link.url.length.toLocaleString('en')} characters long. Chat tools and some mail clients cut links above about ${link.limit.toLocaleString('en')}: share it as Markdown (which includes the unit) or as a file instead.`;
    this.preview(this.text('markdown'));
    this.querySelector<HTMLElement>('[data-status]')!.textContent = '';
    if (!dialog.open) dialog.showModal();
  }

  /** The text for one share kind. */
  private text(kind: string): string {
    const version = $version.get();
    const mode = $effectiveMode.get();
    if (kind === 'link') return this.url;
    if (kind === 'markdown') return markdownSnippet($files.get(), $analysis.get(), this.url);
    const baseline = $baseline.get();
    return beforeAfterSnippet({ files: baseline, analysis: analyze(baseline, { version, mode }) }, { files: $files.get(), analysis: $analysis.get() }, version, this.url);
  }

  private preview(text: string): void {
    this.querySelector<HTMLTextAreaElement>('[data-preview]')!.value = text;
  }

  private async share(kind: string): Promise<void> {
    const text = this.text(kind);
    this.preview(text);
    const done = await copyText(text);
    const what = kind === 'link' ? 'the link' : kind === 'markdown' ? 'the unit as Markdown' : 'the before → after snippet';
    const message = done ? `Copied ${what}.` : 'Copy failed: select the preview and copy it by hand.';
    this.querySelector<HTMLElement>('[data-status]')!.textContent = message;
    this.dispatchEvent(new CustomEvent('status', { bubbles: true, detail: message }));
  }
}

if (!customElements.get('share-menu')) customElements.define('share-menu', ShareMenu);
