/**
 * The assessor table of `systemd-analyze security` (systemd 252.38+, 257, 262: the same 81 rows in
 * the same order), one record per row: systemd's json_field as `id`, the NAME column, weight, range,
 * the three static descriptions, and which check decides its badness. Rows are scored by one loop
 * over this table (see score.ts); nothing branches on a particular row. Every row is documented in
 * systemd.exec(5) under the setting its NAME starts with (table-info.ts derives the link).
 */
import type { CapabilityName, CheckSpec } from './checks.ts';

/** One row of the table. `good`/`bad`/`na` are printed unless the check supplies its own text. */
export interface Assessor {
  /** systemd's json_field (the policy-file key); note one really ends in `)`. */
  readonly id: string;
  /** The NAME column. */
  readonly name: string;
  readonly weight: number;
  readonly range: number;
  readonly good?: string | undefined;
  readonly bad?: string | undefined;
  readonly na?: string | undefined;
  /** N/A ("special boot phase") when DefaultDependencies=no. */
  readonly defaultDependenciesOnly?: boolean;
  readonly check: CheckSpec;
}

/**
 * A row as written below, positionally (the table is a third smaller, and 0.13 kB gz less in the
 * web component, than with every field named): NAME, weight, range, good and bad description
 * (null: none), check, then the fields only a few rows have. The id is {@link jsonFieldOf} the
 * NAME except in the two rows that say theirs.
 */
type Row = readonly [name: string, weight: number, range: number, good: string | null, bad: string | null, check: CheckSpec, rare?: Partial<Pick<Assessor, 'id' | 'na' | 'defaultDependenciesOnly'>>];

/**
 * systemd's json_field for a NAME, by the convention its table follows: `=/` reads `Or`; `=~`, `(`,
 * `|` and `-` become `_`; `=`, `@`, `*` and `)` go; runs of `_` become one and a trailing one goes
 * (`CapabilityBoundingSet=~CAP_SET(UID|GID|PCAP)` → `CapabilityBoundingSet_CAP_SET_UID_GID_PCAP`,
 * `SystemCallFilter=~@raw-io` → `SystemCallFilter_raw_io`). Deriving the ids saves 0.2 kB gz in the
 * web component and /embed; the weight table of test/engine/assessors.test.ts (checked against the
 * oracles) and every golden JSON file pin each id.
 */
