/**
 * The check kinds an assessor can use: each turns the loaded unit into a badness (0..range, or
 * null for N/A) and, where systemd computes one, a dynamic description. Keyed by kind, so the table
 * stays data and the scorer never looks at a row's name.
 */
import type { VersionProfile } from '../versions/profile.ts';
import type { SyscallTables } from '../settings/syscall-tables.ts';
import { NO_ERRNO, NOT_LISTED, type Field, type LoadState, type SyscallFilter } from '../settings/state.ts';
import { capabilityMask } from '../settings/capabilities.ts';
import { groupMembers } from '../settings/syscalls.ts';
import { NAMESPACE_FLAGS } from '../settings/namespaces.ts';
import { AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_UNIX } from '../settings/address-families.ts';

/** A capability name as it appears in the table. */
export type CapabilityName = string;

type FlagField = 'privateDevices' | 'privateMounts' | 'privateNetwork' | 'privateTmp' | 'privateUsers'
  | 'protectControlGroups' | 'protectKernelModules' | 'protectKernelTunables' | 'protectKernelLogs'
  | 'protectClock' | 'protectHostname' | 'lockPersonality' | 'memoryDenyWriteExecute' | 'noNewPrivileges'
  | 'restrictRealtime' | 'restrictSuidSgid' | 'delegate';

/** Which check an assessor runs, with its parameters. */
export type CheckSpec =
  | { readonly kind: 'flag'; readonly field: FlagField; readonly bad?: true }
  | { readonly kind: 'capabilities'; readonly caps: readonly CapabilityName[] }
  | { readonly kind: 'namespace'; readonly namespace: string }
  | { readonly kind: 'addressFamily'; readonly family: 'inet' | 'unix' | 'netlink' | 'packet' | 'other' }
  | { readonly kind: 'syscallGroup'; readonly group: string }
  | { readonly kind: 'user' | 'supplementaryGroups' | 'protectHome' | 'protectSystem' | 'rootDirectory' | 'umask'
      | 'keyringMode' | 'protectProc' | 'procSubset' | 'notifyAccess' | 'removeIpc' | 'syscallArchitectures'
      | 'ipAddress' | 'deviceAllow' | 'ambientCapabilities' };

/** What a check sees. */
export interface CheckInput {
  readonly state: LoadState;
  readonly profile: VersionProfile;
  readonly syscalls: SyscallTables;
}

/** A check's verdict: badness (null = N/A) and an optional description that overrides the static ones. */
export interface Verdict {
  readonly badness: number | null;
  readonly description?: string;
}

/** "runs privileged": User= is root/0, or unset without DynamicUser=. */
function runsPrivileged(s: LoadState): boolean {
  if (s.user === '0' || s.user === 'root') return true;
  if (s.dynamicUser) return false;
  return s.user === null || s.user === '';
}

/** Whether a flag field is on: booleans as they are, enums unless `no`, unset as the profile says. */
function flagValue(v: LoadState[FlagField], profile: VersionProfile): boolean {
  if (v === null) return profile.privateMountsUnsetIsTrue;
  return typeof v === 'boolean' ? v : v !== 'no';
}

type FamilyClass = 'inet' | 'unix' | 'netlink' | 'packet' | 'other';

/** The class an address family number belongs to in the RestrictAddressFamilies= rows. */
function familyClass(af: number): FamilyClass {
  if (af === AF_INET || af === AF_INET6) return 'inet';
  if (af === AF_UNIX) return 'unix';
  if (af === AF_NETLINK) return 'netlink';
  if (af === AF_PACKET) return 'packet';
  return 'other';
}

/** Whether the unit may use families of class `wanted`: listed in an allow-list, or absent from a deny-list. */
function addressFamilyAllowed(s: LoadState, wanted: FamilyClass): boolean {
  const allow = s.addressFamiliesAllowList;
  for (const af of s.addressFamilies ?? []) if (af !== 0 && familyClass(af) === wanted) return !allow;
  return allow;
}

/** A group's x86_64-native members in the order the analyzer visits them, with their filter slots. */
interface NativeMembers {
  readonly names: readonly string[];
  /** Per name, its slot in `SyscallTables.slots`, or -1 for a name no filter can list. */
  readonly slots: Int32Array;
}

