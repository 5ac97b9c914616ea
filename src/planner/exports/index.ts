/**
 * The exports of a planned drop-in, each a function of a {@link PlannedDropIn} to a text to copy:
 * a `systemctl edit` command line, a NixOS option definition and Ansible tasks. The drop-in file
 * itself needs none: it is `PlannedDropIn.text`.
 */
export type { PlannedDropIn } from '../types.ts';
export { systemctlEditCommand } from './systemctl-edit.ts';
export type { SystemctlEditOptions } from './systemctl-edit.ts';
export { nixosServiceConfig } from './nixos.ts';
export { ansibleTasks } from './ansible.ts';
