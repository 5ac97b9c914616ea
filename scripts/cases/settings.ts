/** Hand-made cases for the assessed settings' value parsing and the quirks of their rows. */
import { service, single, type CaseDefinition } from './define.ts';

/** One case per value list: name, description, and the lines after ExecStart=. */
const table: readonly [string, string, readonly string[]][] = [
  // ProtectProc=noaccess: the row without a description and its sort position.
  ['protectproc-noaccess-default-unit', 'ProtectProc=noaccess alone (empty description, sort quirk)', ['ProtectProc=noaccess']],
  ['protectproc-noaccess-dynamicuser', 'ProtectProc=noaccess with DynamicUser=yes', ['ProtectProc=noaccess', 'DynamicUser=yes']],
  ['protectproc-noaccess-hardened', 'ProtectProc=noaccess in a hardened unit', ['ProtectProc=noaccess', 'PrivateNetwork=yes', 'PrivateDevices=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'NoNewPrivileges=yes', 'CapabilityBoundingSet=', 'SystemCallFilter=@system-service', 'RestrictAddressFamilies=AF_UNIX']],
  ['protectproc-noaccess-user-nobody', 'ProtectProc=noaccess with User=nobody and PrivateTmp', ['ProtectProc=noaccess', 'User=nobody', 'PrivateTmp=yes', 'ProcSubset=pid']],
  ['protectproc-noaccess-no-default-dependencies', 'ProtectProc=noaccess with DefaultDependencies=no (N/A rows)', ['ProtectProc=noaccess', 'UMask=0077']],
  ['protectproc-values', 'ProtectProc=invisible then ptraceable (last wins)', ['ProtectProc=invisible', 'ProtectProc=ptraceable']],
  // CapabilityBoundingSet= merging.
  ['caps-empty-drops-all', 'CapabilityBoundingSet= (empty) drops every capability', ['CapabilityBoundingSet=']],
  ['caps-invert-then-add-then-add', '~CAP_SYS_ADMIN, then CAP_SYS_ADMIN, then CAP_SYS_BOOT (262 ORs instead of replacing)', ['CapabilityBoundingSet=~CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_BOOT']],
  ['caps-bare-tilde-then-add', 'CapabilityBoundingSet=~ then CAP_NET_ADMIN', ['CapabilityBoundingSet=~', 'CapabilityBoundingSet=CAP_NET_ADMIN']],
  ['caps-unknown-name-inverted-then-add', '~CAP_BOGUS then CAP_CHOWN', ['CapabilityBoundingSet=~CAP_BOGUS', 'CapabilityBoundingSet=CAP_CHOWN']],
  ['caps-list-then-add', 'A plain list, then another plain list ORs into it', ['CapabilityBoundingSet=CAP_NET_BIND_SERVICE', 'CapabilityBoundingSet=CAP_SYS_TIME cap_chown']],
  ['caps-list-then-invert', 'A plain list, then a ~ line removes from it', ['CapabilityBoundingSet=CAP_NET_ADMIN CAP_SYS_ADMIN CAP_SYSLOG', 'CapabilityBoundingSet=~CAP_SYS_ADMIN']],
  ['caps-quoted-and-numbers', 'Quoted names, decimal numbers (63 rejected on 257+), unknown names', ['CapabilityBoundingSet="CAP_SYS_ADMIN CAP_NET_RAW" 12 63 CAP_NOPE']],
  ['caps-quoted-pair-is-one-word', 'A quoted "CAP_SYS_ADMIN CAP_NET_RAW" is one unknown word, so neither cap is kept', ['CapabilityBoundingSet="CAP_SYS_ADMIN CAP_NET_RAW" CAP_KILL']],
  ['caps-unbalanced-quote', 'An unbalanced quote in the capability list (RELAX on 257)', ['CapabilityBoundingSet=CAP_CHOWN "CAP_KILL']],
  ['caps-implied-by-protect-settings', 'PrivateDevices, ProtectKernelModules, ProtectKernelLogs and ProtectClock drop capabilities', ['PrivateDevices=yes', 'ProtectKernelModules=yes', 'ProtectKernelLogs=yes', 'ProtectClock=yes']],
  ['ambient-capabilities', 'AmbientCapabilities= set, then reset, then set again', ['AmbientCapabilities=CAP_NET_BIND_SERVICE', 'AmbientCapabilities=', 'AmbientCapabilities=CAP_SYS_ADMIN']],
  // RestrictAddressFamilies=.
  ['af-none', 'RestrictAddressFamilies=none: empty allow-list', ['RestrictAddressFamilies=none']],
  ['af-none-then-deny', 'none then ~AF_INET makes a deny-list', ['RestrictAddressFamilies=none', 'RestrictAddressFamilies=~AF_INET']],
  ['af-deny-inet6-only', '~AF_INET6 alone makes the AF_(INET|INET6) row good ("any" logic)', ['RestrictAddressFamilies=~AF_INET6']],
  ['af-deny-one-exotic', '~AF_BLUETOOTH alone makes the exotic row good', ['RestrictAddressFamilies=~AF_BLUETOOTH']],
  ['af-allow-unix-lowercase-local', 'af_unix and AF_LOCAL both mean AF_UNIX', ['RestrictAddressFamilies=af_unix AF_LOCAL AF_NETLINK']],
  ['af-unknown-in-middle', 'AF_UNIX AF_BOGUS AF_INET (262 stops at the unknown name)', ['RestrictAddressFamilies=AF_UNIX AF_BOGUS AF_INET']],
  ['af-deny-unknown-then-packet', '~AF_BOGUS AF_PACKET (262 stops before AF_PACKET)', ['RestrictAddressFamilies=~AF_BOGUS AF_PACKET']],
  ['af-allow-then-opposite', 'An allow-list then a ~ line removes from it', ['RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6', 'RestrictAddressFamilies=~AF_INET6']],
  ['af-empty-resets', 'RestrictAddressFamilies= resets', ['RestrictAddressFamilies=AF_UNIX', 'RestrictAddressFamilies=']],
  ['af-newest-families', 'AF_XDP (44) and AF_MCTP (45) in an allow-list, then AF_MCTP alone: 247, built on Linux 5.10 headers, knows no AF_MCTP (its list stays empty: no exotic family)',
    ['RestrictAddressFamilies=AF_MCTP AF_XDP', 'RestrictAddressFamilies=', 'RestrictAddressFamilies=AF_MCTP']],
  // SystemCallFilter=.
  ['syscall-allow-system-service', 'Allow-list @system-service (implicit @default)', ['SystemCallFilter=@system-service']],
  ['syscall-allow-minus-privileged', '@system-service then ~@privileged', ['SystemCallFilter=@system-service', 'SystemCallFilter=~@privileged']],
  ['syscall-deny-then-allow-same-group', '~@mount then @mount empties the deny-list', ['SystemCallFilter=~@mount', 'SystemCallFilter=@mount']],
  ['syscall-deny-unknown-name', '~foo_bar: unknown names are dropped, so no filter', ['SystemCallFilter=~foo_bar']],
  ['syscall-deny-non-native-name', '~ipc: known but not native; the filter is non-empty', ['SystemCallFilter=~ipc']],
  ['syscall-deny-several-groups', 'A deny-list of several groups', ['SystemCallFilter=~@clock @debug @module @mount @obsolete @privileged @raw-io @reboot @resources @swap @cpu-emulation']],
  ['syscall-allow-with-errno', 'Allow-list with ~@privileged:EPERM (errno entries)', ['SystemCallFilter=@system-service', 'SystemCallFilter=~@privileged:EPERM @resources:EACCES']],
  ['syscall-allow-quoted-group', '"@system-service" in quotes is an unknown name', ['SystemCallFilter="@system-service"']],
  ['syscall-deny-partial-mount-list', 'A hand-written 257-era @mount list (incomplete on 262)', ['SystemCallFilter=~chroot fsconfig fsmount fsopen fspick mount mount_setattr move_mount open_tree pivot_root umount2']],
  ['syscall-architectures', 'SystemCallArchitectures=x86-64 counts as multiple ABIs', ['SystemCallArchitectures=x86-64']],
  ['syscall-architectures-native-twice', 'native listed twice is still {native}', ['SystemCallArchitectures=native', 'SystemCallArchitectures=native']],
  // DeviceAllow=.
  ['deviceallow-privatedevices-protectclock', 'PrivateDevices=yes + ProtectClock=yes inserts char-rtc:r', ['PrivateDevices=yes', 'ProtectClock=yes']],
  ['deviceallow-list-order', 'DeviceAllow entries print newest first, rights in rwm order', ['DeviceAllow=/dev/null rw', 'DeviceAllow=/dev/zero', 'DeviceAllow=char-pts mwr', 'DevicePolicy=closed']],
  ['deviceallow-load-credential-encrypted', 'LoadCredentialEncrypted= with PrivateDevices=yes (TPM entry differs per version)', ['PrivateDevices=yes', 'LoadCredentialEncrypted=foo:/etc/foo.cred']],
  ['deviceallow-credential-protectclock-list', 'DeviceAllow + ProtectClock + encrypted credentials together', ['DeviceAllow=/dev/null rw', 'ProtectClock=yes', 'SetCredentialEncrypted=bar:abc']],
  ['deviceallow-valid-encrypted-credential-closed-policy', 'A valid SetCredentialEncrypted= with DevicePolicy=closed', ['DevicePolicy=closed', 'SetCredentialEncrypted=bar:YWJjZA==']],
  ['deviceallow-empty-resets', 'DeviceAllow= clears the list; DevicePolicy=strict', ['DeviceAllow=/dev/null rw', 'DeviceAllow=', 'DevicePolicy=strict']],
  // IPAddressAllow=/IPAddressDeny=.
  ['ip-deny-any-allow-localhost', 'IPAddressDeny=any with IPAddressAllow=localhost', ['IPAddressDeny=any', 'IPAddressAllow=localhost']],
  ['ip-allow-masked-prefix', '127.5.5.5/4 is masked to 112.0.0.0/4, which is not localhost', ['IPAddressDeny=any', 'IPAddressAllow=127.5.5.5/4']],
  ['ip-allow-localhost-forms', '127.0.0.1/32, ::1/128 and 127.0.0.0/8', ['IPAddressDeny=0.0.0.0/0 ::/0', 'IPAddressAllow=127.0.0.1/32 ::1/128 127.0.0.0/8']],
  ['ip-allow-link-local-and-other', 'link-local and a normal network', ['IPAddressDeny=any', 'IPAddressAllow=link-local 10.0.0.0/8']],
  ['ip-deny-partial', 'A deny-list that is not "any"', ['IPAddressDeny=10.0.0.0/8']],
  // UMask=.
  ['umask-0077', 'UMask=0077', ['UMask=0077']],
  ['umask-0027', 'UMask=0027', ['UMask=0027']],
  ['umask-0002', 'UMask=0002 (world-writable)', ['UMask=0002']],
  ['umask-0007-and-invalid', 'UMask=0007, then an invalid 999 (ignored)', ['UMask=0007', 'UMask=999']],
  // Newer enum values.
  ['privatetmp-disconnected', 'PrivateTmp=disconnected (257+)', ['PrivateTmp=disconnected']],
  ['privateusers-self-identity', 'PrivateUsers=self then identity (257+)', ['PrivateUsers=self', 'PrivateUsers=identity']],
  ['privateusers-full', 'PrivateUsers=full (262 only)', ['PrivateUsers=full']],
  ['privateusers-managed', 'PrivateUsers=managed (262 only)', ['PrivateUsers=managed']],
  ['protectcontrolgroups-private-strict', 'ProtectControlGroups=private and strict (257+)', ['ProtectControlGroups=private', 'ProtectControlGroups=strict']],
  ['protecthostname-private', 'ProtectHostname=private (262)', ['ProtectHostname=private']],
  ['protecthostname-private-name', 'ProtectHostname=private:myhost (262)', ['ProtectHostname=private:myhost']],
  ['privatemounts-explicit-no-and-empty', 'PrivateMounts=no, then PrivateMounts= (empty)', ['PrivateMounts=no', 'PrivateMounts=']],
  ['privatemounts-explicit-no', 'PrivateMounts=no (bad on every version)', ['PrivateMounts=no']],
  ['privatemounts-yes-then-empty', 'PrivateMounts=yes, then PrivateMounts= (empty): 254 on resets it to unset (offline ✓, live the D-Bus property\'s ✗); before 254 the empty value is invalid and yes stays', ['PrivateMounts=yes', 'PrivateMounts=']],
  // Misc.
  ['delegate-empty-means-yes', 'Delegate= (empty) means yes', ['Delegate=']],
  ['delegate-controllers', 'Delegate=cpu bogus', ['Delegate=cpu bogus']],
  ['restrictnamespaces-time', 'RestrictNamespaces=time makes all namespace rows good', ['RestrictNamespaces=time']],
  ['restrictnamespaces-unknown-ignores-line', 'An unknown namespace name ignores the whole line', ['RestrictNamespaces=net', 'RestrictNamespaces=~user bogus']],
  ['restrictnamespaces-list-then-inverted', 'RestrictNamespaces=net ipc, then ~net', ['RestrictNamespaces=net ipc', 'RestrictNamespaces=~net']],
  ['keyringmode-shared', 'KeyringMode=shared', ['KeyringMode=shared']],
  ['notifyaccess-all', 'NotifyAccess=all', ['NotifyAccess=all']],
  ['protecthome-tmpfs-protectsystem-full', 'ProtectHome=tmpfs and ProtectSystem=full', ['ProtectHome=tmpfs', 'ProtectSystem=full']],
  ['ip-filter-paths', 'IPIngressFilterPath= and IPEgressFilterPath=', ['IPIngressFilterPath=/sys/fs/bpf/in', 'IPEgressFilterPath=relative']],
];

export const settingsCases: readonly CaseDefinition[] = table.map(([name, description, lines]) =>
  single(name, description, name === 'protectproc-noaccess-no-default-dependencies'
    ? `[Unit]\nDefaultDependencies=no\n${service(...lines)}`
    : service(...lines)));