/** Per version's tables, each group's {@link NativeMembers}, worked out when a filter first needs them. */
const nativeMembersByTables = new WeakMap<SyscallTables, Map<string, NativeMembers>>();

/** `group`'s x86_64-native members, depth-first through its `@sub` groups, each once. */
function nativeMembers(tables: SyscallTables, group: string): NativeMembers {
  let byGroup = nativeMembersByTables.get(tables);
  if (byGroup === undefined) nativeMembersByTables.set(tables, (byGroup = new Map<string, NativeMembers>()));
  let members = byGroup.get(group);
  if (members === undefined) {
    const names = groupMembers(tables, group).filter((name) => tables.native.has(name));
    byGroup.set(group, (members = { names, slots: Int32Array.from(names, (name) => tables.slots.get(name) ?? -1) }));
  }
  return members;
}

/**
 * The first member of `group` (depth-first, x86_64-native only) whose being listed in `filter` is
 * `listedness`. In an allow-list, entries carrying an errno are effectively denied, so they do not
 * count as listed; nor do they anywhere when the analyzer cannot match them (`errnoUnmatched`).
 */
function firstOffender(tables: SyscallTables, group: string, filter: SyscallFilter, errnoUnmatched: boolean, listedness: boolean): string | null {
  const { names, slots } = nativeMembers(tables, group);
  const errnoCounts = !filter.allowList && !errnoUnmatched;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] as number;
    const errno = slot < 0 ? NOT_LISTED : (filter.errnos[slot] as number);
    if ((errno !== NOT_LISTED && (errnoCounts || errno === NO_ERRNO)) === listedness) return names[k] as string;
  }
  return null;
}

/**
 * A SystemCallFilter= row. From 247 on the lists are "allow list"/"deny list" and a bad verdict
 * names the first offending system call; 245 says "whitelist"/"blacklist", names none, and scores
 * a deny-list that includes the whole group 5 rather than 0 (the profile's `whitelistWording` and
 * `syscallDenyListIncludedBadness`).
 */
function syscallGroup(input: CheckInput, group: string): Verdict {
  const filter = input.state.syscallFilter;
  const allow = filter?.allowList ?? false;
  if (filter === null || (!allow && filter.listed === 0)) return { badness: 10, description: 'Service does not filter system calls' };
  const offender = firstOffender(input.syscalls, group, filter, input.profile.errnoEntriesUnmatched, allow);
  const { whitelistWording: old, syscallDenyListIncludedBadness } = input.profile;
  const example = old ? '' : ` (e.g. ${offender} is allowed)`;
  if (allow) {
    const list = old ? 'System call whitelist' : 'System call allow list';
    return offender !== null
      ? { badness: 9, description: `${list} defined for service, and ${group} is included${example}` }
      : { badness: 0, description: `${list} defined for service, and ${group} is not included` };
  }
  const list = old ? 'System call blacklist' : 'System call deny list';
  return offender !== null
    ? { badness: 10, description: `${list} defined for service, and ${group} is not included${example}` }
    : { badness: syscallDenyListIncludedBadness, description: `${list} defined for service, and ${group} is included` };
}

const PROTECT_HOME: Readonly<Record<string, Verdict>> = {
  yes: { badness: 0, description: 'Service has no access to home directories' },
  'read-only': { badness: 5, description: 'Service has read-only access to home directories' },
  tmpfs: { badness: 1, description: 'Service has access to fake empty home directories' },
  no: { badness: 10, description: 'Service has full access to home directories' },
};

const PROTECT_SYSTEM: Readonly<Record<string, Verdict>> = {
  strict: { badness: 0, description: 'Service has strict read-only access to the OS file hierarchy' },
  full: { badness: 3, description: 'Service has very limited write access to the OS file hierarchy' },
  yes: { badness: 5, description: 'Service has limited write access to the OS file hierarchy' },
  no: { badness: 10, description: 'Service has full access to the OS file hierarchy' },
};

const UMASK_TESTS: readonly (readonly [number, number, string])[] = [
  [0o002, 10, 'Files created by service are world-writable by default'],
  [0o004, 5, 'Files created by service are world-readable by default'],
  [0o020, 2, 'Files created by service are group-writable by default'],
  [0o040, 1, 'Files created by service are group-readable by default'],
];

