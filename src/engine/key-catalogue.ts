/**
 * The key catalogues the loader consults (which sections a unit type has, which keys a version
 * knows). Two flavours give the same score: the full one also knows every key systemd merely
 * accepts, so it can warn "Unknown key" exactly as systemd does; the scored one knows only what the
 * analysis needs, so builds that show no loader warnings (the embed, the web component) need not
 * carry the whole directive catalogue.
 */
import type { SystemdVersion } from './types.ts';
import type { KeyCatalogue } from './unit/parse.ts';
import { TYPE_SECTIONS } from './unit/name.ts';
import { profileFor } from './versions/profile.ts';
import { directiveCatalogue } from './versions/directives.ts';
import { UNKNOWN_HANDLED_KEYS } from './versions/generated/scored-keys.ts';

/** A function giving the key catalogue of a systemd version for a unit type (`service`, `socket`…). */
export type KeyCatalogueFor = (version: SystemdVersion, type: string) => KeyCatalogue;

/** `Unit`, `Install` and the type's own section (none for an unknown type). */
function sectionsOf(type: string): Set<string> {
  const own = TYPE_SECTIONS[type];
  return new Set(['Unit', 'Install', ...(own === undefined ? [] : [own])]);
}

/** Caches catalogues by `version/type`, building each once. */
function cached(build: KeyCatalogueFor): KeyCatalogueFor {
  const cache = new Map<string, KeyCatalogue>();
  return (version, type) => {
    const key = `${version}/${type}`;
    let catalogue = cache.get(key);
    if (catalogue === undefined) cache.set(key, (catalogue = build(version, type)));
    return catalogue;
  };
}

/**
 * The full catalogue: a key is known when the version's directive dump lists it in that section,
 * or (outside [Unit] and [Install]) when the version removed it but still reads it to say so.
 * Used by the CLI and the playground, whose warnings must be systemd's.
 */
export const fullKeyCatalogue: KeyCatalogueFor = cached((version, type) => {
  const catalogue = directiveCatalogue(version);
  const profile = profileFor(version);
  const removed = profile.removedOptions;
  return {
    strictSectionHeaders: profile.strictSectionHeaders,
    laxSectionHeaders: profile.laxSectionHeaders,
    unknownKeyCode: profile.unknownKeyCode,
    sections: sectionsOf(type),
    isKnownKey: (section, key) => catalogue.get(section)?.has(key) === true || (section !== 'Unit' && section !== 'Install' && removed.includes(key)),
  };
});

/**
 * The scored catalogue: every key is "known" except the handled ones (settings/table.ts) that the
 * full catalogue of that version does not know. A key with no handler is dropped by the loader
 * either way, so the state, rows, exposure and refusals equal the full catalogue's; only the
 * "Unknown key" warnings are missing. The exceptions are generated (scripts/gen-engine-data.ts)
 * and a test keeps them in step with the handler table.
 */
export const scoredKeyCatalogue: KeyCatalogueFor = cached((version, type) => {
  const unknown = UNKNOWN_HANDLED_KEYS[version];
  return {
    strictSectionHeaders: profileFor(version).strictSectionHeaders,
    laxSectionHeaders: profileFor(version).laxSectionHeaders,
    sections: sectionsOf(type),
    isKnownKey: (section, key) => !unknown.includes(`${section}.${key}`),
  };
});
