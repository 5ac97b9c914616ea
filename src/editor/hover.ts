/**
 * Hover on a directive name: what it is (section, type), a link to its man page and, for settings
 * systemd-analyze scores, each row's weight and what it currently adds to the badness sum. The
 * tooltip is CodeMirror's `hoverTooltip`; its content is this module's own, since only the engine
 * knows a version's directives and how each one is scored.
 */
import type { Extension } from '@codemirror/state';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { manPageUrl, type AssessorInfo as EngineAssessorInfo, type Report, type SystemdVersion } from '../state/engine.ts';
import type { Catalogue } from './completion.ts';
import { sectionAt } from './sections.ts';

/** One scored row as the hover shows it: the engine's assessor record, the fields it reads. */
export type AssessorInfo = Pick<EngineAssessorInfo, 'id' | 'name' | 'weight' | 'range' | 'url' | 'descriptionGood'>;

/** What the hover needs from the page, read fresh at every hover. */
export interface HoverSource {
  catalogue(): Catalogue;
  assessors(): readonly AssessorInfo[];
  report(): Report | null;
  version(): SystemdVersion;
}

/** Everything the tooltip shows about one directive; exported for tests. */
export interface DirectiveInfo {
  readonly key: string;
  readonly section: string;
  /** Catalogue type, or null when the version does not know the key in this section. */
  readonly type: string | null;
  readonly url: string;
  /** Scored rows named after this directive, with their current share of the badness sum. */
  readonly rows: readonly { name: string; weight: number; range: number; badness: number | null; contribution: number; summary: string | null }[];
}

/** The man page for a directive: the assessor's own link when scored, else the page for the section. */
function manUrl(key: string, section: string, scored: readonly AssessorInfo[]): string {
  const own = scored[0]?.url;
  if (own !== undefined) return own;
  const page = section === 'Unit' || section === 'Install' ? 'systemd.unit' : 'systemd.directives';
  return manPageUrl(page, page === 'systemd.unit' ? `${key}=` : '');
}

/** Collects {@link DirectiveInfo} for `key` in `section`. */
export function directiveInfo(key: string, section: string, source: HoverSource): DirectiveInfo {
  const type = source.catalogue().get(section)?.get(key) ?? null;
  const scored = source.assessors().filter((a) => a.name === `${key}=` || a.name.startsWith(`${key}=`) || a.name.split('/').includes(`${key}=`));
  const report = source.report();
  const rows = scored.map((a) => {
    const row = report?.rows.find((r) => r.id === a.id);
    const badness = row?.badness ?? null;
    return { name: a.name, weight: row?.weight ?? a.weight, range: row?.range ?? a.range, badness, contribution: row === undefined || badness === null ? 0 : Math.ceil((badness * row.weight) / row.range), summary: a.descriptionGood };
  });
  return { key, section, type, url: manUrl(key, section, scored), rows };
}

function render(info: DirectiveInfo): HTMLElement {
  const el = document.createElement('div');
  el.className = 'cm-directive-hover';
  const head = el.appendChild(document.createElement('p'));
  const strong = head.appendChild(document.createElement('strong'));
  strong.textContent = `${info.key}=`;
  head.append(info.type === null ? ` is not known in [${info.section || 'no section'}]` : ` in [${info.section}], ${info.type}`);
  const summary = info.rows.find((r) => r.summary !== null)?.summary;
  if (summary) el.appendChild(document.createElement('p')).textContent = `When set well: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}.`;
  for (const r of info.rows) {
    const p = el.appendChild(document.createElement('p'));
    p.className = 'cm-directive-hover-score';
    p.textContent = `${r.name} weight ${r.weight}, range ${r.range}: ${r.badness === null ? 'N/A, not counted' : `badness ${r.badness}, adds ${r.contribution}`}`;
  }
  const a = el.appendChild(document.createElement('a'));
  a.href = info.url;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = 'man page';
  return el;
}

/** The hover extension; the key under the pointer is looked up in the section that encloses it. */
export function directiveHover(source: HoverSource): Extension {
  return hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    const m = /^(\s*)([A-Za-z0-9_-]+)\s*=/.exec(line.text);
    if (m === null) return null;
    const from = line.from + m[1]!.length;
    const to = from + m[2]!.length;
    if (pos < from || pos > to) return null;
    const section = sectionAt(view.state.doc, line.number);
    const info = directiveInfo(m[2]!, section, source);
    return { pos: from, end: to, above: true, create: () => ({ dom: render(info) }) };
  });
}
