/**
 * The command a score equals, in words: which `systemd-analyze security` invocation, on which
 * systemd, prints exactly the numbers shown. Pure and import-free (engine types only), so the small
 * `/embed` page and `<unitscore-report>` share it with the playground.
 */
import type { AnalysisMode, SystemdVersion } from './engine.ts';

/** What the command names: the unit file, and the unit id the analyzer reports (when known). */
export interface CommandSubject {
  /** The unit file's name, e.g. `simplehttp.service` or `foo@.service`. */
  readonly file: string;
  /** The unit id of the summary line (`foo@test-instance.service` for a template live), or null. */
  readonly unitId?: string | null;
}

/**
 * The invocation: live, `systemd-analyze security NAME` (the loaded unit, by its id; the file name
 * when no id is known); offline, `systemd-analyze security --offline=true ./FILE` (the file itself).
 */
export function analyzerCommand(subject: CommandSubject, mode: AnalysisMode): string {
  return mode === 'live' ? `systemd-analyze security ${subject.unitId ?? subject.file}` : `systemd-analyze security --offline=true ./${subject.file}`;
}

/** Where the command runs: `on a running systemd 262` (live) or `with systemd 257` (offline). */
export function commandPlace(version: SystemdVersion, mode: AnalysisMode): string {
  return mode === 'live' ? `on a running systemd ${version}` : `with systemd ${version}`;
}

/** The whole line as plain text: `systemd-analyze security x.service on a running systemd 262`. */
export function commandLine(subject: CommandSubject, version: SystemdVersion, mode: AnalysisMode): string {
  return `${analyzerCommand(subject, mode)} ${commandPlace(version, mode)}`;
}
