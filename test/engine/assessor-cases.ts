/**
 * The assessor tables as data, shared by `assessors.test.ts` (which runs them through the engine)
 * and `scripts/check-table-tests.ts` (which runs them through the real oracles, so every expectation
 * here is checked against systemd rather than typed from memory).
 *
 * Each case is a small service: `[Service]`, `ExecStart=/bin/true`, then `lines` (which may open
 * other sections, e.g. `[Unit]` for `DefaultDependencies=no`). The expectation is one row's state:
 * badness (0 = ✓, `null` = N/A; `set` follows from it) and its DESCRIPTION cell.
 */
import type { SecurityPolicy, SystemdVersion } from '../../src/engine/types.ts';

/** One row to check: a unit, the json_field to look at, and what systemd prints for it. */
export interface AssessorCase {
  /** What the case shows, in a few words (the test title). */
  readonly why: string;
  /** systemd's json_field of the row under test. */
  readonly field: string;
  /** Lines after `ExecStart=/bin/true` under `[Service]`. */
  readonly lines: readonly string[];
  /** 0..range; `null` = N/A. */
  readonly badness: number | null;
  /** The DESCRIPTION cell; `null` = empty. */
  readonly description: string | null;
  /** Versions the expectation holds for; default all three. */
  readonly versions?: readonly SystemdVersion[];
  /** A `--security-policy=` to apply. */
  readonly policy?: SecurityPolicy;
}

/** A named group of cases (one `describe` block). */
export interface AssessorFamily {
  readonly family: string;
  readonly cases: readonly AssessorCase[];
}

/** The unit file text of a case. */
export function unitText(lines: readonly string[]): string {
  return ['[Service]', 'ExecStart=/bin/true', ...lines].map((l) => `${l}\n`).join('');
}

/** `set` as systemd derives it from badness: ✓ at 0, ✗ above, N/A for null. */
export function setOf(badness: number | null): boolean | null {
  return badness === null ? null : badness === 0;
}

const ALL: readonly SystemdVersion[] = ['252', '257', '262'];

/** The versions a case runs for. */
export function versionsOf(c: AssessorCase): readonly SystemdVersion[] {
  return c.versions ?? ALL;
}

function c(why: string, field: string, lines: readonly string[], badness: number | null, description: string | null, extra: Pick<AssessorCase, 'versions' | 'policy'> = {}): AssessorCase {
  return { why, field, lines, badness, description, ...extra };
}

const NO_DEFAULT_DEPS = ['[Unit]', 'DefaultDependencies=no'];
const SPECIAL_BOOT = 'Service runs in special boot phase, option is not appropriate';

const userCases: AssessorCase[] = [
  c('unset User= runs as root', 'UserOrDynamicUser', [], 10, 'Service runs as root user'),
  c('User=root is root', 'UserOrDynamicUser', ['User=root'], 10, 'Service runs as root user'),
  c('User=0 is root too', 'UserOrDynamicUser', ['User=0'], 10, 'Service runs as root user'),
  c('a static user', 'UserOrDynamicUser', ['User=foo'], 0, 'Service runs under a static non-root user identity'),
  c('DynamicUser=yes is transient', 'UserOrDynamicUser', ['DynamicUser=yes'], 0, 'Service runs under a transient non-root user identity'),
  c('nobody is partial badness 9', 'UserOrDynamicUser', ['User=nobody'], 9, "Service runs under as 'nobody' user, which should not be used for services"),
  c('DynamicUser= with User=root stays root', 'UserOrDynamicUser', ['DynamicUser=yes', 'User=root'], 10, 'Service runs as root user'),
  c('root: groups do not matter', 'SupplementaryGroups', [], null, 'Service runs as root, option does not matter'),
  c('non-root without groups', 'SupplementaryGroups', ['User=foo'], 0, 'Service has no supplementary groups'),
  c('non-root with groups', 'SupplementaryGroups', ['User=foo', 'SupplementaryGroups=bar'], 1, 'Service runs with supplementary groups'),
  c('empty SupplementaryGroups= clears the list', 'SupplementaryGroups', ['User=foo', 'SupplementaryGroups=bar', 'SupplementaryGroups='], 0, 'Service has no supplementary groups'),
  c('root: RemoveIPC= does not apply', 'RemoveIPC', [], null, 'Service runs as root, option does not apply'),
  c('non-root without RemoveIPC=', 'RemoveIPC', ['User=foo'], 1, 'Service user may leave SysV IPC objects around'),
  c('non-root with RemoveIPC=yes', 'RemoveIPC', ['User=foo', 'RemoveIPC=yes'], 0, 'Service user cannot leave SysV IPC objects around'),
  c('DynamicUser= implies RemoveIPC=', 'RemoveIPC', ['DynamicUser=yes'], 0, 'Service user cannot leave SysV IPC objects around'),
];

/** Boolean rows: json_field, the setting, ✓ text, ✗ text; default ✗ (Delegate: default ✓). */
const FLAGS: readonly (readonly [string, string, string])[] = [
  ['PrivateDevices', 'Service has no access to hardware devices', 'Service potentially has access to hardware devices'],
  ['PrivateNetwork', "Service has no access to the host's network", "Service has access to the host's network"],
  ['PrivateTmp', "Service has no access to other software's temporary files", "Service has access to other software's temporary files"],
  ['PrivateUsers', 'Service does not have access to other users', 'Service has access to other users'],
  ['ProtectControlGroups', 'Service cannot modify the control group file system', 'Service may modify the control group file system'],
  ['ProtectKernelModules', 'Service cannot load or read kernel modules', 'Service may load or read kernel modules'],
  ['ProtectKernelTunables', 'Service cannot alter kernel tunables (/proc/sys, …)', 'Service may alter kernel tunables'],
  ['ProtectKernelLogs', 'Service cannot read from or write to the kernel log ring buffer', 'Service may read from or write to the kernel log ring buffer'],
  ['ProtectClock', 'Service cannot write to the hardware clock or system clock', 'Service may write to the hardware clock or system clock'],
  ['ProtectHostname', 'Service cannot change system host/domainname', 'Service may change system host/domainname'],
  ['LockPersonality', 'Service cannot change ABI personality', 'Service may change ABI personality'],
  ['MemoryDenyWriteExecute', 'Service cannot create writable executable memory mappings', 'Service may create writable executable memory mappings'],
  ['NoNewPrivileges', 'Service processes cannot acquire new privileges', 'Service processes may acquire new privileges'],
  ['RestrictRealtime', 'Service realtime scheduling access is restricted', 'Service may acquire realtime scheduling'],
];
const SUID_GOOD = 'SUID/SGID file creation by service is restricted';
const SUID_BAD = 'Service may create SUID/SGID files';
const MOUNTS_GOOD = 'Service cannot install system mounts';
const MOUNTS_BAD = 'Service may install system mounts';
const DELEGATE_GOOD = 'Service does not maintain its own delegated control group subtree';
const DELEGATE_BAD = 'Service maintains its own delegated control group subtree';

