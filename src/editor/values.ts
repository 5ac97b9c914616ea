/**
 * Enumerated values offered by completion. Keyed first by the setting (for settings the catalogue
 * types as OTHER), then by the catalogue's type name. What differs between versions (the keywords
 * settings that became enums accept, the syscall groups) is read from the engine's version data
 * (`profileFor`, `syscallData`), so a new version gets its own values without a change here.
 */
import { profileFor, syscallData, type AnalysisMode, type SystemdVersion } from '../state/engine.ts';

const BOOLEANS = ['yes', 'no', 'true', 'false'];
const NAMESPACES = ['cgroup', 'ipc', 'net', 'mnt', 'pid', 'user', 'uts', 'time'];
const CAPS = 'CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP LINUX_IMMUTABLE NET_BIND_SERVICE NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER SYS_MODULE SYS_RAWIO SYS_CHROOT SYS_PTRACE SYS_PACCT SYS_ADMIN SYS_BOOT SYS_NICE SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE AUDIT_WRITE AUDIT_CONTROL SETFCAP MAC_OVERRIDE MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ PERFMON BPF CHECKPOINT_RESTORE'.split(' ').map((c) => `CAP_${c}`);
const FAMILIES = ['none', 'AF_UNIX', 'AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_PACKET', 'AF_BLUETOOTH', 'AF_CAN', 'AF_VSOCK', 'AF_ALG', 'AF_XDP'];
const ARCHS = ['native', 'x86', 'x86-64', 'x32', 'arm', 'arm64', 'riscv64', 's390x', 'ppc64-le'];

const BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  BOOLEAN: BOOLEANS,
  NAMESPACES: [...BOOLEANS, ...NAMESPACES],
  FAMILIES,
  BOUNDINGSET: CAPS,
  ARCHS,
  KILLMODE: ['control-group', 'mixed', 'process', 'none'],
  POLICY: ['auto', 'closed', 'strict'],
  ACCESS: ['none', 'main', 'exec', 'all'],
  SERVICERESTART: ['no', 'on-success', 'on-failure', 'on-abnormal', 'on-watchdog', 'on-abort', 'always'],
  SERVICETYPE: ['simple', 'exec', 'forking', 'oneshot', 'dbus', 'notify', 'idle'],
};

/**
 * The values to offer for `key` (of catalogue type `type`) in `version` asked in `mode` (default
 * `offline`; the loader accepts the same values either way), or [] when the value is free-form.
 * Booleans come first for "boolean or keyword" settings.
 */
export function enumeratedValues(key: string, type: string, version: SystemdVersion, mode: AnalysisMode = 'offline'): readonly string[] {
  const { enumValues } = profileFor(version, mode);
  switch (key) {
    case 'ProtectSystem': return [...BOOLEANS, 'full', 'strict'];
    case 'ProtectHome': return [...BOOLEANS, 'read-only', 'tmpfs'];
    case 'ProtectProc': return ['default', 'invisible', 'ptraceable', 'noaccess'];
    case 'ProcSubset': return ['all', 'pid'];
    case 'KeyringMode': return ['inherit', 'private', 'shared'];
    case 'Delegate': return BOOLEANS;
    case 'PrivateTmp':
    case 'PrivateUsers':
    case 'ProtectControlGroups':
    case 'ProtectHostname':
      return [...BOOLEANS, ...enumValues[key]];
    case 'SystemCallFilter': {
      // The version's own groups, as allow-list entries and as `~` deny-list entries.
      const groups = [...syscallData(version).groups.keys()];
      return [...groups, ...groups.map((g) => `~${g}`)];
    }
    case 'UMask': return ['0077', '0027', '0022'];
    default: return BY_TYPE[type.split(' ')[0] ?? ''] ?? [];
  }
}