type SimpleKind = Exclude<CheckSpec['kind'], 'flag' | 'capabilities' | 'namespace' | 'addressFamily' | 'syscallGroup'>;

const SIMPLE: Readonly<Record<SimpleKind, (input: CheckInput) => Verdict>> = {
  user: ({ state: s }) => {
    if (s.user === 'nobody') return { badness: 9, description: "Service runs under as 'nobody' user, which should not be used for services" };
    if (s.dynamicUser && s.user !== '0' && s.user !== 'root') return { badness: 0, description: 'Service runs under a transient non-root user identity' };
    if (s.user !== null && s.user !== '0' && s.user !== 'root' && s.user !== '') return { badness: 0, description: 'Service runs under a static non-root user identity' };
    return { badness: 10 };
  },
  supplementaryGroups: ({ state: s }) => ({ badness: runsPrivileged(s) ? null : s.supplementaryGroups.length > 0 ? 1 : 0 }),
  removeIpc: ({ state: s }) => ({ badness: runsPrivileged(s) ? null : s.removeIpc ? 0 : 1 }),
  protectHome: ({ state: s }) => PROTECT_HOME[s.protectHome] ?? { badness: 10 },
  protectSystem: ({ state: s }) => PROTECT_SYSTEM[s.protectSystem] ?? { badness: 10 },
  rootDirectory: ({ state: s }) => {
    const unset = (p: string | null): boolean => p === null || p === '' || p === '/';
    return { badness: unset(s.rootDirectory) && unset(s.rootImage) ? 1 : 0 };
  },
  umask: ({ state: s }) => {
    for (const [bit, badness, description] of UMASK_TESTS) if ((s.umask & bit) === 0) return { badness, description };
    return { badness: 0, description: "Files created by service are accessible only by service's own user by default" };
  },
  keyringMode: ({ state: s }) => ({ badness: s.keyringMode === 'private' ? 0 : 1 }),
  protectProc: ({ state: s }) => ({ badness: s.protectProc === 'noaccess' ? 1 : s.protectProc === 'invisible' || s.protectProc === 'ptraceable' ? 0 : 3 }),
  procSubset: ({ state: s }) => ({ badness: s.procSubset === 'pid' ? 0 : 1 }),
  notifyAccess: ({ state: s }) => ({ badness: s.notifyAccess === 'all' ? 1 : 0 }),
  ambientCapabilities: ({ state: s }) => ({ badness: s.ambientCapabilities !== 0n ? 1 : 0 }),
  syscallArchitectures: ({ state: s }) => {
    if (s.syscallArchitectures.size === 0) return { badness: 10, description: 'Service may execute system calls with all ABIs' };
    if (s.syscallArchitectures.size === 1 && s.syscallArchitectures.has('native')) return { badness: 0, description: 'Service may execute system calls only with native ABI' };
    return { badness: 8, description: 'Service may execute system calls with multiple ABIs' };
  },
  ipAddress: ({ state: s, profile }) => {
    const list = profile.whitelistWording ? 'whitelist' : 'allow list';
    // 245 and 247 read IPEgressFilterPath= into the ingress flag, after IPIngressFilterPath=: only egress counts.
    const customFilters = profile.ipEgressFilterOnly ? s.ipEgressFilters.length > 0 : s.ipIngressFilters.length > 0 || s.ipEgressFilters.length > 0;
    if (customFilters) return { badness: 0, description: 'Service defines custom ingress/egress IP filters with BPF programs' };
    const denyAll = s.ipAddressDeny.some((p) => p.family === 4 && p.prefix === 0) && s.ipAddressDeny.some((p) => p.family === 6 && p.prefix === 0);
    if (!denyAll) return { badness: 10, description: `Service does not define an IP address ${list}` };
    // Live, only 127.x/8 and ::1/128 entries can count as localhost (the D-Bus reader checks the prefix length).
    const isLocal = (p: (typeof s.ipAddressAllow)[number]): boolean => {
      if (profile.localhostNeedsHostPrefix && p.prefix !== (p.family === 4 ? 8 : 128)) return false;
      return p.family === 4 ? p.bytes[0] === 127 : p.bytes.every((b, i) => b === (i === 15 ? 1 : 0));
    };
    if (s.ipAddressAllow.some((p) => !isLocal(p))) return { badness: 5, description: `Service defines IP address ${list} with non-localhost entries` };
    if (s.ipAddressAllow.length > 0) return { badness: 2, description: `Service defines IP address ${list} with only localhost entries` };
    return { badness: 0, description: 'Service blocks all IP address ranges' };
  },
  deviceAllow: ({ state: s, profile }) => {
    if (s.devicePolicy === 'auto') return { badness: 10, description: 'Service has no device ACL' };
    if (s.deviceAllow.length === 0) return { badness: 0, description: 'Service has a minimal device ACL' };
    if (!profile.deviceAllowListed) return { badness: 5, description: 'Service has a device ACL with some special devices' };
    return { badness: 5, description: `Service has a device ACL with some special devices: ${s.deviceAllow.map((d) => `${d.path}:${d.rights}`).join(' ')}` };
  },
};

