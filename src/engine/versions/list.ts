/**
 * The systemd versions the engine imitates, for menus, permalinks and the CLI's `--version=`.
 */
import type { SystemdVersion } from '../types.ts';

/** One supported version: its id and the label a version picker shows. */
export interface VersionInfo {
  readonly id: SystemdVersion;
  readonly label: string;
}

/** Every supported version, oldest first. */
export const VERSIONS: readonly VersionInfo[] = [
  { id: '252', label: '252 — Debian 12, RHEL 9' },
  { id: '257', label: '257 — Debian 13' },
  { id: '262', label: '262 — newest' },
];

/** The version used when none is given: the newest. */
export const DEFAULT_VERSION: SystemdVersion = '262';

/** Whether `x` is one of the supported version ids (exactly `'252'`, `'257'` or `'262'`, a string). */
export function isSystemdVersion(x: unknown): x is SystemdVersion {
  return typeof x === 'string' && VERSIONS.some((v) => v.id === x);
}
