/**
 * The fixed keyword sets of settings whose values are one word out of a list the same in every
 * supported version. One list per setting, read both by the handlers that check the values
 * (table.ts, service.ts) and by `acceptedValues` (accepted-values.ts) for the editor's completion,
 * so what the editor offers is what the loader accepts. Lists that differ by version live in the
 * version profile instead (`enumValues`, `emergencyActions`, `notifyReloadType`, …).
 */

/** A setting that takes one keyword of `words` (exact case), and a boolean too when `acceptsBoolean`. */
export interface KeywordSet {
  readonly words: readonly string[];
  readonly acceptsBoolean: boolean;
}

/** Keyword settings by key, in the order systemd's manual lists their values. */
export const KEYWORD_SETTINGS = {
  ProtectSystem: { words: ['full', 'strict'], acceptsBoolean: true },
  ProtectHome: { words: ['read-only', 'tmpfs'], acceptsBoolean: true },
  KeyringMode: { words: ['inherit', 'private', 'shared'], acceptsBoolean: false },
  ProtectProc: { words: ['default', 'noaccess', 'invisible', 'ptraceable'], acceptsBoolean: false },
  ProcSubset: { words: ['all', 'pid'], acceptsBoolean: false },
  NotifyAccess: { words: ['none', 'main', 'exec', 'all'], acceptsBoolean: false },
  DevicePolicy: { words: ['auto', 'closed', 'strict'], acceptsBoolean: false },
} as const satisfies Readonly<Record<string, KeywordSet>>;

/** KillMode=: the modes the loader knows (`none` is accepted with a deprecation notice). */
export const KILL_MODES: readonly string[] = ['control-group', 'mixed', 'process', 'none'];

/** Type= without `notify-reload`, which exists from 253 on (`notifyReloadType` in the profile). */
export const SERVICE_TYPES: readonly string[] = ['simple', 'exec', 'forking', 'oneshot', 'dbus', 'notify', 'idle'];

/**
 * Restart=: systemd's `service_restart_table`, the same from 245 to 262. The engine does not check
 * Restart= (only `always` and `on-success` matter, with Type=oneshot); the list is for completion.
 */
export const RESTART_VALUES: readonly string[] = ['no', 'on-success', 'on-failure', 'on-abnormal', 'on-watchdog', 'on-abort', 'always'];

/** The controllers Delegate= accepts as a list (any other name draws a warning). */
export const DELEGATE_CONTROLLERS: readonly string[] = ['cpu', 'cpuacct', 'cpuset', 'io', 'blkio', 'memory', 'devices', 'pids', 'bpf-firewall',
  'bpf-devices', 'bpf-foreign', 'bpf-socket-bind', 'bpf-restrict-network-interfaces', 'bpf-bind-network-interfaces'];