const flagCases: AssessorCase[] = [
  ...FLAGS.flatMap(([field, good, bad]) => [
    c('default is off', field, [], 1, bad),
    c('=yes turns it on', field, [`${field}=yes`], 0, good),
    c('a later =no wins', field, [`${field}=yes`, `${field}=no`], 1, bad),
  ]),
  c('default is off', 'RestrictSUIDSGID', [], 1, SUID_BAD),
  c('=yes turns it on', 'RestrictSUIDSGID', ['RestrictSUIDSGID=yes'], 0, SUID_GOOD),
  c('an invalid boolean keeps the earlier value', 'NoNewPrivileges', ['NoNewPrivileges=yes', 'NoNewPrivileges=maybe'], 0, 'Service processes cannot acquire new privileges'),
  c('252: unset PrivateMounts= is off', 'PrivateMounts', [], 1, MOUNTS_BAD, { versions: ['252'] }),
  c('257+: unset PrivateMounts= counts as on', 'PrivateMounts', [], 0, MOUNTS_GOOD, { versions: ['257', '262'] }),
  c('PrivateMounts=yes', 'PrivateMounts', ['PrivateMounts=yes'], 0, MOUNTS_GOOD),
  c('explicit PrivateMounts=no', 'PrivateMounts', ['PrivateMounts=no'], 1, MOUNTS_BAD),
  c('257+: empty PrivateMounts= resets to unset (on)', 'PrivateMounts', ['PrivateMounts=no', 'PrivateMounts='], 0, MOUNTS_GOOD, { versions: ['257', '262'] }),
  c('Delegate= unset: no delegation (good)', 'Delegate', [], 0, DELEGATE_GOOD),
  c('Delegate=yes is bad', 'Delegate', ['Delegate=yes'], 1, DELEGATE_BAD),
  c('a controller list means yes', 'Delegate', ['Delegate=cpu memory'], 1, DELEGATE_BAD),
  c('Delegate=no', 'Delegate', ['Delegate=no'], 0, DELEGATE_GOOD),
  c('257+: PrivateTmp=disconnected is on', 'PrivateTmp', ['PrivateTmp=disconnected'], 0, "Service has no access to other software's temporary files", { versions: ['257', '262'] }),
  c('252: PrivateTmp=disconnected is invalid', 'PrivateTmp', ['PrivateTmp=disconnected'], 1, "Service has access to other software's temporary files", { versions: ['252'] }),
  c('257+: PrivateUsers=self is on', 'PrivateUsers', ['PrivateUsers=self'], 0, 'Service does not have access to other users', { versions: ['257', '262'] }),
  c('257: PrivateUsers=full is invalid', 'PrivateUsers', ['PrivateUsers=full'], 1, 'Service has access to other users', { versions: ['252', '257'] }),
  c('262: PrivateUsers=full is on', 'PrivateUsers', ['PrivateUsers=full'], 0, 'Service does not have access to other users', { versions: ['262'] }),
  c('257+: ProtectControlGroups=strict is on', 'ProtectControlGroups', ['ProtectControlGroups=strict'], 0, 'Service cannot modify the control group file system', { versions: ['257', '262'] }),
  c('262: ProtectHostname=private is on', 'ProtectHostname', ['ProtectHostname=private'], 0, 'Service cannot change system host/domainname', { versions: ['262'] }),
  c('≤257: ProtectHostname=private is invalid', 'ProtectHostname', ['ProtectHostname=private'], 1, 'Service may change system host/domainname', { versions: ['252', '257'] }),
  c('DefaultDependencies=no makes PrivateTmp= N/A', 'PrivateTmp', NO_DEFAULT_DEPS, null, SPECIAL_BOOT),
];

const HOME = {
  no: 'Service has full access to home directories',
  yes: 'Service has no access to home directories',
  ro: 'Service has read-only access to home directories',
  tmpfs: 'Service has access to fake empty home directories',
};
const SYSTEM = {
  no: 'Service has full access to the OS file hierarchy',
  yes: 'Service has limited write access to the OS file hierarchy',
  full: 'Service has very limited write access to the OS file hierarchy',
  strict: 'Service has strict read-only access to the OS file hierarchy',
};
const ROOT_GOOD = 'Service has its own root directory/image';
const ROOT_BAD = "Service runs within the host's root directory";

const fileSystemCases: AssessorCase[] = [
  c('default: full access', 'ProtectHome', [], 10, HOME.no),
  c('yes', 'ProtectHome', ['ProtectHome=yes'], 0, HOME.yes),
  c('read-only is 5', 'ProtectHome', ['ProtectHome=read-only'], 5, HOME.ro),
  c('tmpfs is 1', 'ProtectHome', ['ProtectHome=tmpfs'], 1, HOME.tmpfs),
  c('special boot phase', 'ProtectHome', NO_DEFAULT_DEPS, null, SPECIAL_BOOT),
  c('default: full access', 'ProtectSystem', [], 10, SYSTEM.no),
  c('yes is 5', 'ProtectSystem', ['ProtectSystem=yes'], 5, SYSTEM.yes),
  c('full is 3', 'ProtectSystem', ['ProtectSystem=full'], 3, SYSTEM.full),
  c('strict', 'ProtectSystem', ['ProtectSystem=strict'], 0, SYSTEM.strict),
  c('special boot phase', 'ProtectSystem', NO_DEFAULT_DEPS, null, SPECIAL_BOOT),
  c('default: host root', 'RootDirectoryOrRootImage', [], 1, ROOT_BAD),
  c('RootDirectory=', 'RootDirectoryOrRootImage', ['RootDirectory=/srv/root'], 0, ROOT_GOOD),
  c('RootImage=', 'RootDirectoryOrRootImage', ['RootImage=/srv/root.img'], 0, ROOT_GOOD),
  c('RootDirectory=/ is still the host root', 'RootDirectoryOrRootImage', ['RootDirectory=/'], 1, ROOT_BAD),
  c('special boot phase', 'RootDirectoryOrRootImage', NO_DEFAULT_DEPS, null, SPECIAL_BOOT),
];