/** Verdicts without a description, shared: most rows are 0 or 1. */
const PLAIN: readonly Verdict[] = [{ badness: 0 }, { badness: 1 }];

/**
 * The check `spec` as a function of the loaded unit, with its parameters worked out once
 * (capability masks, namespace flags), so scoring a unit does no per-row set-up.
 */
export function compileCheck(spec: CheckSpec): (input: CheckInput) => Verdict {
  switch (spec.kind) {
    case 'flag': {
      const { field } = spec;
      return spec.bad === true
        ? (input) => PLAIN[flagValue(input.state[field], input.profile) ? 1 : 0] as Verdict
        : (input) => PLAIN[flagValue(input.state[field], input.profile) ? 0 : 1] as Verdict;
    }
    case 'capabilities': {
      const mask = capabilityMask(spec.caps);
      return (input) => PLAIN[(input.state.capabilityBoundingSet & mask) !== 0n ? 1 : 0] as Verdict;
    }
    case 'namespace': {
      const flag = NAMESPACE_FLAGS[spec.namespace] ?? 0n;
      return (input) => PLAIN[(input.state.restrictNamespaces & flag) !== 0n ? 1 : 0] as Verdict;
    }
    case 'addressFamily': {
      const { family } = spec;
      return (input) => PLAIN[addressFamilyAllowed(input.state, family) ? 0 : 1] as Verdict;
    }
    case 'syscallGroup': {
      const { group } = spec;
      return (input) => syscallGroup(input, group);
    }
    default:
      return SIMPLE[spec.kind];
  }
}

/** Runs the check `spec` on `input` (see {@link compileCheck} to run one check on many units). */
export function runCheck(spec: CheckSpec, input: CheckInput): Verdict {
  return compileCheck(spec)(input);
}

const SIMPLE_FIELDS: Readonly<Record<SimpleKind, readonly Field[]>> = {
  user: ['user', 'dynamicUser'],
  supplementaryGroups: ['supplementaryGroups', 'user', 'dynamicUser'],
  removeIpc: ['removeIpc', 'user', 'dynamicUser'],
  protectHome: ['protectHome'],
  protectSystem: ['protectSystem'],
  rootDirectory: ['rootDirectory', 'rootImage'],
  umask: ['umask'],
  keyringMode: ['keyringMode'],
  protectProc: ['protectProc'],
  procSubset: ['procSubset'],
  notifyAccess: ['notifyAccess'],
  ambientCapabilities: ['ambientCapabilities'],
  syscallArchitectures: ['syscallArchitectures'],
  ipAddress: ['ipAddressDeny', 'ipAddressAllow', 'ipIngressFilters', 'ipEgressFilters'],
  deviceAllow: ['devicePolicy', 'deviceAllow'],
};

/** The state fields a check reads: their assignments are the lines that decided the row. */
export function checkFields(spec: CheckSpec): readonly Field[] {
  switch (spec.kind) {
    case 'flag': return [spec.field];
    case 'capabilities': return ['capabilityBoundingSet'];
    case 'namespace': return ['restrictNamespaces'];
    case 'addressFamily': return ['addressFamilies'];
    case 'syscallGroup': return ['syscallFilter'];
    default: return SIMPLE_FIELDS[spec.kind];
  }
}
