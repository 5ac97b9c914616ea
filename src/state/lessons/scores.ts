/**
 * Numbers in lesson prose come from the engine: the value of a `{{score:REF}}` placeholder is the
 * exposure of the unit named by REF (`start` = the lesson's starter, a step id = the unit after that
 * step's solution) on a version, computed here, never typed.
 */
import { analyze, type SystemdVersion, type UnitFile } from '../engine.ts';
import type { StepFiles } from './lesson.ts';
import { formatTenths, splitPlaceholders, type Placeholder } from './placeholders.ts';

/** REF → files, for every REF a lesson's prose may name. */
export function refFiles(walk: readonly StepFiles[]): Record<string, readonly UnitFile[]> {
  const out: Record<string, readonly UnitFile[]> = {};
  const first = walk[0];
  if (first !== undefined) out['start'] = first.start;
  for (const { step, solved } of walk) out[step.id] = solved;
  return out;
}

/** The text of one placeholder on `version` (its own pinned version wins), or null if REF is unknown or refused. */
export function placeholderValue(p: Placeholder, refs: Readonly<Record<string, readonly UnitFile[]>>, version: SystemdVersion): string | null {
  const files = refs[p.ref];
  if (files === undefined) return null;
  const analysis = analyze(files, { version: p.version ?? version });
  if (!analysis.ok) return null;
  return p.kind === 'score' ? formatTenths(analysis.exposure) : analysis.rating.label;
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Rendered prose HTML with each placeholder replaced by a span holding its value on `version`
 * (`data-kind`, `data-ref`, and `data-version` when pinned), so the page can refresh unpinned ones
 * when the reader switches versions. Unknown REFs stay as their literal text inside the span.
 */
export function placeholderHtml(html: string, refs: Readonly<Record<string, readonly UnitFile[]>>, version: SystemdVersion): string {
  return splitPlaceholders(html)
    .map((s) => {
      if ('text' in s) return s.text;
      const p = s.placeholder;
      const value = placeholderValue(p, refs, version) ?? `{{${p.kind}:${p.ref}}}`;
      const pinned = p.version === undefined ? '' : ` data-version="${p.version}"`;
      return `<span class="lesson-score" data-kind="${p.kind}" data-ref="${escapeAttribute(p.ref)}"${pinned}>${value}</span>`;
    })
    .join('');
}
