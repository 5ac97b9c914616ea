/**
 * The ways the planner panel hands its drop-in over, as a table: each export's id, its name in the
 * picker, what its Copy button says and the text it copies. The texts are written by the planner
 * (src/planner/exports/); this only lists them, in the picker's order.
 */
import type { SystemdVersion } from './engine.ts';
import type { PlannedDropIn } from './planner-engine.ts';

/** One way to take the drop-in away. */
export interface PlannerExport {
  /** Stable id (the picker's option value). */
  readonly id: string;
  /** The picker's label. */
  readonly label: string;
  /** What the export is, after "Copied " (`the drop-in file`). */
  readonly what: string;
  /** Its text for a drop-in of a unit analysed as `version`. */
  readonly write: (dropIn: PlannedDropIn, version: SystemdVersion) => string;
}

/**
 * The exports, the drop-in file itself first.
 * EXPORTS-TO-COME: `systemctl edit`, NixOS and Ansible (src/planner/exports/, being written on
 * another branch) join this table when they are merged: one record each.
 */
export const PLANNER_EXPORTS: readonly PlannerExport[] = [
  { id: 'drop-in', label: 'Drop-in file (hardening.conf)', what: 'the drop-in file', write: (dropIn) => dropIn.text },
];

/** The export with `id`, else the first (the drop-in file). */
export function plannerExport(id: string): PlannerExport {
  return PLANNER_EXPORTS.find((e) => e.id === id) ?? PLANNER_EXPORTS[0]!;
}
