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
  readonly good?: string;
  readonly bad?: string;
  readonly na?: string;
  /** N/A ("special boot phase") when DefaultDependencies=no. */
  readonly defaultDependenciesOnly?: boolean;
  readonly check: CheckSpec;
}

/** All rows in systemd's source order (index + 1 = the row's `index`). */
export const ASSESSORS: readonly Assessor[] = [
  { id: 'UserOrDynamicUser', name: 'User=/DynamicUser=', weight: 2000, range: 10, bad: 'Service runs as root user', check: { kind: 'user' } },
  { id: 'SupplementaryGroups', name: 'SupplementaryGroups=', weight: 200, range: 1, good: 'Service has no supplementary groups', bad: 'Service runs with supplementary groups', na: 'Service runs as root, option does not matter', check: { kind: 'supplementaryGroups' } },
  { id: 'PrivateDevices', name: 'PrivateDevices=', weight: 1000, range: 1, good: 'Service has no access to hardware devices', bad: 'Service potentially has access to hardware devices', check: { kind: 'flag', field: 'privateDevices' } },
  { id: 'PrivateMounts', name: 'PrivateMounts=', weight: 1000, range: 1, good: 'Service cannot install system mounts', bad: 'Service may install system mounts', check: { kind: 'flag', field: 'privateMounts' } },
  { id: 'PrivateNetwork', name: 'PrivateNetwork=', weight: 2500, range: 1, good: "Service has no access to the host's network", bad: "Service has access to the host's network", check: { kind: 'flag', field: 'privateNetwork' } },
  { id: 'PrivateTmp', name: 'PrivateTmp=', weight: 1000, range: 1, good: "Service has no access to other software's temporary files", bad: "Service has access to other software's temporary files", defaultDependenciesOnly: true, check: { kind: 'flag', field: 'privateTmp' } },
  { id: 'PrivateUsers', name: 'PrivateUsers=', weight: 1000, range: 1, good: 'Service does not have access to other users', bad: 'Service has access to other users', check: { kind: 'flag', field: 'privateUsers' } },
  { id: 'ProtectControlGroups', name: 'ProtectControlGroups=', weight: 1000, range: 1, good: 'Service cannot modify the control group file system', bad: 'Service may modify the control group file system', check: { kind: 'flag', field: 'protectControlGroups' } },
  { id: 'ProtectKernelModules', name: 'ProtectKernelModules=', weight: 1000, range: 1, good: 'Service cannot load or read kernel modules', bad: 'Service may load or read kernel modules', check: { kind: 'flag', field: 'protectKernelModules' } },
  { id: 'ProtectKernelTunables', name: 'ProtectKernelTunables=', weight: 1000, range: 1, good: 'Service cannot alter kernel tunables (/proc/sys, …)', bad: 'Service may alter kernel tunables', check: { kind: 'flag', field: 'protectKernelTunables' } },
  { id: 'ProtectKernelLogs', name: 'ProtectKernelLogs=', weight: 1000, range: 1, good: 'Service cannot read from or write to the kernel log ring buffer', bad: 'Service may read from or write to the kernel log ring buffer', check: { kind: 'flag', field: 'protectKernelLogs' } },
  { id: 'ProtectClock', name: 'ProtectClock=', weight: 1000, range: 1, good: 'Service cannot write to the hardware clock or system clock', bad: 'Service may write to the hardware clock or system clock', check: { kind: 'flag', field: 'protectClock' } },
  { id: 'ProtectHome', name: 'ProtectHome=', weight: 1000, range: 10, defaultDependenciesOnly: true, check: { kind: 'protectHome' } },
  { id: 'ProtectHostname', name: 'ProtectHostname=', weight: 50, range: 1, good: 'Service cannot change system host/domainname', bad: 'Service may change system host/domainname', check: { kind: 'flag', field: 'protectHostname' } },
  { id: 'ProtectSystem', name: 'ProtectSystem=', weight: 1000, range: 10, defaultDependenciesOnly: true, check: { kind: 'protectSystem' } },
  { id: 'RootDirectoryOrRootImage', name: 'RootDirectory=/RootImage=', weight: 200, range: 1, good: 'Service has its own root directory/image', bad: "Service runs within the host's root directory", defaultDependenciesOnly: true, check: { kind: 'rootDirectory' } },
  { id: 'LockPersonality', name: 'LockPersonality=', weight: 100, range: 1, good: 'Service cannot change ABI personality', bad: 'Service may change ABI personality', check: { kind: 'flag', field: 'lockPersonality' } },
  { id: 'MemoryDenyWriteExecute', name: 'MemoryDenyWriteExecute=', weight: 100, range: 1, good: 'Service cannot create writable executable memory mappings', bad: 'Service may create writable executable memory mappings', check: { kind: 'flag', field: 'memoryDenyWriteExecute' } },
  { id: 'NoNewPrivileges', name: 'NoNewPrivileges=', weight: 1000, range: 1, good: 'Service processes cannot acquire new privileges', bad: 'Service processes may acquire new privileges', check: { kind: 'flag', field: 'noNewPrivileges' } },
  { id: 'CapabilityBoundingSet_CAP_SYS_ADMIN', name: 'CapabilityBoundingSet=~CAP_SYS_ADMIN', weight: 1500, range: 1, good: 'Service has no administrator privileges', bad: 'Service has administrator privileges', check: { kind: 'capabilities', caps: ['CAP_SYS_ADMIN'] } },
  { id: 'CapabilityBoundingSet_CAP_SET_UID_GID_PCAP', name: 'CapabilityBoundingSet=~CAP_SET(UID|GID|PCAP)', weight: 1500, range: 1, good: 'Service cannot change UID/GID identities/capabilities', bad: 'Service may change UID/GID identities/capabilities', check: { kind: 'capabilities', caps: ['CAP_SETUID', 'CAP_SETGID', 'CAP_SETPCAP'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_PTRACE', name: 'CapabilityBoundingSet=~CAP_SYS_PTRACE', weight: 1500, range: 1, good: 'Service has no ptrace() debugging abilities', bad: 'Service has ptrace() debugging abilities', check: { kind: 'capabilities', caps: ['CAP_SYS_PTRACE'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_TIME', name: 'CapabilityBoundingSet=~CAP_SYS_TIME', weight: 1000, range: 1, good: 'Service processes cannot change the system clock', bad: 'Service processes may change the system clock', check: { kind: 'capabilities', caps: ['CAP_SYS_TIME'] } },
  { id: 'CapabilityBoundingSet_CAP_NET_ADMIN', name: 'CapabilityBoundingSet=~CAP_NET_ADMIN', weight: 1000, range: 1, good: 'Service has no network configuration privileges', bad: 'Service has network configuration privileges', check: { kind: 'capabilities', caps: ['CAP_NET_ADMIN'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_RAWIO', name: 'CapabilityBoundingSet=~CAP_SYS_RAWIO', weight: 1000, range: 1, good: 'Service has no raw I/O access', bad: 'Service has raw I/O access', check: { kind: 'capabilities', caps: ['CAP_SYS_RAWIO'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_MODULE', name: 'CapabilityBoundingSet=~CAP_SYS_MODULE', weight: 1000, range: 1, good: 'Service cannot load kernel modules', bad: 'Service may load kernel modules', check: { kind: 'capabilities', caps: ['CAP_SYS_MODULE'] } },
  { id: 'CapabilityBoundingSet_CAP_AUDIT', name: 'CapabilityBoundingSet=~CAP_AUDIT_*', weight: 500, range: 1, good: 'Service has no audit subsystem access', bad: 'Service has audit subsystem access', check: { kind: 'capabilities', caps: ['CAP_AUDIT_CONTROL', 'CAP_AUDIT_READ', 'CAP_AUDIT_WRITE'] } },
  { id: 'CapabilityBoundingSet_CAP_SYSLOG', name: 'CapabilityBoundingSet=~CAP_SYSLOG', weight: 500, range: 1, good: 'Service has no access to kernel logging', bad: 'Service has access to kernel logging', check: { kind: 'capabilities', caps: ['CAP_SYSLOG'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_NICE_RESOURCE', name: 'CapabilityBoundingSet=~CAP_SYS_(NICE|RESOURCE)', weight: 500, range: 1, good: 'Service has no privileges to change resource use parameters', bad: 'Service has privileges to change resource use parameters', check: { kind: 'capabilities', caps: ['CAP_SYS_NICE', 'CAP_SYS_RESOURCE'] } },
  { id: 'CapabilityBoundingSet_CAP_MKNOD', name: 'CapabilityBoundingSet=~CAP_MKNOD', weight: 500, range: 1, good: 'Service cannot create device nodes', bad: 'Service may create device nodes', check: { kind: 'capabilities', caps: ['CAP_MKNOD'] } },
  { id: 'CapabilityBoundingSet_CAP_CHOWN_FSETID_SETFCAP', name: 'CapabilityBoundingSet=~CAP_(CHOWN|FSETID|SETFCAP)', weight: 1000, range: 1, good: 'Service cannot change file ownership/access mode/capabilities', bad: 'Service may change file ownership/access mode/capabilities unrestricted', check: { kind: 'capabilities', caps: ['CAP_CHOWN', 'CAP_FSETID', 'CAP_SETFCAP'] } },
  { id: 'CapabilityBoundingSet_CAP_DAC_FOWNER_IPC_OWNER', name: 'CapabilityBoundingSet=~CAP_(DAC_*|FOWNER|IPC_OWNER)', weight: 1000, range: 1, good: 'Service cannot override UNIX file/IPC permission checks', bad: 'Service may override UNIX file/IPC permission checks', check: { kind: 'capabilities', caps: ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_IPC_OWNER'] } },
  { id: 'CapabilityBoundingSet_CAP_KILL', name: 'CapabilityBoundingSet=~CAP_KILL', weight: 500, range: 1, good: 'Service cannot send UNIX signals to arbitrary processes', bad: 'Service may send UNIX signals to arbitrary processes', check: { kind: 'capabilities', caps: ['CAP_KILL'] } },
  { id: 'CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)', name: 'CapabilityBoundingSet=~CAP_NET_(BIND_SERVICE|BROADCAST|RAW)', weight: 500, range: 1, good: 'Service has no elevated networking privileges', bad: 'Service has elevated networking privileges', check: { kind: 'capabilities', caps: ['CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_RAW'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_BOOT', name: 'CapabilityBoundingSet=~CAP_SYS_BOOT', weight: 100, range: 1, good: 'Service cannot issue reboot()', bad: 'Service may issue reboot()', check: { kind: 'capabilities', caps: ['CAP_SYS_BOOT'] } },
  { id: 'CapabilityBoundingSet_CAP_MAC', name: 'CapabilityBoundingSet=~CAP_MAC_*', weight: 100, range: 1, good: 'Service cannot adjust SMACK MAC', bad: 'Service may adjust SMACK MAC', check: { kind: 'capabilities', caps: ['CAP_MAC_ADMIN', 'CAP_MAC_OVERRIDE'] } },
  { id: 'CapabilityBoundingSet_CAP_LINUX_IMMUTABLE', name: 'CapabilityBoundingSet=~CAP_LINUX_IMMUTABLE', weight: 75, range: 1, good: 'Service cannot mark files immutable', bad: 'Service may mark files immutable', check: { kind: 'capabilities', caps: ['CAP_LINUX_IMMUTABLE'] } },
  { id: 'CapabilityBoundingSet_CAP_IPC_LOCK', name: 'CapabilityBoundingSet=~CAP_IPC_LOCK', weight: 50, range: 1, good: 'Service cannot lock memory into RAM', bad: 'Service may lock memory into RAM', check: { kind: 'capabilities', caps: ['CAP_IPC_LOCK'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_CHROOT', name: 'CapabilityBoundingSet=~CAP_SYS_CHROOT', weight: 50, range: 1, good: 'Service cannot issue chroot()', bad: 'Service may issue chroot()', check: { kind: 'capabilities', caps: ['CAP_SYS_CHROOT'] } },
  { id: 'CapabilityBoundingSet_CAP_BLOCK_SUSPEND', name: 'CapabilityBoundingSet=~CAP_BLOCK_SUSPEND', weight: 25, range: 1, good: 'Service cannot establish wake locks', bad: 'Service may establish wake locks', check: { kind: 'capabilities', caps: ['CAP_BLOCK_SUSPEND'] } },
  { id: 'CapabilityBoundingSet_CAP_WAKE_ALARM', name: 'CapabilityBoundingSet=~CAP_WAKE_ALARM', weight: 25, range: 1, good: 'Service cannot program timers that wake up the system', bad: 'Service may program timers that wake up the system', check: { kind: 'capabilities', caps: ['CAP_WAKE_ALARM'] } },
  { id: 'CapabilityBoundingSet_CAP_LEASE', name: 'CapabilityBoundingSet=~CAP_LEASE', weight: 25, range: 1, good: 'Service cannot create file leases', bad: 'Service may create file leases', check: { kind: 'capabilities', caps: ['CAP_LEASE'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_TTY_CONFIG', name: 'CapabilityBoundingSet=~CAP_SYS_TTY_CONFIG', weight: 25, range: 1, good: 'Service cannot issue vhangup()', bad: 'Service may issue vhangup()', check: { kind: 'capabilities', caps: ['CAP_SYS_TTY_CONFIG'] } },
  { id: 'CapabilityBoundingSet_CAP_SYS_PACCT', name: 'CapabilityBoundingSet=~CAP_SYS_PACCT', weight: 25, range: 1, good: 'Service cannot use acct()', bad: 'Service may use acct()', check: { kind: 'capabilities', caps: ['CAP_SYS_PACCT'] } },
  { id: 'CapabilityBoundingSet_CAP_BPF', name: 'CapabilityBoundingSet=~CAP_BPF', weight: 25, range: 1, good: 'Service may not load BPF programs', bad: 'Service may load BPF programs', check: { kind: 'capabilities', caps: ['CAP_BPF'] } },
  { id: 'UMask', name: 'UMask=', weight: 100, range: 10, check: { kind: 'umask' } },
  { id: 'KeyringMode', name: 'KeyringMode=', weight: 1000, range: 1, good: "Service doesn't share key material with other services", bad: 'Service shares key material with other service', check: { kind: 'keyringMode' } },
  { id: 'ProtectProc', name: 'ProtectProc=', weight: 1000, range: 3, good: 'Service has restricted access to process tree (/proc hidepid=)', bad: 'Service has full access to process tree (/proc hidepid=)', check: { kind: 'protectProc' } },
  { id: 'ProcSubset', name: 'ProcSubset=', weight: 10, range: 1, good: 'Service has no access to non-process /proc files (/proc subset=)', bad: 'Service has full access to non-process /proc files (/proc subset=)', check: { kind: 'procSubset' } },
  { id: 'NotifyAccess', name: 'NotifyAccess=', weight: 1000, range: 1, good: 'Service child processes cannot alter service state', bad: 'Service child processes may alter service state', check: { kind: 'notifyAccess' } },
  { id: 'RemoveIPC', name: 'RemoveIPC=', weight: 100, range: 1, good: 'Service user cannot leave SysV IPC objects around', bad: 'Service user may leave SysV IPC objects around', na: 'Service runs as root, option does not apply', check: { kind: 'removeIpc' } },
  { id: 'Delegate', name: 'Delegate=', weight: 100, range: 1, good: 'Service does not maintain its own delegated control group subtree', bad: 'Service maintains its own delegated control group subtree', check: { kind: 'flag', field: 'delegate', bad: true } },
  { id: 'RestrictRealtime', name: 'RestrictRealtime=', weight: 500, range: 1, good: 'Service realtime scheduling access is restricted', bad: 'Service may acquire realtime scheduling', check: { kind: 'flag', field: 'restrictRealtime' } },
  { id: 'RestrictSUIDSGID', name: 'RestrictSUIDSGID=', weight: 1000, range: 1, good: 'SUID/SGID file creation by service is restricted', bad: 'Service may create SUID/SGID files', check: { kind: 'flag', field: 'restrictSuidSgid' } },
  { id: 'RestrictNamespaces_user', name: 'RestrictNamespaces=~user', weight: 1500, range: 1, good: 'Service cannot create user namespaces', bad: 'Service may create user namespaces', check: { kind: 'namespace', namespace: 'user' } },
  { id: 'RestrictNamespaces_mnt', name: 'RestrictNamespaces=~mnt', weight: 500, range: 1, good: 'Service cannot create file system namespaces', bad: 'Service may create file system namespaces', check: { kind: 'namespace', namespace: 'mnt' } },
  { id: 'RestrictNamespaces_ipc', name: 'RestrictNamespaces=~ipc', weight: 500, range: 1, good: 'Service cannot create IPC namespaces', bad: 'Service may create IPC namespaces', check: { kind: 'namespace', namespace: 'ipc' } },
  { id: 'RestrictNamespaces_pid', name: 'RestrictNamespaces=~pid', weight: 500, range: 1, good: 'Service cannot create process namespaces', bad: 'Service may create process namespaces', check: { kind: 'namespace', namespace: 'pid' } },
  { id: 'RestrictNamespaces_cgroup', name: 'RestrictNamespaces=~cgroup', weight: 500, range: 1, good: 'Service cannot create cgroup namespaces', bad: 'Service may create cgroup namespaces', check: { kind: 'namespace', namespace: 'cgroup' } },
  { id: 'RestrictNamespaces_net', name: 'RestrictNamespaces=~net', weight: 500, range: 1, good: 'Service cannot create network namespaces', bad: 'Service may create network namespaces', check: { kind: 'namespace', namespace: 'net' } },
  { id: 'RestrictNamespaces_uts', name: 'RestrictNamespaces=~uts', weight: 100, range: 1, good: 'Service cannot create hostname namespaces', bad: 'Service may create hostname namespaces', check: { kind: 'namespace', namespace: 'uts' } },
  { id: 'RestrictAddressFamilies_AF_INET_INET6', name: 'RestrictAddressFamilies=~AF_(INET|INET6)', weight: 1500, range: 1, good: 'Service cannot allocate Internet sockets', bad: 'Service may allocate Internet sockets', check: { kind: 'addressFamily', family: 'inet' } },
  { id: 'RestrictAddressFamilies_AF_UNIX', name: 'RestrictAddressFamilies=~AF_UNIX', weight: 25, range: 1, good: 'Service cannot allocate local sockets', bad: 'Service may allocate local sockets', check: { kind: 'addressFamily', family: 'unix' } },
  { id: 'RestrictAddressFamilies_AF_NETLINK', name: 'RestrictAddressFamilies=~AF_NETLINK', weight: 200, range: 1, good: 'Service cannot allocate netlink sockets', bad: 'Service may allocate netlink sockets', check: { kind: 'addressFamily', family: 'netlink' } },
  { id: 'RestrictAddressFamilies_AF_PACKET', name: 'RestrictAddressFamilies=~AF_PACKET', weight: 1000, range: 1, good: 'Service cannot allocate packet sockets', bad: 'Service may allocate packet sockets', check: { kind: 'addressFamily', family: 'packet' } },
  { id: 'RestrictAddressFamilies_OTHER', name: 'RestrictAddressFamilies=~…', weight: 1250, range: 1, good: 'Service cannot allocate exotic sockets', bad: 'Service may allocate exotic sockets', check: { kind: 'addressFamily', family: 'other' } },
  { id: 'SystemCallArchitectures', name: 'SystemCallArchitectures=', weight: 1000, range: 10, check: { kind: 'syscallArchitectures' } },
  { id: 'SystemCallFilter_swap', name: 'SystemCallFilter=~@swap', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@swap' } },
  { id: 'SystemCallFilter_obsolete', name: 'SystemCallFilter=~@obsolete', weight: 250, range: 10, check: { kind: 'syscallGroup', group: '@obsolete' } },
  { id: 'SystemCallFilter_clock', name: 'SystemCallFilter=~@clock', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@clock' } },
  { id: 'SystemCallFilter_cpu_emulation', name: 'SystemCallFilter=~@cpu-emulation', weight: 250, range: 10, check: { kind: 'syscallGroup', group: '@cpu-emulation' } },
  { id: 'SystemCallFilter_debug', name: 'SystemCallFilter=~@debug', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@debug' } },
  { id: 'SystemCallFilter_mount', name: 'SystemCallFilter=~@mount', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@mount' } },
  { id: 'SystemCallFilter_module', name: 'SystemCallFilter=~@module', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@module' } },
  { id: 'SystemCallFilter_raw_io', name: 'SystemCallFilter=~@raw-io', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@raw-io' } },
  { id: 'SystemCallFilter_reboot', name: 'SystemCallFilter=~@reboot', weight: 1000, range: 10, check: { kind: 'syscallGroup', group: '@reboot' } },
  { id: 'SystemCallFilter_privileged', name: 'SystemCallFilter=~@privileged', weight: 700, range: 10, check: { kind: 'syscallGroup', group: '@privileged' } },
  { id: 'SystemCallFilter_resources', name: 'SystemCallFilter=~@resources', weight: 700, range: 10, check: { kind: 'syscallGroup', group: '@resources' } },
  { id: 'IPAddressDeny', name: 'IPAddressDeny=', weight: 1000, range: 10, check: { kind: 'ipAddress' } },
  { id: 'DeviceAllow', name: 'DeviceAllow=', weight: 1000, range: 10, check: { kind: 'deviceAllow' } },
  { id: 'AmbientCapabilities', name: 'AmbientCapabilities=', weight: 500, range: 1, good: 'Service process does not receive ambient capabilities', bad: 'Service process receives ambient capabilities', check: { kind: 'ambientCapabilities' } },
];

/** Capability names the table refers to, for type checking the records above. */
export type { CapabilityName };
