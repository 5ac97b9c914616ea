/**
 * The merged text form of every version's directive catalogue, and its decoder: `[Section]` lines,
 * then one `Key=TYPE` line per key, in an order of which every version's own order is a
 * subsequence. When versions differ, the types per version (in the generated `DIRECTIVE_VERSIONS`'
 * order, empty where that version lacks the key) are written as runs (slot-runs.ts):
 * `Key=3|BOOLEAN6|OTHER` = unknown to slots 0–2, BOOLEAN in 3–8, OTHER after. Types never contain
 * `|` or digits (the generator checks). Each key is stored once, so eight versions take about half
 * as much again as one.
 */
import { valueAt } from './slot-runs.ts';

/** Section name (without brackets, e.g. `Service`) → key → type (`BOOLEAN`, `OTHER`, `PATH [ARGUMENT [...]]`…). */
export type DirectiveCatalogue = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Decodes version number `slot` (0-based, the order of `DIRECTIVE_VERSIONS`) of the merged lines
 * `text`. Every section is kept, even one left without keys.
 */
export function decodeDirectives(text: string, slot: number): DirectiveCatalogue {
  const sections = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('[')) sections.set(line.slice(1, -1), (current = new Map<string, string>()));
    else {
      const eq = line.indexOf('=');
      const type = valueAt(line.slice(eq + 1), slot);
      if (type) current.set(line.slice(0, eq), type);
    }
  }
  return sections;
}
