/**
 * Score placeholders in lesson prose. Prose never types a score: it writes
 *
 *   {{score:REF}}            the overall exposure, e.g. `9.4`, on the version and mode the reader selected
 *   {{rating:REF}}           its rating label, e.g. `UNSAFE`
 *   {{score:REF@252}}        pinned to one version (any the engine knows), in the reader's mode
 *   {{score:REF@262/live}}   pinned to a version and a mode (`live` or `offline`)
 *
 * where REF is `start` (the lesson's starter unit) or a step id (the unit after that step's solution).
 * The page asks the engine for each value; unknown kinds or malformed braces stay literal text.
 */
import { VERSIONS, type AnalysisMode, type SystemdVersion } from '../engine/index.ts';

/** A parsed placeholder. `version` and `mode` are absent when they follow the reader's selection. */
export interface Placeholder {
  readonly kind: 'score' | 'rating';
  readonly ref: string;
  readonly version?: SystemdVersion;
  /** Only with a `version`: `@262/live`. */
  readonly mode?: AnalysisMode;
}

/** Prose cut into literal text and placeholders, in order. */
export type ProseSegment = { readonly text: string } | { readonly placeholder: Placeholder };

// The versions come from the engine's list: a placeholder naming a version it does not know stays literal.
const PATTERN = new RegExp(`\\{\\{(score|rating):([A-Za-z0-9_-]+)(?:@(${VERSIONS.map((v) => v.id).join('|')})(?:/(live|offline))?)?\\}\\}`, 'g');

/** Splits `text` into segments; adjacent literal text is kept in one segment. */
export function splitPlaceholders(text: string): ProseSegment[] {
  const out: ProseSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    const [, kind, ref, version, mode] = m;
    const base = { kind: kind as Placeholder['kind'], ref: ref ?? '' };
    const placeholder: Placeholder =
      version === undefined ? base : mode === undefined ? { ...base, version: version as SystemdVersion } : { ...base, version: version as SystemdVersion, mode: mode as AnalysisMode };
    out.push({ placeholder });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Every placeholder in `text`, in order (for checking that each REF names a real step). */
export function placeholdersIn(text: string): Placeholder[] {
  return splitPlaceholders(text).flatMap((s) => ('placeholder' in s ? [s.placeholder] : []));
}

/**
 * Replaces each placeholder by `resolve(placeholder)`; a `null` answer leaves the placeholder's text
 * as written, so a missing value is visible rather than silently blank.
 */
export function fillPlaceholders(text: string, resolve: (p: Placeholder) => string | null): string {
  return splitPlaceholders(text)
    .map((s) => ('text' in s ? s.text : (resolve(s.placeholder) ?? formatPlaceholder(s.placeholder))))
    .join('');
}

/** The source text of a placeholder, e.g. `{{score:step-2@252}}`, `{{score:start@262/live}}`. */
export function formatPlaceholder(p: Placeholder): string {
  return `{{${p.kind}:${p.ref}${p.version === undefined ? '' : `@${p.version}${p.mode === undefined ? '' : `/${p.mode}`}`}}}`;
}

/**
 * Tenths as systemd prints them: 96 → `9.6`, 100 → `10.0`. The engine's `formatExposure()`, under
 * the name the lesson and settings pages know it by.
 */
export { formatExposure as formatTenths } from '../engine/index.ts';
