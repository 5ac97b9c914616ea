/** Which systemd the page imitates, and that version's directive catalogue. */
import { atom, computed } from 'nanostores';
import { DEFAULT_VERSION, directiveCatalogue, isSystemdVersion, type SystemdVersion } from './engine.ts';

/** The selected systemd version; starts at the engine's default (the newest). */
export const $version = atom<SystemdVersion>(DEFAULT_VERSION);

/** Sets the version from untrusted input (a select, storage); anything not a known version is ignored. */
export function selectVersion(value: unknown): void {
  if (isSystemdVersion(value)) $version.set(value);
}

/** section → key → type, for completion, hover and "did you mean". */
export const $catalogue = computed($version, (v) => directiveCatalogue(v));