/** Capability rows: json_field, a capability that row covers, ✓ text, ✗ text. */
const CAPS: readonly (readonly [string, string, string, string])[] = [
  ['CapabilityBoundingSet_CAP_SYS_ADMIN', 'CAP_SYS_ADMIN', 'Service has no administrator privileges', 'Service has administrator privileges'],
  ['CapabilityBoundingSet_CAP_SET_UID_GID_PCAP', 'CAP_SETUID CAP_SETGID CAP_SETPCAP', 'Service cannot change UID/GID identities/capabilities', 'Service may change UID/GID identities/capabilities'],
  ['CapabilityBoundingSet_CAP_SYS_PTRACE', 'CAP_SYS_PTRACE', 'Service has no ptrace() debugging abilities', 'Service has ptrace() debugging abilities'],
  ['CapabilityBoundingSet_CAP_SYS_TIME', 'CAP_SYS_TIME', 'Service processes cannot change the system clock', 'Service processes may change the system clock'],
  ['CapabilityBoundingSet_CAP_NET_ADMIN', 'CAP_NET_ADMIN', 'Service has no network configuration privileges', 'Service has network configuration privileges'],
  ['CapabilityBoundingSet_CAP_SYS_RAWIO', 'CAP_SYS_RAWIO', 'Service has no raw I/O access', 'Service has raw I/O access'],
  ['CapabilityBoundingSet_CAP_SYS_MODULE', 'CAP_SYS_MODULE', 'Service cannot load kernel modules', 'Service may load kernel modules'],
  ['CapabilityBoundingSet_CAP_AUDIT', 'CAP_AUDIT_CONTROL CAP_AUDIT_READ CAP_AUDIT_WRITE', 'Service has no audit subsystem access', 'Service has audit subsystem access'],
  ['CapabilityBoundingSet_CAP_SYSLOG', 'CAP_SYSLOG', 'Service has no access to kernel logging', 'Service has access to kernel logging'],
  ['CapabilityBoundingSet_CAP_SYS_NICE_RESOURCE', 'CAP_SYS_NICE CAP_SYS_RESOURCE', 'Service has no privileges to change resource use parameters', 'Service has privileges to change resource use parameters'],
  ['CapabilityBoundingSet_CAP_MKNOD', 'CAP_MKNOD', 'Service cannot create device nodes', 'Service may create device nodes'],
  ['CapabilityBoundingSet_CAP_CHOWN_FSETID_SETFCAP', 'CAP_CHOWN CAP_FSETID CAP_SETFCAP', 'Service cannot change file ownership/access mode/capabilities', 'Service may change file ownership/access mode/capabilities unrestricted'],
  ['CapabilityBoundingSet_CAP_DAC_FOWNER_IPC_OWNER', 'CAP_DAC_OVERRIDE CAP_DAC_READ_SEARCH CAP_FOWNER CAP_IPC_OWNER', 'Service cannot override UNIX file/IPC permission checks', 'Service may override UNIX file/IPC permission checks'],
  ['CapabilityBoundingSet_CAP_KILL', 'CAP_KILL', 'Service cannot send UNIX signals to arbitrary processes', 'Service may send UNIX signals to arbitrary processes'],
  ['CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)', 'CAP_NET_BIND_SERVICE CAP_NET_BROADCAST CAP_NET_RAW', 'Service has no elevated networking privileges', 'Service has elevated networking privileges'],
  ['CapabilityBoundingSet_CAP_SYS_BOOT', 'CAP_SYS_BOOT', 'Service cannot issue reboot()', 'Service may issue reboot()'],
  ['CapabilityBoundingSet_CAP_MAC', 'CAP_MAC_ADMIN CAP_MAC_OVERRIDE', 'Service cannot adjust SMACK MAC', 'Service may adjust SMACK MAC'],
  ['CapabilityBoundingSet_CAP_LINUX_IMMUTABLE', 'CAP_LINUX_IMMUTABLE', 'Service cannot mark files immutable', 'Service may mark files immutable'],
  ['CapabilityBoundingSet_CAP_IPC_LOCK', 'CAP_IPC_LOCK', 'Service cannot lock memory into RAM', 'Service may lock memory into RAM'],
  ['CapabilityBoundingSet_CAP_SYS_CHROOT', 'CAP_SYS_CHROOT', 'Service cannot issue chroot()', 'Service may issue chroot()'],
  ['CapabilityBoundingSet_CAP_BLOCK_SUSPEND', 'CAP_BLOCK_SUSPEND', 'Service cannot establish wake locks', 'Service may establish wake locks'],
  ['CapabilityBoundingSet_CAP_WAKE_ALARM', 'CAP_WAKE_ALARM', 'Service cannot program timers that wake up the system', 'Service may program timers that wake up the system'],
  ['CapabilityBoundingSet_CAP_LEASE', 'CAP_LEASE', 'Service cannot create file leases', 'Service may create file leases'],
  ['CapabilityBoundingSet_CAP_SYS_TTY_CONFIG', 'CAP_SYS_TTY_CONFIG', 'Service cannot issue vhangup()', 'Service may issue vhangup()'],
  ['CapabilityBoundingSet_CAP_SYS_PACCT', 'CAP_SYS_PACCT', 'Service cannot use acct()', 'Service may use acct()'],
  ['CapabilityBoundingSet_CAP_BPF', 'CAP_BPF', 'Service may not load BPF programs', 'Service may load BPF programs'],
];
const capText = (field: string, good: boolean): string => {
  const row = CAPS.find(([f]) => f === field);
  if (row === undefined) throw new Error(`no capability row ${field}`);
  return good ? row[2] : row[3];
};
const ADMIN = 'CapabilityBoundingSet_CAP_SYS_ADMIN';
const BOOT = 'CapabilityBoundingSet_CAP_SYS_BOOT';
const AMBIENT_GOOD = 'Service process does not receive ambient capabilities';
const AMBIENT_BAD = 'Service process receives ambient capabilities';

