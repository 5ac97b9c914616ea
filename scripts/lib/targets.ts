/**
 * A golden TARGET: one systemd version asked in one mode (offline `--offline=true ./x.service`, or
 * live: the unit installed, asked of a running manager). Its id names the fixture files and the
 * first column of `stderr-known-differences.tsv`: the bare version for offline (`252`, as the files
 * were always named), `live-252` for live.
 */
import type { AnalysisMode, SystemdVersion } from '../../src/engine/types.ts';
import { modesOf, VERSIONS } from '../../src/engine/versions/list.ts';

/** One version in one mode. */
export interface Target {
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
}

/** `252` (offline) or `live-252`. */
export type TargetId = string;

/** The id of a target: the version alone when offline, `live-` + version when live. */
export function targetId(t: Target): TargetId {
  return t.mode === 'live' ? `live-${t.version}` : t.version;
}

/** Every target the engine imitates, oldest version first, offline before live. */
export function allTargets(): Target[] {
  return VERSIONS.flatMap((v) => (['offline', 'live'] as const).filter((m) => modesOf(v.id).includes(m)).map((mode) => ({ version: v.id, mode })));
}

/** The target an id names (`252`, `offline-252`, `live-252`), or null when there is no such target. */
export function parseTarget(id: string): Target | null {
  const m = /^(?:(offline|live)-)?(\d+)$/.exec(id);
  if (m === null) return null;
  const mode = (m[1] ?? 'offline') as AnalysisMode;
  return allTargets().find((t) => t.version === m[2] && t.mode === mode) ?? null;
}

/** The CLI arguments that select a target's mode (`--offline=true` or `--offline=false`). */
export function modeArg(t: Target): string {
  return t.mode === 'live' ? '--offline=false' : '--offline=true';
}
