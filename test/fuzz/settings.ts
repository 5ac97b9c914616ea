/**
 * The fuzz generator's setting table: every setting that feeds one of the 81 assessed rows (plus a
 * few unscored ones that appear in real units), with how often a unit uses it, how many lines it
 * may repeat over, and how its values are made. The generator is a loop over this table.
 */
import {
  addressFamilies, architectures, bool, boolOr, capabilities, delegate, deviceAllow, enumOf, filterPath, groups,
  ipAllow, ipDeny, namespaces, oneOf, rootPath, strictBool, syscallFilter, umask, user,
  type ValueGen,
} from './values.ts';

/** A unit-file section the generator writes to. */
export type SectionName = 'Unit' | 'Service' | 'Install';

/** One row of the table. */
export interface SettingSpec {
  readonly key: string;
  readonly section: SectionName;
  /** Relative chance that a unit uses this setting (units draw 5–30 settings by weight, without repeats). */
  readonly weight: number;
  /** How many assignment lines a unit writes when it uses the setting, `[min, max]`. */
  readonly lines: readonly [number, number];
  /** True when the value is a word list, which the renderer may split over continuation lines. */
  readonly list: boolean;
  readonly value: ValueGen;
  /** The lines of the "hardened" baseline some units start from (all rows good); absent = not part of it. */
  readonly hardened?: readonly string[];
  /** The lines of the "worst" baseline (rows whose default is not already their worst); absent = not part of it. */
  readonly worst?: readonly string[];
}

const once = [1, 1] as const;
const fewTimes = [1, 2] as const;
const repeated = [1, 4] as const;