const capabilityCases: AssessorCase[] = [
  ...CAPS.flatMap(([field, caps, good, bad]) => [
    c('unset: every capability', field, [], 1, bad),
    c('~ drops all of its capabilities', field, [`CapabilityBoundingSet=~${caps}`], 0, good),
  ]),
  c('a multi-capability row stays bad while one remains', 'CapabilityBoundingSet_CAP_SET_UID_GID_PCAP', ['CapabilityBoundingSet=~CAP_SETUID CAP_SETGID'], 1, capText('CapabilityBoundingSet_CAP_SET_UID_GID_PCAP', false)),
  c('an allow list without it', ADMIN, ['CapabilityBoundingSet=CAP_NET_BIND_SERVICE'], 0, capText(ADMIN, true)),
  c('an allow list with it', ADMIN, ['CapabilityBoundingSet=CAP_SYS_ADMIN'], 1, capText(ADMIN, false)),
  c('empty value: the empty set', ADMIN, ['CapabilityBoundingSet='], 0, capText(ADMIN, true)),
  c('two allow lines OR together', ADMIN, ['CapabilityBoundingSet=CAP_SYS_BOOT', 'CapabilityBoundingSet=CAP_SYS_ADMIN'], 1, capText(ADMIN, false)),
  c('~ after a list removes from it', BOOT, ['CapabilityBoundingSet=CAP_SYS_BOOT CAP_SYS_ADMIN', 'CapabilityBoundingSet=~CAP_SYS_BOOT'], 0, capText(BOOT, true)),
  c('names are case-insensitive', ADMIN, ['CapabilityBoundingSet=~cap_sys_admin'], 0, capText(ADMIN, true)),
  c('quotes are removed', ADMIN, ['CapabilityBoundingSet=~"CAP_SYS_ADMIN"'], 0, capText(ADMIN, true)),
  c('a quoted pair is one unknown word, so ~ of nothing keeps all', ADMIN, ['CapabilityBoundingSet=~"CAP_SYS_ADMIN CAP_SYS_BOOT"'], 1, capText(ADMIN, false)),
  c('a number names a capability (21 = SYS_ADMIN)', ADMIN, ['CapabilityBoundingSet=~21'], 0, capText(ADMIN, true)),
  c('≤257: ~X then a plain line replaces (SYS_ADMIN dropped)', ADMIN, ['CapabilityBoundingSet=~CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_BOOT'], 0, capText(ADMIN, true), { versions: ['252', '257'] }),
  c('262: ~X is masked, so a plain line ORs (SYS_ADMIN back)', ADMIN, ['CapabilityBoundingSet=~CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_BOOT'], 1, capText(ADMIN, false), { versions: ['262'] }),
  c('≤257: ~X, X, Y: the OR back to all counts as unset, Y replaces', ADMIN, ['CapabilityBoundingSet=~CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_BOOT'], 0, capText(ADMIN, true), { versions: ['252', '257'] }),
  c('ProtectClock= drops CAP_SYS_TIME', 'CapabilityBoundingSet_CAP_SYS_TIME', ['ProtectClock=yes'], 0, capText('CapabilityBoundingSet_CAP_SYS_TIME', true)),
  c('ProtectClock= drops CAP_WAKE_ALARM', 'CapabilityBoundingSet_CAP_WAKE_ALARM', ['ProtectClock=yes'], 0, capText('CapabilityBoundingSet_CAP_WAKE_ALARM', true)),
  c('ProtectKernelModules= drops CAP_SYS_MODULE', 'CapabilityBoundingSet_CAP_SYS_MODULE', ['ProtectKernelModules=yes'], 0, capText('CapabilityBoundingSet_CAP_SYS_MODULE', true)),
  c('ProtectKernelLogs= drops CAP_SYSLOG', 'CapabilityBoundingSet_CAP_SYSLOG', ['ProtectKernelLogs=yes'], 0, capText('CapabilityBoundingSet_CAP_SYSLOG', true)),
  c('PrivateDevices= drops CAP_MKNOD', 'CapabilityBoundingSet_CAP_MKNOD', ['PrivateDevices=yes'], 0, capText('CapabilityBoundingSet_CAP_MKNOD', true)),
  c('PrivateDevices= drops CAP_SYS_RAWIO', 'CapabilityBoundingSet_CAP_SYS_RAWIO', ['PrivateDevices=yes'], 0, capText('CapabilityBoundingSet_CAP_SYS_RAWIO', true)),
  c('ProtectKernelTunables= drops no capability', 'CapabilityBoundingSet_CAP_SYS_ADMIN', ['ProtectKernelTunables=yes'], 1, capText(ADMIN, false)),
  c('unset: no ambient capabilities', 'AmbientCapabilities', [], 0, AMBIENT_GOOD),
  c('one ambient capability', 'AmbientCapabilities', ['AmbientCapabilities=CAP_NET_BIND_SERVICE'], 1, AMBIENT_BAD),
  c('empty value clears ambient capabilities', 'AmbientCapabilities', ['AmbientCapabilities=CAP_NET_BIND_SERVICE', 'AmbientCapabilities='], 0, AMBIENT_GOOD),
  c('~ of one: every other capability is ambient', 'AmbientCapabilities', ['AmbientCapabilities=~CAP_NET_BIND_SERVICE'], 1, AMBIENT_BAD),
];

const KEYRING_GOOD = "Service doesn't share key material with other services";
const KEYRING_BAD = 'Service shares key material with other service';
const PROC_GOOD = 'Service has restricted access to process tree (/proc hidepid=)';
const PROC_BAD = 'Service has full access to process tree (/proc hidepid=)';
const SUBSET_GOOD = 'Service has no access to non-process /proc files (/proc subset=)';
const SUBSET_BAD = 'Service has full access to non-process /proc files (/proc subset=)';
const NOTIFY_GOOD = 'Service child processes cannot alter service state';
const NOTIFY_BAD = 'Service child processes may alter service state';

const processCases: AssessorCase[] = [
  c('UMask=0000: world-writable, 10', 'UMask', ['UMask=0000'], 10, 'Files created by service are world-writable by default'),
  c('default 0022: world-readable, 5', 'UMask', [], 5, 'Files created by service are world-readable by default'),
  c('0003: world-readable (the 004 bit is what counts)', 'UMask', ['UMask=0003'], 5, 'Files created by service are world-readable by default'),
  c('0007: group-writable, 2', 'UMask', ['UMask=0007'], 2, 'Files created by service are group-writable by default'),
  c('0027: group-readable, 1', 'UMask', ['UMask=0027'], 1, 'Files created by service are group-readable by default'),
  c('0077: owner only', 'UMask', ['UMask=0077'], 0, "Files created by service are accessible only by service's own user by default"),
  c('0066: owner only (010/001 do not matter)', 'UMask', ['UMask=0066'], 0, "Files created by service are accessible only by service's own user by default"),
  c('an invalid UMask= keeps the default', 'UMask', ['UMask=0999'], 5, 'Files created by service are world-readable by default'),
  c('default private keyring', 'KeyringMode', [], 0, KEYRING_GOOD),
  c('shared keyring', 'KeyringMode', ['KeyringMode=shared'], 1, KEYRING_BAD),
  c('inherited keyring', 'KeyringMode', ['KeyringMode=inherit'], 1, KEYRING_BAD),
  c('default full /proc, 3', 'ProtectProc', [], 3, PROC_BAD),
  c('invisible', 'ProtectProc', ['ProtectProc=invisible'], 0, PROC_GOOD),
  c('ptraceable', 'ProtectProc', ['ProtectProc=ptraceable'], 0, PROC_GOOD),
  c('noaccess: partial 1 with an empty description', 'ProtectProc', ['ProtectProc=noaccess'], 1, null),
  c('explicit default', 'ProtectProc', ['ProtectProc=default'], 3, PROC_BAD),
  c('default ProcSubset=all', 'ProcSubset', [], 1, SUBSET_BAD),
  c('pid', 'ProcSubset', ['ProcSubset=pid'], 0, SUBSET_GOOD),
  c('default NotifyAccess=none', 'NotifyAccess', [], 0, NOTIFY_GOOD),
  c('all', 'NotifyAccess', ['NotifyAccess=all'], 1, NOTIFY_BAD),
  c('main', 'NotifyAccess', ['NotifyAccess=main'], 0, NOTIFY_GOOD),
  c('exec', 'NotifyAccess', ['NotifyAccess=exec'], 0, NOTIFY_GOOD),
];

