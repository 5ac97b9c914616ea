/**
 * The words the fuzz generator builds values from: capability, address-family, namespace,
 * architecture and syscall names, device paths, IP addresses, user names. Each list mixes what
 * systemd accepts with near misses (wrong case, unknown names, aliases) so that both the parsers'
 * happy paths and their skip/ignore paths are exercised. These are inputs, never expected outputs.
 */

/** All capability names known to the three analyzers (0–40), in number order. */
export const CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
  'CAP_SETGID', 'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT',
  'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE',
  'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG',
  'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
] as const;

/**
 * Capability-like words no analyzer knows (silently skipped), numbers around the 62/63/64 limits, and
 * numbers in the other spellings systemd's integer parser takes (hex, octal with a leading 0, a `+`), and
 * backslash escapes (`CAP_SYS\_ADMIN` is CAP_SYS_ADMIN once unescaped).
 */
export const UNKNOWN_CAPABILITIES = ['CAP_FOO', 'CAP_SYS_ADMN', 'SYS_ADMIN', 'CAP_', 'cap-sys-admin', '41', '62', '63', '64', '-1', '0x15', '0X13', '010', '021', '+21', '0x3f', ' 00', 'CAP_SYS\\_ADMIN', 'CAP_KILL\\'];

/** Address families with their aliases, as systemd spells them (lookup is case-insensitive). */
export const ADDRESS_FAMILIES = [
  'AF_UNIX', 'AF_LOCAL', 'AF_FILE', 'AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_ROUTE', 'AF_PACKET',
  'AF_AX25', 'AF_IPX', 'AF_APPLETALK', 'AF_NETROM', 'AF_BRIDGE', 'AF_ATMPVC', 'AF_X25', 'AF_ROSE', 'AF_DECnet',
  'AF_NETBEUI', 'AF_SECURITY', 'AF_KEY', 'AF_ASH', 'AF_ECONET', 'AF_ATMSVC', 'AF_RDS', 'AF_SNA', 'AF_IRDA',
  'AF_PPPOX', 'AF_WANPIPE', 'AF_LLC', 'AF_IB', 'AF_MPLS', 'AF_CAN', 'AF_TIPC', 'AF_BLUETOOTH', 'AF_IUCV',
  'AF_RXRPC', 'AF_ISDN', 'AF_PHONET', 'AF_IEEE802154', 'AF_CAIF', 'AF_ALG', 'AF_NFC', 'AF_VSOCK', 'AF_KCM',
  'AF_QIPCRTR', 'AF_SMC', 'AF_XDP', 'AF_MCTP',
] as const;

/** The families behind the five assessed address-family rows; drawn more often than exotic ones. */
export const COMMON_FAMILIES = ['AF_UNIX', 'AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_PACKET'] as const;

/** Words that are not address families (skipped on 252/257, stop the line on 262). */
export const UNKNOWN_FAMILIES = ['AF_BOGUS', 'INET', 'unix', 'AF_UNSPEC', 'AF_MAX', 'AF_INET4', 'none', 'AF_', 'AF\\_INET'];

/** The namespace names RestrictNamespaces= knows (case-sensitive; `time` is not an assessed row). */
export const NAMESPACES = ['cgroup', 'ipc', 'net', 'mnt', 'pid', 'user', 'uts', 'time'] as const;

/** Namespace-like words that make RestrictNamespaces= ignore the whole line. */
export const UNKNOWN_NAMESPACES = ['CGROUP', 'Net', 'network', 'mount', 'ns', 'CLONE_NEWUSER'];

/** SystemCallArchitectures= words: valid ones, a newer one (loongarch64) and near misses. */
export const ARCHITECTURES = [
  'native', 'native', 'native', 'x86', 'x86-64', 'x32', 'arm', 'arm64', 'mips', 'mips64-n32', 'ppc64-le',
  'riscv64', 's390x', 'loongarch64', 'Native', 'amd64', 'x86_64', 'i386',
];

/** Every syscall group name (all three versions' lists; @sandbox exists from 257 on), plus bogus ones. */
export const SYSCALL_GROUPS = [
  '@default', '@aio', '@basic-io', '@chown', '@clock', '@cpu-emulation', '@debug', '@file-system', '@io-event',
  '@ipc', '@keyring', '@memlock', '@module', '@mount', '@network-io', '@obsolete', '@pkey', '@privileged',
  '@process', '@raw-io', '@reboot', '@resources', '@sandbox', '@setuid', '@signal', '@swap', '@sync',
  '@system-service', '@timer', '@known', '@bogus', '@Mount',
];

/**
 * The raw member lists of the 11 assessed groups (252's definitions, non-native names included), for
 * writing hand-made deny-lists that are complete, almost complete, or complete on one version only.
 */
