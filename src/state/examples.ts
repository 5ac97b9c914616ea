/** The examples menu: units shipped as content files, embedded in the page at build time. */
import type { UnitFile } from './engine.ts';

/** One example: its menu title, where it came from, and its files (unit first). */
export interface Example {
  readonly slug: string;
  readonly title: string;
  readonly source: string;
  readonly files: readonly UnitFile[];
}

/**
 * Reads the examples the page embedded as JSON (`<script type="application/json">`). Malformed
 * input gives [] rather than throwing, so a broken build never blanks the editor.
 */
export function parseExamples(json: string | null | undefined): Example[] {
  try {
    const list = JSON.parse(json ?? '[]') as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter((e: unknown): e is Example => {
      const x = e as Partial<Record<keyof Example, unknown>> | null;
      return typeof x?.slug === 'string' && typeof x.title === 'string' && Array.isArray(x.files) && x.files.length > 0;
    });
  } catch {
    return [];
  }
}