function jsonFieldOf(name: string): string {
  return name.replace(/=\//g, 'Or').replace(/=~|[(|-]/g, '_').replace(/[=@*)]/g, '').replace(/_+/g, '_').replace(/_$/, '');
}

const ROWS: readonly Row[] = [
  ['User=/DynamicUser=', 2000, 10, null, 'Service runs as root user', { kind: 'user' }],
  ['SupplementaryGroups=', 200, 1, 'Service has no supplementary groups', 'Service runs with supplementary groups', { kind: 'supplementaryGroups' }, { na: 'Service runs as root, option does not matter' }],
  ['PrivateDevices=', 1000, 1, 'Service has no access to hardware devices', 'Service potentially has access to hardware devices', { kind: 'flag', field: 'privateDevices' }],
  ['PrivateMounts=', 1000, 1, 'Service cannot install system mounts', 'Service may install system mounts', { kind: 'flag', field: 'privateMounts' }],
  ['PrivateNetwork=', 2500, 1, "Service has no access to the host's network", "Service has access to the host's network", { kind: 'flag', field: 'privateNetwork' }],
  ['PrivateTmp=', 1000, 1, "Service has no access to other software's temporary files", "Service has access to other software's temporary files", { kind: 'flag', field: 'privateTmp' }, { defaultDependenciesOnly: true }],
  ['PrivateUsers=', 1000, 1, 'Service does not have access to other users', 'Service has access to other users', { kind: 'flag', field: 'privateUsers' }],
  ['ProtectControlGroups=', 1000, 1, 'Service cannot modify the control group file system', 'Service may modify the control group file system', { kind: 'flag', field: 'protectControlGroups' }],
  ['ProtectKernelModules=', 1000, 1, 'Service cannot load or read kernel modules', 'Service may load or read kernel modules', { kind: 'flag', field: 'protectKernelModules' }],
  ['ProtectKernelTunables=', 1000, 1, 'Service cannot alter kernel tunables (/proc/sys, …)', 'Service may alter kernel tunables', { kind: 'flag', field: 'protectKernelTunables' }],
  ['ProtectKernelLogs=', 1000, 1, 'Service cannot read from or write to the kernel log ring buffer', 'Service may read from or write to the kernel log ring buffer', { kind: 'flag', field: 'protectKernelLogs' }],
  ['ProtectClock=', 1000, 1, 'Service cannot write to the hardware clock or system clock', 'Service may write to the hardware clock or system clock', { kind: 'flag', field: 'protectClock' }],
  ['ProtectHome=', 1000, 10, null, null, { kind: 'protectHome' }, { defaultDependenciesOnly: true }],
  ['ProtectHostname=', 50, 1, 'Service cannot change system host/domainname', 'Service may change system host/domainname', { kind: 'flag', field: 'protectHostname' }],
  ['ProtectSystem=', 1000, 10, null, null, { kind: 'protectSystem' }, { defaultDependenciesOnly: true }],
  ['RootDirectory=/RootImage=', 200, 1, 'Service has its own root directory/image', "Service runs within the host's root directory", { kind: 'rootDirectory' }, { defaultDependenciesOnly: true }],
  ['LockPersonality=', 100, 1, 'Service cannot change ABI personality', 'Service may change ABI personality', { kind: 'flag', field: 'lockPersonality' }],
  ['MemoryDenyWriteExecute=', 100, 1, 'Service cannot create writable executable memory mappings', 'Service may create writable executable memory mappings', { kind: 'flag', field: 'memoryDenyWriteExecute' }],
  ['NoNewPrivileges=', 1000, 1, 'Service processes cannot acquire new privileges', 'Service processes may acquire new privileges', { kind: 'flag', field: 'noNewPrivileges' }],
  ['CapabilityBoundingSet=~CAP_SYS_ADMIN', 1500, 1, 'Service has no administrator privileges', 'Service has administrator privileges', { kind: 'capabilities', caps: ['CAP_SYS_ADMIN'] }],
  ['CapabilityBoundingSet=~CAP_SET(UID|GID|PCAP)', 1500, 1, 'Service cannot change UID/GID identities/capabilities', 'Service may change UID/GID identities/capabilities', { kind: 'capabilities', caps: ['CAP_SETUID', 'CAP_SETGID', 'CAP_SETPCAP'] }],
  ['CapabilityBoundingSet=~CAP_SYS_PTRACE', 1500, 1, 'Service has no ptrace() debugging abilities', 'Service has ptrace() debugging abilities', { kind: 'capabilities', caps: ['CAP_SYS_PTRACE'] }],
  ['CapabilityBoundingSet=~CAP_SYS_TIME', 1000, 1, 'Service processes cannot change the system clock', 'Service processes may change the system clock', { kind: 'capabilities', caps: ['CAP_SYS_TIME'] }],
  ['CapabilityBoundingSet=~CAP_NET_ADMIN', 1000, 1, 'Service has no network configuration privileges', 'Service has network configuration privileges', { kind: 'capabilities', caps: ['CAP_NET_ADMIN'] }],
  ['CapabilityBoundingSet=~CAP_SYS_RAWIO', 1000, 1, 'Service has no raw I/O access', 'Service has raw I/O access', { kind: 'capabilities', caps: ['CAP_SYS_RAWIO'] }],
  ['CapabilityBoundingSet=~CAP_SYS_MODULE', 1000, 1, 'Service cannot load kernel modules', 'Service may load kernel modules', { kind: 'capabilities', caps: ['CAP_SYS_MODULE'] }],
  ['CapabilityBoundingSet=~CAP_AUDIT_*', 500, 1, 'Service has no audit subsystem access', 'Service has audit subsystem access', { kind: 'capabilities', caps: ['CAP_AUDIT_CONTROL', 'CAP_AUDIT_READ', 'CAP_AUDIT_WRITE'] }],
  ['CapabilityBoundingSet=~CAP_SYSLOG', 500, 1, 'Service has no access to kernel logging', 'Service has access to kernel logging', { kind: 'capabilities', caps: ['CAP_SYSLOG'] }],
  ['CapabilityBoundingSet=~CAP_SYS_(NICE|RESOURCE)', 500, 1, 'Service has no privileges to change resource use parameters', 'Service has privileges to change resource use parameters', { kind: 'capabilities', caps: ['CAP_SYS_NICE', 'CAP_SYS_RESOURCE'] }],
  ['CapabilityBoundingSet=~CAP_MKNOD', 500, 1, 'Service cannot create device nodes', 'Service may create device nodes', { kind: 'capabilities', caps: ['CAP_MKNOD'] }],
  ['CapabilityBoundingSet=~CAP_(CHOWN|FSETID|SETFCAP)', 1000, 1, 'Service cannot change file ownership/access mode/capabilities', 'Service may change file ownership/access mode/capabilities unrestricted', { kind: 'capabilities', caps: ['CAP_CHOWN', 'CAP_FSETID', 'CAP_SETFCAP'] }],
  ['CapabilityBoundingSet=~CAP_(DAC_*|FOWNER|IPC_OWNER)', 1000, 1, 'Service cannot override UNIX file/IPC permission checks', 'Service may override UNIX file/IPC permission checks', { kind: 'capabilities', caps: ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_IPC_OWNER'] }],
  ['CapabilityBoundingSet=~CAP_KILL', 500, 1, 'Service cannot send UNIX signals to arbitrary processes', 'Service may send UNIX signals to arbitrary processes', { kind: 'capabilities', caps: ['CAP_KILL'] }],
  ['CapabilityBoundingSet=~CAP_NET_(BIND_SERVICE|BROADCAST|RAW)', 500, 1, 'Service has no elevated networking privileges', 'Service has elevated networking privileges', { kind: 'capabilities', caps: ['CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_RAW'] }, { id: 'CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)' }],
  ['CapabilityBoundingSet=~CAP_SYS_BOOT', 100, 1, 'Service cannot issue reboot()', 'Service may issue reboot()', { kind: 'capabilities', caps: ['CAP_SYS_BOOT'] }],
  ['CapabilityBoundingSet=~CAP_MAC_*', 100, 1, 'Service cannot adjust SMACK MAC', 'Service may adjust SMACK MAC', { kind: 'capabilities', caps: ['CAP_MAC_ADMIN', 'CAP_MAC_OVERRIDE'] }],
  ['CapabilityBoundingSet=~CAP_LINUX_IMMUTABLE', 75, 1, 'Service cannot mark files immutable', 'Service may mark files immutable', { kind: 'capabilities', caps: ['CAP_LINUX_IMMUTABLE'] }],
  ['CapabilityBoundingSet=~CAP_IPC_LOCK', 50, 1, 'Service cannot lock memory into RAM', 'Service may lock memory into RAM', { kind: 'capabilities', caps: ['CAP_IPC_LOCK'] }],
  ['CapabilityBoundingSet=~CAP_SYS_CHROOT', 50, 1, 'Service cannot issue chroot()', 'Service may issue chroot()', { kind: 'capabilities', caps: ['CAP_SYS_CHROOT'] }],
  ['CapabilityBoundingSet=~CAP_BLOCK_SUSPEND', 25, 1, 'Service cannot establish wake locks', 'Service may establish wake locks', { kind: 'capabilities', caps: ['CAP_BLOCK_SUSPEND'] }],
  ['CapabilityBoundingSet=~CAP_WAKE_ALARM', 25, 1, 'Service cannot program timers that wake up the system', 'Service may program timers that wake up the system', { kind: 'capabilities', caps: ['CAP_WAKE_ALARM'] }],
  ['CapabilityBoundingSet=~CAP_LEASE', 25, 1, 'Service cannot create file leases', 'Service may create file leases', { kind: 'capabilities', caps: ['CAP_LEASE'] }],
  ['CapabilityBoundingSet=~CAP_SYS_TTY_CONFIG', 25, 1, 'Service cannot issue vhangup()', 'Service may issue vhangup()', { kind: 'capabilities', caps: ['CAP_SYS_TTY_CONFIG'] }],
  ['CapabilityBoundingSet=~CAP_SYS_PACCT', 25, 1, 'Service cannot use acct()', 'Service may use acct()', { kind: 'capabilities', caps: ['CAP_SYS_PACCT'] }],
  ['CapabilityBoundingSet=~CAP_BPF', 25, 1, 'Service may not load BPF programs', 'Service may load BPF programs', { kind: 'capabilities', caps: ['CAP_BPF'] }],
  ['UMask=', 100, 10, null, null, { kind: 'umask' }],
  ['KeyringMode=', 1000, 1, "Service doesn't share key material with other services", 'Service shares key material with other service', { kind: 'keyringMode' }],
  ['ProtectProc=', 1000, 3, 'Service has restricted access to process tree (/proc hidepid=)', 'Service has full access to process tree (/proc hidepid=)', { kind: 'protectProc' }],
  ['ProcSubset=', 10, 1, 'Service has no access to non-process /proc files (/proc subset=)', 'Service has full access to non-process /proc files (/proc subset=)', { kind: 'procSubset' }],
  ['NotifyAccess=', 1000, 1, 'Service child processes cannot alter service state', 'Service child processes may alter service state', { kind: 'notifyAccess' }],
  ['RemoveIPC=', 100, 1, 'Service user cannot leave SysV IPC objects around', 'Service user may leave SysV IPC objects around', { kind: 'removeIpc' }, { na: 'Service runs as root, option does not apply' }],
  ['Delegate=', 100, 1, 'Service does not maintain its own delegated control group subtree', 'Service maintains its own delegated control group subtree', { kind: 'flag', field: 'delegate', bad: true }],
  ['RestrictRealtime=', 500, 1, 'Service realtime scheduling access is restricted', 'Service may acquire realtime scheduling', { kind: 'flag', field: 'restrictRealtime' }],
  ['RestrictSUIDSGID=', 1000, 1, 'SUID/SGID file creation by service is restricted', 'Service may create SUID/SGID files', { kind: 'flag', field: 'restrictSuidSgid' }],
  ['RestrictNamespaces=~user', 1500, 1, 'Service cannot create user namespaces', 'Service may create user namespaces', { kind: 'namespace', namespace: 'user' }],
  ['RestrictNamespaces=~mnt', 500, 1, 'Service cannot create file system namespaces', 'Service may create file system namespaces', { kind: 'namespace', namespace: 'mnt' }],
  ['RestrictNamespaces=~ipc', 500, 1, 'Service cannot create IPC namespaces', 'Service may create IPC namespaces', { kind: 'namespace', namespace: 'ipc' }],
  ['RestrictNamespaces=~pid', 500, 1, 'Service cannot create process namespaces', 'Service may create process namespaces', { kind: 'namespace', namespace: 'pid' }],
  ['RestrictNamespaces=~cgroup', 500, 1, 'Service cannot create cgroup namespaces', 'Service may create cgroup namespaces', { kind: 'namespace', namespace: 'cgroup' }],
  ['RestrictNamespaces=~net', 500, 1, 'Service cannot create network namespaces', 'Service may create network namespaces', { kind: 'namespace', namespace: 'net' }],
  ['RestrictNamespaces=~uts', 100, 1, 'Service cannot create hostname namespaces', 'Service may create hostname namespaces', { kind: 'namespace', namespace: 'uts' }],
  ['RestrictAddressFamilies=~AF_(INET|INET6)', 1500, 1, 'Service cannot allocate Internet sockets', 'Service may allocate Internet sockets', { kind: 'addressFamily', family: 'inet' }],
  ['RestrictAddressFamilies=~AF_UNIX', 25, 1, 'Service cannot allocate local sockets', 'Service may allocate local sockets', { kind: 'addressFamily', family: 'unix' }],
  ['RestrictAddressFamilies=~AF_NETLINK', 200, 1, 'Service cannot allocate netlink sockets', 'Service may allocate netlink sockets', { kind: 'addressFamily', family: 'netlink' }],
  ['RestrictAddressFamilies=~AF_PACKET', 1000, 1, 'Service cannot allocate packet sockets', 'Service may allocate packet sockets', { kind: 'addressFamily', family: 'packet' }],
  ['RestrictAddressFamilies=~…', 1250, 1, 'Service cannot allocate exotic sockets', 'Service may allocate exotic sockets', { kind: 'addressFamily', family: 'other' }, { id: 'RestrictAddressFamilies_OTHER' }],
  ['SystemCallArchitectures=', 1000, 10, null, null, { kind: 'syscallArchitectures' }],
  ['SystemCallFilter=~@swap', 1000, 10, null, null, { kind: 'syscallGroup', group: '@swap' }],
  ['SystemCallFilter=~@obsolete', 250, 10, null, null, { kind: 'syscallGroup', group: '@obsolete' }],
  ['SystemCallFilter=~@clock', 1000, 10, null, null, { kind: 'syscallGroup', group: '@clock' }],
  ['SystemCallFilter=~@cpu-emulation', 250, 10, null, null, { kind: 'syscallGroup', group: '@cpu-emulation' }],
  ['SystemCallFilter=~@debug', 1000, 10, null, null, { kind: 'syscallGroup', group: '@debug' }],
  ['SystemCallFilter=~@mount', 1000, 10, null, null, { kind: 'syscallGroup', group: '@mount' }],
  ['SystemCallFilter=~@module', 1000, 10, null, null, { kind: 'syscallGroup', group: '@module' }],
  ['SystemCallFilter=~@raw-io', 1000, 10, null, null, { kind: 'syscallGroup', group: '@raw-io' }],
  ['SystemCallFilter=~@reboot', 1000, 10, null, null, { kind: 'syscallGroup', group: '@reboot' }],
  ['SystemCallFilter=~@privileged', 700, 10, null, null, { kind: 'syscallGroup', group: '@privileged' }],
  ['SystemCallFilter=~@resources', 700, 10, null, null, { kind: 'syscallGroup', group: '@resources' }],
  ['IPAddressDeny=', 1000, 10, null, null, { kind: 'ipAddress' }],
  ['DeviceAllow=', 1000, 10, null, null, { kind: 'deviceAllow' }],
  ['AmbientCapabilities=', 500, 1, 'Service process does not receive ambient capabilities', 'Service process receives ambient capabilities', { kind: 'ambientCapabilities' }],
];

/** All rows in systemd's source order (index + 1 = the row's `index`). */
export const ASSESSORS: readonly Assessor[] = ROWS.map(([name, weight, range, good, bad, check, rare]) => ({ id: jsonFieldOf(name), name, weight, range, good: good ?? undefined, bad: bad ?? undefined, check, ...rare }));

/** Capability names the table refers to, for type checking the records above. */
export type { CapabilityName };
