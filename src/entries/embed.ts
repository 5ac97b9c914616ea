/**
 * The `/embed` page: decodes the permalink in the fragment (with the browser's decompressor when the
 * link allows, see decode-native.ts), analyses it in the page and shows the compact report, with "open in playground". Read-only by default; `?edit=1` adds a plain textarea
 * (never CodeMirror, so the page stays small; edits are re-linked with the browser's compressor). Reports its height to the embedding page with
 * `{ type: 'unitscore:resize', height }` (see README, "Embedding").
 */
import { analyze, DEFAULT_VERSION, isSystemdVersion, type AnalysisMode, type SystemdVersion, type UnitFile } from '../engine/score-only.ts';
// The modules themselves, not permalink/index.ts: the bundled DEFLATE codec and its dictionary must
// stay out of this page's script (decode-native.ts loads them only for links that need them).
import { decodePermalinkNative } from '../permalink/decode-native.ts';
import { linkMode } from '../permalink/state.ts';
import { parseEmbedOptions, type ResizeMessage } from '../state/embed-options.ts';
import { renderReport } from '../components/report-view.ts';

const options = parseEmbedOptions(location.search);
const root = document.querySelector<HTMLElement>('.us-report')!;
const report = root.querySelector<HTMLElement>('[data-report]')!;
const open = root.querySelector<HTMLAnchorElement>('[data-open]')!;
// The playground's address: the site's base path (Astro writes it with both slashes) on this origin.
const playground = `${location.origin}${import.meta.env.BASE_URL}`;
root.dataset['theme'] = options.theme;
document.documentElement.dataset['theme'] = options.theme;

let files: UnitFile[] = [];
let version: SystemdVersion = DEFAULT_VERSION;
let mode: AnalysisMode = 'live';
let editor: HTMLTextAreaElement | null = null;

function message(text: string): void {
  report.replaceChildren(Object.assign(document.createElement('p'), { className: 'us-error', textContent: text }));
}

function render(): void {
  const file = (files.find((f) => !f.path.includes('/')) ?? files[0])?.path ?? 'unit.service';
  renderReport(report, analyze(files, { version, mode }), { rows: options.rows, file });
  root.dataset['rating'] = report.dataset['rating'] ?? '';
}

/**
 * Re-encodes the edited unit for "open in playground", with the browser's compressor (no bundled
 * encoder). Only an edit needs the link writer, so it is a chunk of its own, loaded on the first one.
 */
async function relink(): Promise<void> {
  const { encodePermalinkNative } = await import('../permalink/encode-native.ts');
  open.href = `${playground}#${await encodePermalinkNative({ files, version, mode })}`;
}

/** Shows the unit in the fragment; a newer fragment arriving meanwhile wins (decoding is async). */
let loads = 0;
async function load(): Promise<void> {
  const ticket = ++loads;
  const hash = location.hash;
  const result = await decodePermalinkNative(hash);
  if (ticket !== loads) return;
  open.href = playground + hash;
  if (!result.ok && result.code === 'empty') {
    message('No unit to show: this page expects a unitscore link after #.');
    return;
  }
  if (!result.ok) {
    // Only a broken link needs the wording of link errors, so it is a chunk of its own; such a
    // link has already loaded the bundled decoder (decode-native.ts falls back to it to say why).
    const { brokenLinkMessage } = await import('../state/link-messages.ts');
    if (ticket === loads) message(brokenLinkMessage(result.code, result.args).replace(/;.*$/, '.'));
    return;
  }
  if (result.state.files.length === 0) {
    message('This link carries no unit.');
    return;
  }
  files = result.state.files.slice();
  version = isSystemdVersion(result.state.version) ? result.state.version : DEFAULT_VERSION;
  // `?mode=` wins; else the link's own; a link without one was made offline (before modes existed).
  mode = options.mode ?? linkMode(result.state);
  render();
  // The playground must open what is shown: re-link when `?mode=` overrode the link's mode.
  if (mode !== linkMode(result.state)) void relink();
  if (options.editable) {
    editor ??= root.insertBefore(Object.assign(document.createElement('textarea'), { className: 'us-edit', spellcheck: false }), open.parentElement);
    editor.setAttribute('aria-label', `Edit ${files[0]!.path}`);
    editor.value = files[0]!.text;
    editor.rows = Math.min(24, files[0]!.text.split('\n').length + 1);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
root.addEventListener('input', (e) => {
  if (e.target !== editor || editor === null || files.length === 0) return;
  files = [{ path: files[0]!.path, text: editor.value }, ...files.slice(1)];
  clearTimeout(timer);
  timer = setTimeout(() => {
    render();
    void relink();
  }, 120);
});

// Tell the parent our height whenever it changes (rows opened, text edited, fonts, width).
let lastHeight = -1;
const post = (): void => {
  // The body's own height: the document's would be at least the frame's, so it could never shrink.
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const msg: ResizeMessage = { type: 'unitscore:resize', height };
  // '*': the height is no secret, and the parent's origin is not ours to know. We never read messages.
  window.parent.postMessage(msg, '*');
};
new ResizeObserver(post).observe(document.body);

void load();
window.addEventListener('hashchange', () => void load());
post();
