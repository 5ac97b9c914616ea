/**
 * The fleet table's body as HTML: one `<tr data-testid="fleet-row" data-unit data-exposure>` per
 * service, the unit name a link to the playground (its `href` is filled in by fleet-view.ts when the
 * link is first pointed at or focused: encoding a permalink costs about 0.3 ms, 300 ms for a
 * thousand rows nobody may open), then EXPOSURE, PREDICATE, HAPPY as the real overview prints them,
 * and a note (its own column, or under the name on a narrow screen): why the real overview has no line for it (systemd's own refusal message), where the
 * unit file came from, its drop-ins and aliases. One string for the whole body: a thousand rows are
 * parsed in one go, faster than building them node by node. Every text is escaped.
 */
import type { AnalysisMode } from '../state/engine.ts';
import { noteText, type FleetRow } from '../state/fleet/index.ts';
import { escapeHtml } from './report-markup.ts';

/** "2 drop-ins" / "1 drop-in". */
const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The note cell: the note (if any), then where the files came from (the folder only when there were several). */
function noteCell(row: FleetRow, mode: AnalysisMode, folders: number): string {
  const unit = row.source;
  const parts: string[] = [];
  const note = noteText(row.note, mode);
  if (note !== '') parts.push(`<span class="fleet-note-text" data-note="${row.note!.kind}">${escapeHtml(note)}</span>`);
  const origin = folders > 1 ? [`From <code>${escapeHtml(unit.folder)}</code>`] : [];
  if (unit.overrides.length > 0) origin.push(`overrides ${unit.overrides.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')}`);
  if (unit.dropIns.length > 0) {
    const list = unit.dropIns.map((d) => `${d.folder.replace(/\/$/, '')}/${d.rel}`).join('\n');
    origin.push(`<span class="fleet-dropins" title="${escapeHtml(list)}">${count(unit.dropIns.length, 'drop-in')}</span>`);
  }
  if (unit.aliases.length > 0) origin.push(`alias ${unit.aliases.map((a) => escapeHtml(a)).join(', ')}`);
  if (origin.length > 0) parts.push(`<span class="fleet-origin">${origin.join(' · ')}</span>`);
  return parts.join(' ');
}

/**
 * One row's markup; `playground` is the link every unit name starts with (its fragment comes later),
 * `folders` how many unit folders the input had (with one, no row names it).
 */
export function fleetRowHtml(row: FleetRow, mode: AnalysisMode, playground: string, folders: number): string {
  const name = escapeHtml(row.unit);
  const band = row.predicate === null ? '' : ` fleet-band-${row.predicate.toLowerCase()}`;
  const listed = row.listed ? '' : ' fleet-unlisted';
  // The note twice: its own column on wide screens, under the name on narrow ones (CSS shows one).
  const note = noteCell(row, mode, folders);
  return `<tr data-testid="fleet-row" data-unit="${name}" data-exposure="${row.exposureText ?? ''}" data-listed="${String(row.listed)}" class="fleet-row${listed}">`
    + `<th scope="row"><a href="${escapeHtml(playground)}" data-fleet-link="${name}">${name}</a><div class="fleet-note-inline">${note}</div></th>`
    + `<td class="num">${row.exposureText ?? ''}</td>`
    + `<td class="fleet-band-cell"><span class="fleet-band${band}">${row.predicate ?? ''}</span></td>`
    + `<td class="fleet-happy">${row.happy ?? ''}</td>`
    + `<td class="fleet-note">${note}</td></tr>`;
}

/** The whole table body for `rows`, in their order (see {@link fleetRowHtml}). */
export function fleetBodyHtml(rows: readonly FleetRow[], mode: AnalysisMode, playground: string, folders: number): string {
  let html = '';
  for (const row of rows) html += fleetRowHtml(row, mode, playground, folders);
  return html;
}
