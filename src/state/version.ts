/**
 * Which systemd the page imitates, and how it is asked (live or offline): the version and mode
 * stores, and that version's directive catalogue.
 */
import { atom, computed } from 'nanostores';
import { DEFAULT_VERSION, directiveCatalogue, effectiveMode, isAnalysisMode, isSystemdVersion, type AnalysisMode, type SystemdVersion } from './engine.ts';

/** The selected systemd version; starts at the engine's default (the newest). */
export const $version = atom<SystemdVersion>(DEFAULT_VERSION);

/**
 * The mode the page starts in: `live`, what `systemd-analyze security NAME` prints on a running
 * system (the numbers people see on their machines). Links made before modes existed mean `offline`.
 */
export const DEFAULT_MODE: AnalysisMode = 'live';

/**
 * The chosen way of asking; `live` by default. It is the reader's choice, kept as is when a version
 * without that mode is picked (245, 247 and 249 have no offline mode), so that going back to a
 * newer version restores it. What is analysed is {@link $effectiveMode}.
 */
export const $mode = atom<AnalysisMode>(DEFAULT_MODE);

/** The mode analysed: {@link $mode} if the selected version has it, else that version's only mode (`live`). */
export const $effectiveMode = computed([$version, $mode], (version, mode) => effectiveMode(version, mode));

/** Sets the version from untrusted input (a select, storage); anything not a known version is ignored. */
export function selectVersion(value: unknown): void {
  if (isSystemdVersion(value)) $version.set(value);
}

/** Sets the mode from untrusted input (a select, storage, a link); anything but `live`/`offline` is ignored. */
export function selectMode(value: unknown): void {
  if (isAnalysisMode(value)) $mode.set(value);
}

/** section → key → type, for completion, hover and "did you mean". */
export const $catalogue = computed($version, (v) => directiveCatalogue(v));
