/**
 * Which `[Section]` keys each systemd version knows, and the value type it documents for them,
 * from the version's own dump of its configuration items (the spec's directives-*.txt).
 */
import type { SystemdVersion } from '../types.ts';
import { applyDelta } from './delta.ts';
import { DIRECTIVES_252, DIRECTIVES_DELTAS } from './generated/directive-data.ts';

/** Section name (without brackets, e.g. `Service`) → key → type (`BOOLEAN`, `OTHER`, `PATH [ARGUMENT [...]]`…). */
export type DirectiveCatalogue = ReadonlyMap<string, ReadonlyMap<string, string>>;

const lineCache = new Map<SystemdVersion, readonly string[]>();
const catalogueCache = new Map<SystemdVersion, DirectiveCatalogue>();

function linesOf(version: SystemdVersion): readonly string[] {
  let lines = lineCache.get(version);
  if (lines === undefined) {
    lines = version === '252'
      ? DIRECTIVES_252.split('\n')
      : applyDelta(linesOf(version === '257' ? '252' : '257'), DIRECTIVES_DELTAS[version]);
    lineCache.set(version, lines);
  }
  return lines;
}

function decode(lines: readonly string[]): DirectiveCatalogue {
  const sections = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  for (const line of lines) {
    if (line.startsWith('[') && line.endsWith(']')) sections.set(line.slice(1, -1), (current = new Map<string, string>()));
    else if (line !== '') {
      const eq = line.indexOf('=');
      current.set(line.slice(0, eq), line.slice(eq + 1));
    }
  }
  return sections;
}

/**
 * The directive catalogue of `version`: sections and keys in systemd's order, each key with its
 * type string. Decoded on first use and cached. Key case matters, as in systemd.
 */
export function directiveCatalogue(version: SystemdVersion): DirectiveCatalogue {
  let catalogue = catalogueCache.get(version);
  if (catalogue === undefined) {
    catalogue = decode(linesOf(version));
    catalogueCache.set(version, catalogue);
  }
  return catalogue;
}
