/**
 * The hardening planner's public data shapes: what a plan is made of, so that the site, the CLI and
 * the exports (`systemctl edit`, NixOS, Ansible) all render the same plan. Plain serialisable values.
 */
import type { AnalysisMode, SystemdVersion } from '../engine/index.ts';

/** One line of the drop-in the planner writes: `key=value` in `[Service]`, with what it stops and can break. */
export interface PlannedAssignment {
  /** The setting, as systemd spells it (`ProtectSystem`). */
  readonly key: string;
  /**
   * The value as written after `=`. An empty string is a reset (`CapabilityBoundingSet=`), written
   * before a list that must replace what the unit already has rather than add to it.
   */
  readonly value: string;
  /** One-line reason: what the setting stops (from the setting pages' content). Empty for a reset line. */
  readonly stops: string;
  /** One-line warning: what it can break (from the setting pages' content). Empty for a reset line. */
  readonly breaks: string;
}

/** The drop-in file the plan installs. */
export interface PlannedDropIn {
  /** The unit it is for, e.g. `nginx.service` (templates keep their `@`: `getty@.service`). */
  readonly unit: string;
  /** Where it goes on a server: `/etc/systemd/system/<unit>.d/hardening.conf`. */
  readonly path: string;
  /** The assignments in the order they are written (resets directly before the list they clear). */
  readonly assignments: readonly PlannedAssignment[];
  /** The whole file as written: a header comment, `[Service]`, each assignment under its comment lines. */
  readonly text: string;
}

/** What a plan was asked for. */
export interface PlanRequest {
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  /** The exposure to reach or beat, in tenths (20 = 2.0). */
  readonly target: number;
}
