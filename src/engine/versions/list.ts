/**
 * The systemd versions the engine imitates, for menus, permalinks and the CLI's `--systemd=`, and
 * the ways of asking each one knows.
 */
import type { AnalysisMode, SystemdVersion } from '../types.ts';

/** One supported version: its id, the label a version picker shows, and its modes. */
export interface VersionInfo {
  readonly id: SystemdVersion;
  /** The major number and the distributions that ship it, e.g. `255 — Ubuntu 24.04 LTS`. */
  readonly label: string;
  /** The modes the real tool of this version has: `live` always, `offline` from 250 on. */
  readonly modes: readonly AnalysisMode[];
}

const BOTH: readonly AnalysisMode[] = ['live', 'offline'];
const LIVE_ONLY: readonly AnalysisMode[] = ['live'];

/** Every supported version, oldest first. */
export const VERSIONS: readonly VersionInfo[] = [
  { id: '245', label: '245 — Ubuntu 20.04 LTS', modes: LIVE_ONLY },
  { id: '247', label: '247 — Debian 11', modes: LIVE_ONLY },
  { id: '249', label: '249 — Ubuntu 22.04 LTS', modes: LIVE_ONLY },
  { id: '252', label: '252 — Debian 12, RHEL 9', modes: BOTH },
  { id: '254', label: '254 — Debian 12 backports', modes: BOTH },
  { id: '255', label: '255 — Ubuntu 24.04 LTS', modes: BOTH },
  { id: '257', label: '257 — Debian 13', modes: BOTH },
  { id: '262', label: '262 — newest', modes: BOTH },
];

/** The version used when none is given: the newest. */
export const DEFAULT_VERSION: SystemdVersion = '262';

/** Whether `x` is one of the supported version ids (exactly `'245'` … `'262'`, a string). */
export function isSystemdVersion(x: unknown): x is SystemdVersion {
  return typeof x === 'string' && VERSIONS.some((v) => v.id === x);
}

/** Whether `x` is `'offline'` or `'live'`. */
export function isAnalysisMode(x: unknown): x is AnalysisMode {
  return x === 'offline' || x === 'live';
}

/** The modes `version` has (`live` first). */
export function modesOf(version: SystemdVersion): readonly AnalysisMode[] {
  return VERSIONS.find((v) => v.id === version)?.modes ?? LIVE_ONLY;
}

/** `mode` if `version` has it, else the version's only mode (`live` for 245, 247 and 249). */
export function effectiveMode(version: SystemdVersion, mode: AnalysisMode): AnalysisMode {
  const modes = modesOf(version);
  return modes.includes(mode) ? mode : (modes[0] as AnalysisMode);
}
