/**
 * Numbers in lesson prose come from the engine: the value of a `{{score:REF}}` placeholder is the
 * exposure of the unit named by REF (`start` = the lesson's starter, a step id = the unit after that
 * step's solution) on a version and mode, computed here, never typed.
 */
import { analyze, type AnalysisMode, type SystemdVersion, type UnitFile } from '../engine/index.ts';
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

/**
 * The text of one placeholder on `version` in `mode` (default `offline`; its own pinned version and
 * mode win), or null if REF is unknown or refused.
 */
export function placeholderValue(p: Placeholder, refs: Readonly<Record<string, readonly UnitFile[]>>, version: SystemdVersion, mode: AnalysisMode = 'offline'): string | null {
  const files = refs[p.ref];
  if (files === undefined) return null;
  const analysis = analyze(files, { version: p.version ?? version, mode: p.mode ?? mode });
  if (!analysis.ok) return null;
  return p.kind === 'score' ? formatTenths(analysis.exposure) : analysis.rating.label;
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Rendered prose HTML with each placeholder replaced by a span holding its value on `version` in
 * `mode` (default `offline`) (`data-kind`, `data-ref`, and `data-version`/`data-mode` when pinned),
 * so the page can refresh what is not pinned when the reader switches. Unknown REFs stay as their
 * literal text inside the span.
 */
export function placeholderHtml(html: string, refs: Readonly<Record<string, readonly UnitFile[]>>, version: SystemdVersion, mode: AnalysisMode = 'offline'): string {
  return splitPlaceholders(html)
    .map((s) => {
      if ('text' in s) return s.text;
      const p = s.placeholder;
      const value = placeholderValue(p, refs, version, mode) ?? `{{${p.kind}:${p.ref}}}`;
      const pinned = (p.version === undefined ? '' : ` data-version="${p.version}"`) + (p.mode === undefined ? '' : ` data-mode="${p.mode}"`);
      return `<span class="lesson-score" data-kind="${p.kind}" data-ref="${escapeAttribute(p.ref)}"${pinned}>${value}</span>`;
    })
    .join('');
}
