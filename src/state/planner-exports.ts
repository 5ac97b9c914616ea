/**
 * The ways the planner panel hands its drop-in over, as a table: each export's id, its name in the
 * picker, what its Copy button says and the text it copies. The texts are written by the planner
 * (src/planner/exports/); this only lists them, in the picker's order.
 */
import type { SystemdVersion } from './engine.ts';
import { ansibleTasks, nixosServiceConfig, systemctlEditCommand, type PlannedDropIn } from './planner-engine.ts';

/** One way to take the drop-in away. */
export interface PlannerExport {
  /** Stable id (the picker's option value). */
  readonly id: string;
  /** The picker's label. */
  readonly label: string;
  /** What the export is, after "Copied " (`the drop-in file`). */
  readonly what: string;
  /** Its Copy button's text (`Copy file`). */
  readonly copy: string;
  /** Its text for a drop-in of a unit analysed as `version`. */
  readonly write: (dropIn: PlannedDropIn, version: SystemdVersion) => string;
}

/**
 * NixOS's `systemd.services.<name>` holds services only: for any other unit the export says so in
 * a Nix comment rather than failing (the planner's writer throws a RangeError there).
 */
function nixos(dropIn: PlannedDropIn): string {
  try {
    return nixosServiceConfig(dropIn);
  } catch (error) {
    if (error instanceof RangeError) return `# No NixOS export: systemd.services.<name> holds services, and ${dropIn.unit} is not one.\n`;
    throw error;
  }
}

/**
 * The exports, the drop-in file itself first. The shell command line is written for the systemd
 * analysed (`systemctl edit --stdin` where that systemd has it), as root or with `sudo`.
 */
export const PLANNER_EXPORTS: readonly PlannerExport[] = [
  { id: 'drop-in', label: 'Drop-in file (hardening.conf)', what: 'the drop-in file', copy: 'Copy file', write: (dropIn) => dropIn.text },
  { id: 'systemctl-sudo', label: 'Shell command, with sudo (systemctl edit)', what: 'the command that installs the drop-in', copy: 'Copy command', write: (dropIn, version) => systemctlEditCommand(dropIn, { version, sudo: true }) },
  { id: 'systemctl-root', label: 'Shell command, as root (systemctl edit)', what: 'the command that installs the drop-in', copy: 'Copy command', write: (dropIn, version) => systemctlEditCommand(dropIn, { version }) },
  { id: 'nixos', label: 'NixOS (serviceConfig)', what: 'the NixOS option definition', copy: 'Copy Nix', write: nixos },
  { id: 'ansible', label: 'Ansible tasks', what: 'the Ansible tasks', copy: 'Copy tasks', write: (dropIn) => ansibleTasks(dropIn) },
];

/** The export with `id`, else the first (the drop-in file). */
export function plannerExport(id: string): PlannerExport {
  return PLANNER_EXPORTS.find((e) => e.id === id) ?? PLANNER_EXPORTS[0]!;
}