/** Namespace rows: json_field suffix, ✓ text, ✗ text. */
const NAMESPACES: readonly (readonly [string, string, string])[] = [
  ['user', 'Service cannot create user namespaces', 'Service may create user namespaces'],
  ['mnt', 'Service cannot create file system namespaces', 'Service may create file system namespaces'],
  ['ipc', 'Service cannot create IPC namespaces', 'Service may create IPC namespaces'],
  ['pid', 'Service cannot create process namespaces', 'Service may create process namespaces'],
  ['cgroup', 'Service cannot create cgroup namespaces', 'Service may create cgroup namespaces'],
  ['net', 'Service cannot create network namespaces', 'Service may create network namespaces'],
  ['uts', 'Service cannot create hostname namespaces', 'Service may create hostname namespaces'],
];
const ns = (name: string, good: boolean): string => {
  const row = NAMESPACES.find(([n]) => n === name);
  if (row === undefined) throw new Error(`no namespace row ${name}`);
  return good ? row[1] : row[2];
};

const namespaceCases: AssessorCase[] = [
  ...NAMESPACES.flatMap(([name, good, bad]) => [
    c('unset: all allowed', `RestrictNamespaces_${name}`, [], 1, bad),
    c('yes: none allowed', `RestrictNamespaces_${name}`, ['RestrictNamespaces=yes'], 0, good),
    c('~ of it: denied', `RestrictNamespaces_${name}`, [`RestrictNamespaces=~${name}`], 0, good),
    c('a list of it: allowed', `RestrictNamespaces_${name}`, [`RestrictNamespaces=${name}`], 1, bad),
  ]),
  c('a list allows only its members', 'RestrictNamespaces_user', ['RestrictNamespaces=net ipc'], 0, ns('user', true)),
  c('no: all allowed again', 'RestrictNamespaces_user', ['RestrictNamespaces=yes', 'RestrictNamespaces=no'], 1, ns('user', false)),
  c('two lists OR', 'RestrictNamespaces_user', ['RestrictNamespaces=net', 'RestrictNamespaces=user'], 1, ns('user', false)),
  c('a list then ~ removes', 'RestrictNamespaces_net', ['RestrictNamespaces=net user', 'RestrictNamespaces=~net'], 0, ns('net', true)),
  c('empty value resets to unset', 'RestrictNamespaces_user', ['RestrictNamespaces=yes', 'RestrictNamespaces='], 1, ns('user', false)),
  c('an unknown name ignores the whole line', 'RestrictNamespaces_user', ['RestrictNamespaces=~user bogus'], 1, ns('user', false)),
  c('names are case-sensitive (USER is unknown)', 'RestrictNamespaces_user', ['RestrictNamespaces=~USER'], 1, ns('user', false)),
];

/** Address-family rows: json_field suffix, ✓ text, ✗ text. */
const FAMILIES: readonly (readonly [string, string, string])[] = [
  ['AF_INET_INET6', 'Service cannot allocate Internet sockets', 'Service may allocate Internet sockets'],
  ['AF_UNIX', 'Service cannot allocate local sockets', 'Service may allocate local sockets'],
  ['AF_NETLINK', 'Service cannot allocate netlink sockets', 'Service may allocate netlink sockets'],
  ['AF_PACKET', 'Service cannot allocate packet sockets', 'Service may allocate packet sockets'],
  ['OTHER', 'Service cannot allocate exotic sockets', 'Service may allocate exotic sockets'],
];
const af = (name: string, good: boolean): string => {
  const row = FAMILIES.find(([n]) => n === name);
  if (row === undefined) throw new Error(`no address family row ${name}`);
  return good ? row[1] : row[2];
};
const AF = (name: string): string => `RestrictAddressFamilies_${name}`;

const addressFamilyCases: AssessorCase[] = [
  ...FAMILIES.flatMap(([name, good, bad]) => [
    c('unset: all allowed', AF(name), [], 1, bad),
    c('none: nothing allowed', AF(name), ['RestrictAddressFamilies=none'], 0, good),
    c('an allow list of AF_UNIX only', AF(name), ['RestrictAddressFamilies=AF_UNIX'], name === 'AF_UNIX' ? 1 : 0, name === 'AF_UNIX' ? bad : good),
  ]),
  c('~AF_INET6 alone denies the Internet row', AF('AF_INET_INET6'), ['RestrictAddressFamilies=~AF_INET6'], 0, af('AF_INET_INET6', true)),
  c('allowing AF_INET6 alone allows the Internet row', AF('AF_INET_INET6'), ['RestrictAddressFamilies=AF_INET6'], 1, af('AF_INET_INET6', false)),
  c('~AF_PACKET denies packet', AF('AF_PACKET'), ['RestrictAddressFamilies=~AF_PACKET'], 0, af('AF_PACKET', true)),
  c('~AF_PACKET leaves netlink', AF('AF_NETLINK'), ['RestrictAddressFamilies=~AF_PACKET'], 1, af('AF_NETLINK', false)),
  c('denying one exotic family counts as denying exotic', AF('OTHER'), ['RestrictAddressFamilies=~AF_BLUETOOTH'], 0, af('OTHER', true)),
  c('AF_ROUTE is netlink', AF('AF_NETLINK'), ['RestrictAddressFamilies=~AF_ROUTE'], 0, af('AF_NETLINK', true)),
  c('af_local is AF_UNIX (case-insensitive alias)', AF('AF_UNIX'), ['RestrictAddressFamilies=~af_local'], 0, af('AF_UNIX', true)),
  c('the opposite polarity removes from the list', AF('AF_UNIX'), ['RestrictAddressFamilies=AF_UNIX AF_INET', 'RestrictAddressFamilies=~AF_UNIX'], 0, af('AF_UNIX', true)),
  c('the same polarity adds', AF('AF_INET_INET6'), ['RestrictAddressFamilies=AF_UNIX', 'RestrictAddressFamilies=AF_INET'], 1, af('AF_INET_INET6', false)),
  c('empty value resets', AF('AF_PACKET'), ['RestrictAddressFamilies=~AF_PACKET', 'RestrictAddressFamilies='], 1, af('AF_PACKET', false)),
  c('none then ~: a fresh deny list', AF('AF_PACKET'), ['RestrictAddressFamilies=none', 'RestrictAddressFamilies=~AF_INET'], 1, af('AF_PACKET', false)),
  c('≤257: an unknown name is skipped', AF('AF_PACKET'), ['RestrictAddressFamilies=~AF_BOGUS AF_PACKET'], 0, af('AF_PACKET', true), { versions: ['252', '257'] }),
  c('262: an unknown name stops the line', AF('AF_PACKET'), ['RestrictAddressFamilies=~AF_BOGUS AF_PACKET'], 1, af('AF_PACKET', false), { versions: ['262'] }),
];

