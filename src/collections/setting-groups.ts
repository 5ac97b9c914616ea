/**
 * The groups the settings index sorts rows into, in display order, with their headings.
 * Every settings page names one (checked by the collection schema).
 */
export const SETTING_GROUPS = [
  'identity',
  'file-system',
  'devices',
  'kernel',
  'capabilities',
  'system-calls',
  'network',
  'ipc',
  'misc',
] as const;

/** One of {@link SETTING_GROUPS}. */
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** Heading shown for each group. */
export const SETTING_GROUP_TITLES: Readonly<Record<SettingGroup, string>> = {
  identity: 'Identity',
  'file-system': 'File system',
  devices: 'Devices',
  kernel: 'Kernel',
  capabilities: 'Capabilities',
  'system-calls': 'System calls',
  network: 'Network',
  ipc: 'IPC',
  misc: 'Miscellaneous',
};
