/**
 * `<unitscore-report>`: the rating of a systemd unit, computed in the page and rendered inline in
 * a shadow root, for pages that cannot use iframes. Built as one self-contained script,
 * `unitscore-report.js` (scripts/build-component.ts), that makes no request of its own except
 * fetching a same-origin `src`.
 *
 * Attributes (all optional):
 * - `systemd`: a version the engine knows (`245` … `262`); default (and for unknown values) the newest;
 * - `mode`: `live` (default, and for unknown values: `systemd-analyze security NAME` on a running
 *   system) or `offline` (`--offline=true ./FILE`); 245, 247 and 249 have no offline mode and are live;
 * - `name`: the unit's file name, which sets its unit id; default the file name of `src`, else
 *   `unit.service`;
 * - `src`: a same-origin URL of the unit file to fetch instead of the element's text; other
 *   origins are refused with a message (no request is made);
 * - `rows`: `closed` (default: collapsed under a summary), `open`, or `none`;
 * - `theme`: `system` (default), `light` or `dark`.
 *
 * Without `src` the unit is the element's text content, with the indentation common to its lines
 * and leading blank lines removed (so it can sit indented in HTML). Changes to attributes or text
 * re-render. The element sets `data-exposure` (e.g. `9.6`) and `data-rating` on itself once scored.
 */
import { analyze, DEFAULT_VERSION, formatExposure, isSystemdVersion } from '../engine/score-only.ts';
import { REPORT_CSS } from './report-style.ts';
import { renderReport } from './report-view.ts';

let shared: CSSStyleSheet | undefined;
/** The one stylesheet every instance's shadow root adopts. */
function sheet(): CSSStyleSheet {
  if (shared === undefined) {
    shared = new CSSStyleSheet();
    shared.replaceSync(`:host{display:block}${REPORT_CSS}`);
  }
  return shared;
}

/** Removes leading blank lines and the indentation every non-blank line shares. */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return `${lines.map((l) => l.slice(cut)).join('\n')}\n`;
}

class UnitscoreReport extends HTMLElement {
  static observedAttributes = ['systemd', 'mode', 'name', 'src', 'rows', 'theme'];
  private root: HTMLElement | null = null;
  private observer = new MutationObserver(() => void this.update());
  private fetched: { src: string; text: string } | null = null;
  private pending = 0;

  connectedCallback(): void {
    if (this.root === null) {
      const shadow = this.attachShadow({ mode: 'open' });
      this.root = document.createElement('section');
      this.root.className = 'us-report';
      this.root.setAttribute('part', 'report');
      // A constructed stylesheet: host pages whose Content-Security-Policy forbids inline style
      // (this site's own among them) would block a <style> element, but not this.
      shadow.adoptedStyleSheets = [sheet()];
      shadow.append(this.root);
    }
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
    void this.update();
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.update();
  }

  /** The unit's text: fetched from a same-origin `src`, else the element's own text. */
  private async text(): Promise<string> {
    const src = this.getAttribute('src');
    if (src === null) return dedent(this.textContent ?? '');
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) throw new Error(`refusing to fetch ${url.href}: only same-origin src is read`);
    if (this.fetched?.src !== url.href) {
      const response = await fetch(url.href, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
      this.fetched = { src: url.href, text: await response.text() };
    }
    return this.fetched.text;
  }

  private async update(): Promise<void> {
    const root = this.root;
    if (root === null) return;
    const ticket = ++this.pending;
    const theme = this.getAttribute('theme');
    root.dataset['theme'] = theme === 'light' || theme === 'dark' ? theme : 'system';
    const requested = this.getAttribute('systemd');
    const version = isSystemdVersion(requested) ? requested : DEFAULT_VERSION;
    const rows = this.getAttribute('rows');
    const srcName = this.getAttribute('src')?.split(/[?#]/)[0]?.split('/').pop() ?? '';
    const name = this.getAttribute('name') ?? (/\.service$/.test(srcName) ? srcName : 'unit.service');
    let text: string;
    try {
      text = await this.text();
    } catch (error) {
      if (ticket !== this.pending) return;
      root.replaceChildren(Object.assign(document.createElement('p'), { className: 'us-error', textContent: `unitscore: ${(error as Error).message}` }));
      return;
    }
    if (ticket !== this.pending) return;
    const mode = this.getAttribute('mode') === 'offline' ? 'offline' : 'live';
    const analysis = analyze([{ path: name, text }], { version, mode });
    renderReport(root, analysis, { rows: rows === 'open' || rows === 'none' ? rows : 'closed', file: name });
    if (analysis.ok) {
      this.dataset['exposure'] = formatExposure(analysis.exposure);
      this.dataset['rating'] = analysis.rating.label;
    } else {
      delete this.dataset['exposure'];
      delete this.dataset['rating'];
    }
  }
}

if (!customElements.get('unitscore-report')) customElements.define('unitscore-report', UnitscoreReport);