const NO_FILTER = 'Service does not filter system calls';
const allowNot = (g: string): string => `System call allow list defined for service, and ${g} is not included`;
const allowIs = (g: string, e: string): string => `System call allow list defined for service, and ${g} is included (e.g. ${e} is allowed)`;
const denyIs = (g: string): string => `System call deny list defined for service, and ${g} is included`;
const denyNot = (g: string, e: string): string => `System call deny list defined for service, and ${g} is not included (e.g. ${e} is allowed)`;

/** Syscall rows: json_field suffix, group, the first member a deny list of @swap alone leaves allowed. */
const GROUPS: readonly (readonly [string, string, string])[] = [
  ['swap', '@swap', 'swapoff'],
  ['obsolete', '@obsolete', '_sysctl'],
  ['clock', '@clock', 'adjtimex'],
  ['cpu_emulation', '@cpu-emulation', 'modify_ldt'],
  ['debug', '@debug', 'lookup_dcookie'],
  ['mount', '@mount', 'chroot'],
  ['module', '@module', 'delete_module'],
  ['raw_io', '@raw-io', 'ioperm'],
  ['reboot', '@reboot', 'kexec_file_load'],
  ['privileged', '@privileged', 'chown'],
  ['resources', '@resources', 'ioprio_set'],
];
const SCF = (name: string): string => `SystemCallFilter_${name}`;
const ARCH = 'SystemCallArchitectures';

const syscallCases: AssessorCase[] = [
  c('unset: all ABIs', ARCH, [], 10, 'Service may execute system calls with all ABIs'),
  c('native only', ARCH, ['SystemCallArchitectures=native'], 0, 'Service may execute system calls only with native ABI'),
  c('native twice is still one', ARCH, ['SystemCallArchitectures=native native'], 0, 'Service may execute system calls only with native ABI'),
  c('two ABIs: partial 8', ARCH, ['SystemCallArchitectures=native x86'], 8, 'Service may execute system calls with multiple ABIs'),
  c('x86-64 by name is not "native"', ARCH, ['SystemCallArchitectures=x86-64'], 8, 'Service may execute system calls with multiple ABIs'),
  c('empty value clears', ARCH, ['SystemCallArchitectures=native', 'SystemCallArchitectures='], 10, 'Service may execute system calls with all ABIs'),
  ...GROUPS.flatMap(([name, group, example]) => [
    c('unset: no filter', SCF(name), [], 10, NO_FILTER),
    c('a deny list of the group', SCF(name), [`SystemCallFilter=~${group}`], 0, denyIs(group)),
    c('an allow list of the group: partial 9', SCF(name), [`SystemCallFilter=${group}`], 9, allowIs(group, name === 'swap' ? 'swapoff' : example)),
    ...(name === 'swap' ? [] : [c('a deny list without the group', SCF(name), ['SystemCallFilter=~@swap'], 10, denyNot(group, example))]),
  ]),
  c('a deny list without @swap', SCF('swap'), ['SystemCallFilter=~@clock'], 10, denyNot('@swap', 'swapoff')),
  c('@system-service leaves out @mount', SCF('mount'), ['SystemCallFilter=@system-service'], 0, allowNot('@mount')),
  c('@system-service includes @privileged (via @chown)', SCF('privileged'), ['SystemCallFilter=@system-service'], 9, allowIs('@privileged', 'chown')),
  c('@system-service includes @resources', SCF('resources'), ['SystemCallFilter=@system-service'], 9, allowIs('@resources', 'ioprio_set')),
  c('@system-service then ~@privileged', SCF('privileged'), ['SystemCallFilter=@system-service', 'SystemCallFilter=~@privileged'], 0, allowNot('@privileged')),
  c('an errno entry in an allow list is denied', SCF('clock'), ['SystemCallFilter=@system-service @clock', 'SystemCallFilter=~@clock:EPERM'], 0, allowNot('@clock')),
  c('~X then X empties the deny list', SCF('mount'), ['SystemCallFilter=~@mount', 'SystemCallFilter=@mount'], 10, NO_FILTER),
  c('an unknown name leaves an empty deny list', SCF('swap'), ['SystemCallFilter=~foo_bar'], 10, NO_FILTER),
  c('a partial hand-written deny list names the first gap', SCF('swap'), ['SystemCallFilter=~swapoff'], 10, denyNot('@swap', 'swapon')),
  c('quotes are not removed: "@swap" is unknown', SCF('swap'), ['SystemCallFilter=~"@swap"'], 10, NO_FILTER),
  c('empty value resets the filter', SCF('swap'), ['SystemCallFilter=~@swap', 'SystemCallFilter='], 10, NO_FILTER),
];