export const ASSESSED_GROUP_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  '@swap': ['swapoff', 'swapon'],
  '@obsolete': ['_sysctl', 'afs_syscall', 'bdflush', 'break', 'create_module', 'ftime', 'get_kernel_syms', 'getpmsg', 'gtty', 'idle', 'lock', 'mpx', 'prof', 'profil', 'putpmsg', 'query_module', 'security', 'sgetmask', 'ssetmask', 'stime', 'stty', 'sysfs', 'tuxcall', 'ulimit', 'uselib', 'ustat', 'vserver'],
  '@clock': ['adjtimex', 'clock_adjtime', 'clock_adjtime64', 'clock_settime', 'clock_settime64', 'settimeofday'],
  '@cpu-emulation': ['modify_ldt', 'subpage_prot', 'switch_endian', 'vm86', 'vm86old'],
  '@debug': ['lookup_dcookie', 'perf_event_open', 'pidfd_getfd', 'ptrace', 'rtas', 's390_runtime_instr', 'sys_debug_setcontext'],
  '@mount': ['chroot', 'fsconfig', 'fsmount', 'fsopen', 'fspick', 'mount', 'mount_setattr', 'move_mount', 'open_tree', 'open_tree_attr', 'pivot_root', 'umount', 'umount2'],
  '@module': ['delete_module', 'finit_module', 'init_module'],
  '@raw-io': ['ioperm', 'iopl', 'pciconfig_iobase', 'pciconfig_read', 'pciconfig_write', 's390_pci_mmio_read', 's390_pci_mmio_write'],
  '@reboot': ['kexec_file_load', 'kexec_load', 'reboot'],
  '@privileged': ['@chown', '@clock', '@module', '@raw-io', '@reboot', '@swap', '_sysctl', 'acct', 'bpf', 'capset', 'chroot', 'fanotify_init', 'fanotify_mark', 'nfsservctl', 'open_by_handle_at', 'pivot_root', 'quotactl', 'quotactl_fd', 'setdomainname', 'setfsuid', 'setfsuid32', 'setgroups', 'setgroups32', 'sethostname', 'setresuid', 'setresuid32', 'setreuid', 'setreuid32', 'setuid', 'setuid32', 'vhangup'],
  '@resources': ['ioprio_set', 'mbind', 'migrate_pages', 'move_pages', 'nice', 'sched_setaffinity', 'sched_setattr', 'sched_setparam', 'sched_setscheduler', 'set_mempolicy', 'set_mempolicy_home_node', 'setpriority', 'setrlimit'],
};

/** Syscall words outside the assessed groups: ordinary calls, non-native ones, new ones, unknown ones. */
export const OTHER_SYSCALLS = [
  'read', 'write', 'openat', 'execve', 'clone3', 'getrandom', 'bpf', 'seccomp', 'landlock_create_ruleset',
  'ipc', '_llseek', 'socketcall', 'mmap2', 'chown32', 'fchmodat2', 'mseal', 'listmount', 'uretprobe',
  'open_tree_attr', 'foo_bar', 'notasyscall', 'Mount', 'ptrace2', 'mo\\unt', '@de\\bug',
];

/** Error-number suffixes for `SystemCallFilter=name:ERRNO`, valid and invalid. */
export const SYSCALL_ERRNOS = ['EPERM', 'ENOSYS', 'EACCES', '0', '1', '4095', 'kill', 'EBOGUS', '4096', 'eperm', ''];

/** Device nodes and classes for DeviceAllow= (some invalid: relative, not under /dev, bad class). */
export const DEVICE_PATHS = [
  '/dev/null', '/dev/zero', '/dev/urandom', '/dev/sda', '/dev//null', '/dev/./zero', '/dev/net/tun', '/dev/fuse',
  'block-loop', 'block-sd', 'block-*', 'char-rtc', 'char-pts', 'char-*', 'char-usb_device', 'char-', 'block-',
  '/tmp/x', 'dev/null', '/dev/../etc/passwd', '/dev/%p', '/dev/%i', '/dev/%z', 'char-%p', '"/dev/null"', "'/dev/a b'", '/dev/a\\ b',
];

/** DeviceAllow= rights: valid combinations (in any order, duplicated), empty, and invalid ones. */
export const DEVICE_RIGHTS = ['', 'r', 'w', 'm', 'rw', 'wr', 'rwm', 'mwr', 'rm', 'wm', 'rr', 'rx', 'r w', 'RW', '-'];

/** IPAddressAllow=/IPAddressDeny= words: keywords, localhost spellings, prefixes, IPv6, garbage. */
export const IP_ADDRESSES = [
  'any', 'localhost', 'LocalHost', 'localhost.', 'localhost.localdomain', 'foo.localhost', 'link-local', 'multicast',
  'ANY', '127.0.0.1', '127.0.0.1/8', '127.0.0.0/8', '127.5.5.5/4', '127.0.0.1/0', '10.0.0.0/8', '192.168.1.1',
  '192.168.1.0/24', '0.0.0.0/0', '0.0.0.0', '::', '::/0', '::1', '::1/64', '::1/128', 'fe80::1/64', '2001:db8::/32',
  '192.168.1.1/33', '300.1.1.1', 'example.com', '127.1', '::ffff:127.0.0.1',
];

/** User= values that are valid and not root. */
export const STATIC_USERS = ['nobody', 'nobody', 'www-data', 'svc', '_foo', 'foo-bar', 'foo.bar', 'Admin', '1000', '65534', '4294967294', 'foo bar', 'nobody2', 'NOBODY'];

/** User= values that mean root. */
export const ROOT_USERS = ['root', '0', 'root', 'Root'];

/** User= values systemd refuses (the whole unit fails to load), or that reset the setting. */
export const BAD_USERS = ['foo:bar', 'a/b', '00', '-12', '4294967295', '%z', ' x'];

/** Specifiers that expand identically offline on every machine (no host name, machine id, user). */
export const SPECIFIERS = ['%i', '%I', '%p', '%P', '%n', '%N', '%j', '%J', '%%'];

/** Absolute paths for RootDirectory=/RootImage= and the IP filter paths, some needing simplification. */
export const ABSOLUTE_PATHS = ['/', '//', '/./', '/srv/root', '/srv//root/', '/var/lib/machines/x', '/sys/fs/bpf/filter', '/srv/%p'];

/** Relative or otherwise non-absolute paths (fatal for RootDirectory=/RootImage=, ignored elsewhere). */
export const RELATIVE_PATHS = ['srv/root', './x', '-/srv', '~/x', 'x'];
