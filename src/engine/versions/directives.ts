/**
 * Which `[Section]` keys each systemd version knows, and the value type it documents for them,
 * from the version's own dump of its configuration items (the spec's directives-*.txt), stored in
 * the merged form of directive-codec.ts.
 */
import type { SystemdVersion } from '../types.ts';
import { decodeDirectives, type DirectiveCatalogue } from './directive-codec.ts';
import { DIRECTIVES, DIRECTIVE_VERSIONS } from './generated/directive-data.ts';

export type { DirectiveCatalogue } from './directive-codec.ts';

const catalogueCache = new Map<SystemdVersion, DirectiveCatalogue>();

/**
 * The directive catalogue of `version`: sections and keys in systemd's order, each key with its
 * type string. Decoded on first use and cached. Key case matters, as in systemd.
 */
export function directiveCatalogue(version: SystemdVersion): DirectiveCatalogue {
  let catalogue = catalogueCache.get(version);
  if (catalogue === undefined) {
    catalogue = decodeDirectives(DIRECTIVES, DIRECTIVE_VERSIONS.indexOf(version));
    catalogueCache.set(version, catalogue);
  }
  return catalogue;
}