const IP = 'IPAddressDeny';
const ipCases: AssessorCase[] = [
  c('unset: no allow list', IP, [], 10, 'Service does not define an IP address allow list'),
  c('deny any', IP, ['IPAddressDeny=any'], 0, 'Service blocks all IP address ranges'),
  c('deny 0.0.0.0/0 and ::/0 is deny any', IP, ['IPAddressDeny=0.0.0.0/0 ::/0'], 0, 'Service blocks all IP address ranges'),
  c('deny only IPv4 is not enough', IP, ['IPAddressDeny=0.0.0.0/0'], 10, 'Service does not define an IP address allow list'),
  c('a /0 prefix is masked (1.2.3.4/0 = 0.0.0.0/0)', IP, ['IPAddressDeny=1.2.3.4/0 ::1/0'], 0, 'Service blocks all IP address ranges'),
  c('deny any, allow localhost: 2', IP, ['IPAddressDeny=any', 'IPAddressAllow=localhost'], 2, 'Service defines IP address allow list with only localhost entries'),
  c('deny any, allow 127.0.0.1 and ::1', IP, ['IPAddressDeny=any', 'IPAddressAllow=127.0.0.1 ::1'], 2, 'Service defines IP address allow list with only localhost entries'),
  c('deny any, allow a LAN: 5', IP, ['IPAddressDeny=any', 'IPAddressAllow=10.0.0.0/8'], 5, 'Service defines IP address allow list with non-localhost entries'),
  c('an allow prefix is masked (127.0.0.1/1 = 0.0.0.0/1, not local)', IP, ['IPAddressDeny=any', 'IPAddressAllow=127.0.0.1/1'], 5, 'Service defines IP address allow list with non-localhost entries'),
  c('allow without deny any does not count', IP, ['IPAddressAllow=localhost'], 10, 'Service does not define an IP address allow list'),
  c('empty value clears the deny list', IP, ['IPAddressDeny=any', 'IPAddressDeny='], 10, 'Service does not define an IP address allow list'),
  c('a BPF ingress filter', IP, ['IPIngressFilterPath=/sys/fs/bpf/x'], 0, 'Service defines custom ingress/egress IP filters with BPF programs'),
];

const DEV = 'DeviceAllow';
const NO_ACL = 'Service has no device ACL';
const MINIMAL = 'Service has a minimal device ACL';
const some = (list: string): string => `Service has a device ACL with some special devices: ${list}`;

const deviceCases: AssessorCase[] = [
  c('unset: no ACL', DEV, [], 10, NO_ACL),
  c('DevicePolicy=closed', DEV, ['DevicePolicy=closed'], 0, MINIMAL),
  c('DevicePolicy=strict', DEV, ['DevicePolicy=strict'], 0, MINIMAL),
  c('a list under the default auto policy is still no ACL', DEV, ['DeviceAllow=/dev/null rw'], 10, NO_ACL),
  c('one entry, closed policy: partial 5, listed', DEV, ['DevicePolicy=closed', 'DeviceAllow=/dev/null rw'], 5, some('/dev/null:rw')),
  c('entries are prepended (last first)', DEV, ['DevicePolicy=closed', 'DeviceAllow=/dev/null rw', 'DeviceAllow=/dev/zero r'], 5, some('/dev/zero:r /dev/null:rw')),
  c('no rights means rwm', DEV, ['DevicePolicy=closed', 'DeviceAllow=/dev/null'], 5, some('/dev/null:rwm')),
  c('empty value clears the list', DEV, ['DevicePolicy=closed', 'DeviceAllow=/dev/null rw', 'DeviceAllow='], 0, MINIMAL),
  c('PrivateDevices= implies a closed policy', DEV, ['PrivateDevices=yes'], 0, MINIMAL),
  c('ProtectClock= alone adds nothing (policy stays auto)', DEV, ['ProtectClock=yes'], 10, NO_ACL),
  c('ProtectClock= with a closed policy adds char-rtc', DEV, ['ProtectClock=yes', 'DevicePolicy=closed'], 5, some('char-rtc:r')),
  c('252: an encrypted credential adds /dev/tpmrm0', DEV, ['LoadCredentialEncrypted=foo:/etc/foo', 'DevicePolicy=closed'], 5, some('/dev/tpmrm0:rw'), { versions: ['252'] }),
  c('257: an encrypted credential adds char-tpm', DEV, ['LoadCredentialEncrypted=foo:/etc/foo', 'DevicePolicy=closed'], 5, some('char-tpm:rw'), { versions: ['257'] }),
  c('262: an encrypted credential adds nothing', DEV, ['LoadCredentialEncrypted=foo:/etc/foo', 'DevicePolicy=closed'], 0, MINIMAL, { versions: ['262'] }),
  c('a plain credential adds nothing', DEV, ['LoadCredential=foo:/etc/foo', 'DevicePolicy=closed'], 0, MINIMAL),
  c('RootImage= with a closed policy adds the loop devices', DEV, ['RootImage=/x.img', 'DevicePolicy=closed'], 5, some('block-device-mapper:rwm block-blkext:rwm block-loop:rwm /dev/mapper/control:rw /dev/loop-control:rw')),
];

const implicationCases: AssessorCase[] = [
  c('DynamicUser= implies ProtectSystem=strict', 'ProtectSystem', ['DynamicUser=yes'], 0, SYSTEM.strict),
  c('DynamicUser= implies ProtectHome=read-only', 'ProtectHome', ['DynamicUser=yes'], 5, HOME.ro),
  c('DynamicUser= keeps an explicit ProtectHome=', 'ProtectHome', ['DynamicUser=yes', 'ProtectHome=tmpfs'], 1, HOME.tmpfs),
  c('DynamicUser= implies PrivateTmp=', 'PrivateTmp', ['DynamicUser=yes'], 0, "Service has no access to other software's temporary files"),
  c('DynamicUser= implies NoNewPrivileges=', 'NoNewPrivileges', ['DynamicUser=yes'], 0, 'Service processes cannot acquire new privileges'),
  c('DynamicUser= implies RestrictSUIDSGID=', 'RestrictSUIDSGID', ['DynamicUser=yes'], 0, SUID_GOOD),
  c('DynamicUser=no implies nothing', 'ProtectSystem', ['DynamicUser=no'], 10, SYSTEM.no),
  c('DynamicUser= does not imply PrivateDevices=', 'PrivateDevices', ['DynamicUser=yes'], 1, 'Service potentially has access to hardware devices'),
  c('ProtectKernelTunables= implies no DeviceAllow=', DEV, ['ProtectKernelTunables=yes'], 10, NO_ACL),
];

const policyCases: AssessorCase[] = [
  c('weight 0 excludes the row', 'PrivateTmp', [], null, 'Option excluded by policy, skipping', { policy: { PrivateTmp: { weight: 0 } } }),
  c('weight 0 beats a good value', 'NoNewPrivileges', ['NoNewPrivileges=yes'], null, 'Option excluded by policy, skipping', { policy: { NoNewPrivileges: { weight: 0 } } }),
  c('description_good replaces ✓ text', 'PrivateTmp', ['PrivateTmp=yes'], 0, 'mine is good', { policy: { PrivateTmp: { description_good: 'mine is good' } } }),
  c('description_bad replaces ✗ text', 'PrivateTmp', [], 1, 'mine is bad', { policy: { PrivateTmp: { description_bad: 'mine is bad' } } }),
  c('description_na replaces N/A text', 'RemoveIPC', [], null, 'mine is n/a', { policy: { RemoveIPC: { description_na: 'mine is n/a' } } }),
  c('a dynamic description is not replaced', 'ProtectHome', [], 10, HOME.no, { policy: { ProtectHome: { description_bad: 'ignored' } } }),
  c('a bigger range keeps the ✗ text (compared with the table range)', 'PrivateTmp', [], 1, "Service has access to other software's temporary files", { policy: { PrivateTmp: { range: 10 } } }),
  c('a weight change keeps the text', 'PrivateNetwork', [], 1, "Service has access to the host's network", { policy: { PrivateNetwork: { weight: 1 } } }),
];

