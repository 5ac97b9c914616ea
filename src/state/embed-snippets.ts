/**
 * The embed dialog's snippets for the current unit, version and mode: an `<iframe>` of `/embed` (with the
 * resize listener), the `<unitscore-report>` web component, and the build-time Astro component.
 * Pure: the site's URL and the permalink fragment are passed in.
 */
import type { AnalysisMode, SystemdVersion, UnitFile } from './engine.ts';
import { embedQuery, type EmbedOptions } from './embed-options.ts';

/** Where the site lives and what to embed. */
export interface SnippetInput {
  /** `https://example.org/unitscore/`: origin plus base path, ending in `/`. */
  readonly siteUrl: string;
  /** The permalink fragment, without `#` (`u1.…`). */
  readonly fragment: string;
  readonly files: readonly UnitFile[];
  readonly version: SystemdVersion;
  /** The mode the numbers are for; the iframe's link carries it, the components get a `mode` when it is `offline` (their default is `live`). Default `live`. */
  readonly mode?: AnalysisMode;
  readonly options?: Partial<EmbedOptions>;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string): string => escapeHtml(text).replace(/"/g, '&quot;');
const unitOf = (files: readonly UnitFile[]): UnitFile => files.find((f) => !f.path.includes('/')) ?? files[0] ?? { path: 'unit.service', text: '' };

/** ` mode="offline"` for an offline snippet; nothing for live, the components' default. */
const modeAttr = (input: SnippetInput): string => (input.mode === 'offline' ? ' mode="offline"' : '');

/**
 * An `<iframe>` of `/embed` for the unit, plus a listener that sets its height from the page's
 * `unitscore:resize` messages, accepting them only from the site's origin and from that frame.
 */
export function iframeSnippet(input: SnippetInput): string {
  const origin = new URL(input.siteUrl).origin;
  const src = `${input.siteUrl}embed${embedQuery(input.options ?? {})}#${input.fragment}`;
  const title = `unitscore: exposure of ${unitOf(input.files).path}`;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" style="width:100%;border:0" height="160" loading="lazy"></iframe>`,
    '<script>',
    '  // Fit the frame to its content: unitscore posts { type: "unitscore:resize", height } on every change.',
    '  addEventListener("message", (e) => {',
    `    if (e.origin !== ${JSON.stringify(origin)} || e.data?.type !== "unitscore:resize") return;`,
    '    for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.height = String(e.data.height);',
    '  });',
    '</script>',
  ].join('\n') + '\n';
}

/**
 * `<unitscore-report>` with the unit inline (HTML-escaped) and the script that defines it. Only the
 * unit file is embedded: the element reads one file (drop-ins need the iframe or the Astro component).
 */
export function webComponentSnippet(input: SnippetInput): string {
  const unit = unitOf(input.files);
  const text = unit.text.endsWith('\n') ? unit.text : `${unit.text}\n`;
  return `<script defer src="${escapeAttr(`${input.siteUrl}unitscore-report.js`)}"></script>\n<unitscore-report systemd="${input.version}"${modeAttr(input)} name="${escapeAttr(unit.path)}">\n${escapeHtml(text)}</unitscore-report>\n`;
}

/** A template literal holding `text` exactly (backslashes, backticks and `${` escaped). */
const templateLiteral = (text: string): string => `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;

/** The build-time Astro component (static HTML, no JavaScript), with every file inline. */
export function astroSnippet(input: SnippetInput): string {
  const unit = unitOf(input.files);
  const others = input.files.filter((f) => f !== unit);
  const lines = ['---', "import StaticReport from 'unitscore/StaticReport.astro';", '---'];
  if (others.length === 0) {
    lines.push(`<StaticReport systemd="${input.version}"${modeAttr(input)} name="${escapeAttr(unit.path)}" unit={${templateLiteral(unit.text)}} />`);
  } else {
    const files = input.files.map((f) => `  { path: ${JSON.stringify(f.path)}, text: ${templateLiteral(f.text)} },`);
    lines.push(`<StaticReport systemd="${input.version}"${modeAttr(input)} files={[`, ...files, ']} />');
  }
  return `${lines.join('\n')}\n`;
}