/** All settings the generator writes. Scored ones first, in the order of systemd's assessor table. */
export const SETTINGS: readonly SettingSpec[] = [
  { key: 'User', section: 'Service', weight: 40, lines: fewTimes, list: false, value: user, worst: ['root'] },
  { key: 'DynamicUser', section: 'Service', weight: 30, lines: once, list: false, value: strictBool, hardened: ['yes'] },
  { key: 'SupplementaryGroups', section: 'Service', weight: 14, lines: fewTimes, list: true, value: groups },
  { key: 'PrivateDevices', section: 'Service', weight: 30, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'PrivateMounts', section: 'Service', weight: 20, lines: fewTimes, list: false, value: bool, hardened: ['yes'], worst: ['no'] },
  { key: 'PrivateNetwork', section: 'Service', weight: 20, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'PrivateTmp', section: 'Service', weight: 30, lines: fewTimes, list: false, value: boolOr(['connected', 'disconnected', 'Connected', 'private']), hardened: ['yes'] },
  { key: 'PrivateUsers', section: 'Service', weight: 22, lines: fewTimes, list: false, value: boolOr(['self', 'identity', 'full', 'managed', 'Self', 'yes:foo']), hardened: ['yes'] },
  { key: 'ProtectControlGroups', section: 'Service', weight: 22, lines: fewTimes, list: false, value: boolOr(['private', 'strict', 'Strict', 'ro']), hardened: ['yes'] },
  { key: 'ProtectKernelModules', section: 'Service', weight: 22, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'ProtectKernelTunables', section: 'Service', weight: 22, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'ProtectKernelLogs', section: 'Service', weight: 22, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'ProtectClock', section: 'Service', weight: 22, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'ProtectHome', section: 'Service', weight: 28, lines: fewTimes, list: false, value: boolOr(['read-only', 'tmpfs', 'Read-Only', 'readonly']), hardened: ['yes'] },
  { key: 'ProtectHostname', section: 'Service', weight: 20, lines: fewTimes, list: false, value: boolOr(['private', 'private:foo', 'private:my-host', 'private:', 'Private', 'private:bad name']), hardened: ['yes'] },
  { key: 'ProtectSystem', section: 'Service', weight: 28, lines: fewTimes, list: false, value: boolOr(['full', 'full', 'strict', 'strict', 'Full', 'read-only']), hardened: ['strict'] },
  { key: 'RootDirectory', section: 'Service', weight: 8, lines: fewTimes, list: false, value: rootPath(false) },
  { key: 'RootImage', section: 'Service', weight: 6, lines: fewTimes, list: false, value: rootPath(true) },
  { key: 'LockPersonality', section: 'Service', weight: 18, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'MemoryDenyWriteExecute', section: 'Service', weight: 18, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'NoNewPrivileges', section: 'Service', weight: 22, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'CapabilityBoundingSet', section: 'Service', weight: 36, lines: repeated, list: true, value: capabilities(0.1), hardened: [''] },
  { key: 'UMask', section: 'Service', weight: 20, lines: fewTimes, list: false, value: umask, hardened: ['0077'], worst: ['0000'] },
  { key: 'KeyringMode', section: 'Service', weight: 14, lines: fewTimes, list: false, value: enumOf(['inherit', 'private', 'shared'], ['Private', 'none', 'yes']), hardened: ['private'], worst: ['shared'] },
  { key: 'ProtectProc', section: 'Service', weight: 22, lines: fewTimes, list: false, value: enumOf(['default', 'noaccess', 'noaccess', 'invisible', 'ptraceable'], ['Invisible', 'hidden', 'yes']), hardened: ['invisible'], worst: ['default'] },
  { key: 'ProcSubset', section: 'Service', weight: 14, lines: fewTimes, list: false, value: enumOf(['all', 'pid'], ['PID', 'none']), hardened: ['pid'] },
  { key: 'NotifyAccess', section: 'Service', weight: 14, lines: fewTimes, list: false, value: enumOf(['none', 'main', 'exec', 'all'], ['All', 'yes']), worst: ['all'] },
  { key: 'RemoveIPC', section: 'Service', weight: 16, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'Delegate', section: 'Service', weight: 12, lines: fewTimes, list: true, value: delegate, hardened: ['no'], worst: ['yes'] },
  { key: 'RestrictRealtime', section: 'Service', weight: 18, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'RestrictSUIDSGID', section: 'Service', weight: 18, lines: fewTimes, list: false, value: bool, hardened: ['yes'] },
  { key: 'RestrictNamespaces', section: 'Service', weight: 30, lines: repeated, list: true, value: namespaces, hardened: ['yes'] },
  { key: 'RestrictAddressFamilies', section: 'Service', weight: 32, lines: repeated, list: true, value: addressFamilies, hardened: ['AF_UNIX', 'none'] },
  { key: 'SystemCallArchitectures', section: 'Service', weight: 24, lines: fewTimes, list: true, value: architectures, hardened: ['native'] },
  { key: 'SystemCallFilter', section: 'Service', weight: 40, lines: repeated, list: true, value: syscallFilter, hardened: ['@system-service', '~@privileged @resources'] },
  { key: 'IPAddressDeny', section: 'Service', weight: 22, lines: fewTimes, list: true, value: ipDeny, hardened: ['any'] },
  { key: 'IPAddressAllow', section: 'Service', weight: 18, lines: repeated, list: true, value: ipAllow },
  { key: 'IPIngressFilterPath', section: 'Service', weight: 5, lines: fewTimes, list: false, value: filterPath },
  { key: 'IPEgressFilterPath', section: 'Service', weight: 5, lines: fewTimes, list: false, value: filterPath },
  { key: 'DevicePolicy', section: 'Service', weight: 16, lines: fewTimes, list: false, value: enumOf(['auto', 'closed', 'strict'], ['Closed', 'open', 'yes']), hardened: ['closed'] },
  { key: 'DeviceAllow', section: 'Service', weight: 18, lines: repeated, list: false, value: deviceAllow },
  { key: 'AmbientCapabilities', section: 'Service', weight: 16, lines: fewTimes, list: true, value: capabilities(0.3), hardened: [''], worst: ['CAP_SYS_ADMIN'] },
  { key: 'LoadCredentialEncrypted', section: 'Service', weight: 5, lines: once, list: false, value: oneOf(['foo:/etc/credstore/foo', 'foo', 'a:b:c', '']) },
  { key: 'SetCredentialEncrypted', section: 'Service', weight: 3, lines: once, list: false, value: oneOf(['foo:aGVsbG8=', 'foo:not base64!', 'foo:']) },
  { key: 'DefaultDependencies', section: 'Unit', weight: 10, lines: once, list: false, value: bool },
  // Unscored settings that real units carry; they must not change the score.
  { key: 'Description', section: 'Unit', weight: 20, lines: once, list: false, value: oneOf(['Fuzz unit', 'A service with = signs', 'Ünïcode ✓ description', '']) },
  { key: 'After', section: 'Unit', weight: 10, lines: fewTimes, list: true, value: oneOf(['network.target', 'network-online.target local-fs.target', '']) },
  { key: 'Restart', section: 'Service', weight: 8, lines: once, list: false, value: oneOf(['on-failure', 'no', 'on-abnormal']) },
  { key: 'Environment', section: 'Service', weight: 8, lines: fewTimes, list: true, value: oneOf(['FOO=bar', '"A=b c" D=e', 'PrivateTmp=yes']) },
  { key: 'ReadWritePaths', section: 'Service', weight: 6, lines: fewTimes, list: true, value: oneOf(['/var/lib/x', '-/run/y /tmp', '']) },
  { key: 'WantedBy', section: 'Install', weight: 10, lines: once, list: true, value: oneOf(['multi-user.target', 'default.target']) },
];

/** Keys that no section knows (warned about) or that are silent (`X-…`), for noise. */
export const UNKNOWN_KEYS: readonly string[] = ['FooBar', 'PrivateTemp', 'privatetmp', 'Protect_System', 'X-Custom', 'X-Fuzz', 'ExecStartt'];

/** `Type=` values a unit may carry next to its ExecStart= lines (all accept a single ExecStart=). */
export const SERVICE_TYPES: readonly string[] = ['simple', 'exec', 'notify', 'idle', 'oneshot', 'forking'];

/** ExecStart= command lines, including prefixes systemd accepts. */
export const EXEC_STARTS: readonly string[] = ['/usr/bin/daemon --foreground', '/bin/true', '-/usr/sbin/foo -c /etc/foo.conf', '@/bin/sh sh -c "echo hi"', '!/usr/bin/privileged', '/usr/bin/env FOO=%i bar', 'true'];