/**
 * Weight and range of every row, in systemd's table order, as `analyze-security.c` declares them
 * (transcribed from ../shared/spec/data/assessors-v252-source-order.json; the same in 257 and 262).
 * The tables above cannot see a weight, so this one pins them; check-table-tests.ts confirms each
 * against the oracles' exposure numbers.
 */
export const WEIGHTS: readonly (readonly [string, number, number])[] = [
  ['UserOrDynamicUser', 2000, 10], ['SupplementaryGroups', 200, 1], ['PrivateDevices', 1000, 1], ['PrivateMounts', 1000, 1],
  ['PrivateNetwork', 2500, 1], ['PrivateTmp', 1000, 1], ['PrivateUsers', 1000, 1], ['ProtectControlGroups', 1000, 1],
  ['ProtectKernelModules', 1000, 1], ['ProtectKernelTunables', 1000, 1], ['ProtectKernelLogs', 1000, 1], ['ProtectClock', 1000, 1],
  ['ProtectHome', 1000, 10], ['ProtectHostname', 50, 1], ['ProtectSystem', 1000, 10], ['RootDirectoryOrRootImage', 200, 1],
  ['LockPersonality', 100, 1], ['MemoryDenyWriteExecute', 100, 1], ['NoNewPrivileges', 1000, 1], ['CapabilityBoundingSet_CAP_SYS_ADMIN', 1500, 1],
  ['CapabilityBoundingSet_CAP_SET_UID_GID_PCAP', 1500, 1], ['CapabilityBoundingSet_CAP_SYS_PTRACE', 1500, 1],
  ['CapabilityBoundingSet_CAP_SYS_TIME', 1000, 1], ['CapabilityBoundingSet_CAP_NET_ADMIN', 1000, 1],
  ['CapabilityBoundingSet_CAP_SYS_RAWIO', 1000, 1], ['CapabilityBoundingSet_CAP_SYS_MODULE', 1000, 1], ['CapabilityBoundingSet_CAP_AUDIT', 500, 1],
  ['CapabilityBoundingSet_CAP_SYSLOG', 500, 1], ['CapabilityBoundingSet_CAP_SYS_NICE_RESOURCE', 500, 1], ['CapabilityBoundingSet_CAP_MKNOD', 500, 1],
  ['CapabilityBoundingSet_CAP_CHOWN_FSETID_SETFCAP', 1000, 1], ['CapabilityBoundingSet_CAP_DAC_FOWNER_IPC_OWNER', 1000, 1],
  ['CapabilityBoundingSet_CAP_KILL', 500, 1], ['CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)', 500, 1],
  ['CapabilityBoundingSet_CAP_SYS_BOOT', 100, 1], ['CapabilityBoundingSet_CAP_MAC', 100, 1], ['CapabilityBoundingSet_CAP_LINUX_IMMUTABLE', 75, 1],
  ['CapabilityBoundingSet_CAP_IPC_LOCK', 50, 1], ['CapabilityBoundingSet_CAP_SYS_CHROOT', 50, 1], ['CapabilityBoundingSet_CAP_BLOCK_SUSPEND', 25, 1],
  ['CapabilityBoundingSet_CAP_WAKE_ALARM', 25, 1], ['CapabilityBoundingSet_CAP_LEASE', 25, 1], ['CapabilityBoundingSet_CAP_SYS_TTY_CONFIG', 25, 1],
  ['CapabilityBoundingSet_CAP_SYS_PACCT', 25, 1], ['CapabilityBoundingSet_CAP_BPF', 25, 1], ['UMask', 100, 10], ['KeyringMode', 1000, 1],
  ['ProtectProc', 1000, 3], ['ProcSubset', 10, 1], ['NotifyAccess', 1000, 1], ['RemoveIPC', 100, 1], ['Delegate', 100, 1],
  ['RestrictRealtime', 500, 1], ['RestrictSUIDSGID', 1000, 1], ['RestrictNamespaces_user', 1500, 1], ['RestrictNamespaces_mnt', 500, 1],
  ['RestrictNamespaces_ipc', 500, 1], ['RestrictNamespaces_pid', 500, 1], ['RestrictNamespaces_cgroup', 500, 1], ['RestrictNamespaces_net', 500, 1],
  ['RestrictNamespaces_uts', 100, 1], ['RestrictAddressFamilies_AF_INET_INET6', 1500, 1], ['RestrictAddressFamilies_AF_UNIX', 25, 1],
  ['RestrictAddressFamilies_AF_NETLINK', 200, 1], ['RestrictAddressFamilies_AF_PACKET', 1000, 1], ['RestrictAddressFamilies_OTHER', 1250, 1],
  ['SystemCallArchitectures', 1000, 10], ['SystemCallFilter_swap', 1000, 10], ['SystemCallFilter_obsolete', 250, 10],
  ['SystemCallFilter_clock', 1000, 10], ['SystemCallFilter_cpu_emulation', 250, 10], ['SystemCallFilter_debug', 1000, 10],
  ['SystemCallFilter_mount', 1000, 10], ['SystemCallFilter_module', 1000, 10], ['SystemCallFilter_raw_io', 1000, 10],
  ['SystemCallFilter_reboot', 1000, 10], ['SystemCallFilter_privileged', 700, 10], ['SystemCallFilter_resources', 700, 10],
  ['IPAddressDeny', 1000, 10], ['DeviceAllow', 1000, 10], ['AmbientCapabilities', 500, 1],
];

/** Every table, one per assessor family. */
export const ASSESSOR_FAMILIES: readonly AssessorFamily[] = [
  { family: 'user identity', cases: userCases },
  { family: 'boolean sandboxing settings', cases: flagCases },
  { family: 'file system', cases: fileSystemCases },
  { family: 'capabilities', cases: capabilityCases },
  { family: 'process settings', cases: processCases },
  { family: 'namespaces', cases: namespaceCases },
  { family: 'address families', cases: addressFamilyCases },
  { family: 'system calls', cases: syscallCases },
  { family: 'IP addresses', cases: ipCases },
  { family: 'devices', cases: deviceCases },
  { family: 'implications', cases: implicationCases },
  { family: 'policy overrides', cases: policyCases },
];
