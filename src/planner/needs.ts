/**
 * What a service needs, in the planner's vocabulary: each need is a record of the capabilities and
 * address families it keeps and the candidate settings it rules out (`candidates.ts` names them).
 * The questions people answer are in `messages.ts`; the named profiles are sets of these needs.
 */

/** A need the planner respects. `writes` also carries paths (see {@link NeedSet.writes}). */
export type NeedId =
  | 'network' | 'low-ports' | 'netlink' | 'raw-packets' | 'net-admin'
  | 'writes' | 'home' | 'jit' | 'dbus' | 'devices' | 'bluetooth' | 'fixed-user' | 'switches-user' | 'setuid'
  | 'kernel-modules' | 'namespaces' | 'realtime' | 'clock' | 'kernel-tunables' | 'kernel-logs'
  | 'processes' | 'file-owners' | 'mounts' | 'ipc' | 'foreign-arch' | 'personality' | 'cgroups' | 'hostname';

/** What one need keeps usable. `blocks` names candidates (`Candidate.id`) it rules out. */
export interface NeedRecord {
  readonly id: NeedId;
  /** Capabilities that stay in the bounding set (and in AmbientCapabilities= if the unit grants them). */
  readonly capabilities: readonly string[];
  /** Address families that stay allowed (AF_UNIX always does). */
  readonly families: readonly string[];
  /** Candidates this need rules out, by id. */
  readonly blocks: readonly string[];
  /** Needs this one brings along (`dbus` runs as a user the bus policy can name). */
  readonly implies: readonly NeedId[];
  /**
   * System call groups it uses beyond `@system-service`: the allow-list keeps them, and their
   * `SystemCallFilter=~@group` candidates are ruled out.
   */
  readonly syscallGroups: readonly string[];
}

const need = (id: NeedId, blocks: readonly string[], extra: Partial<Omit<NeedRecord, 'id' | 'blocks'>> = {}): NeedRecord =>
  ({ id, blocks, capabilities: extra.capabilities ?? [], families: extra.families ?? [], implies: extra.implies ?? [], syscallGroups: extra.syscallGroups ?? [] });

/**
 * Every need, in the order the questions are asked. The rules are the documented effects of each
 * setting (systemd.exec(5)): a need blocks exactly the settings that take away what it names.
 */
export const NEEDS: readonly NeedRecord[] = [
  need('network', ['PrivateNetwork', 'IPAddressDeny'], { families: ['AF_INET', 'AF_INET6'] }),
  need('low-ports', [], { capabilities: ['CAP_NET_BIND_SERVICE'], implies: ['network'] }),
  need('netlink', ['PrivateNetwork'], { families: ['AF_NETLINK'] }),
  need('raw-packets', ['PrivateNetwork'], { capabilities: ['CAP_NET_RAW'], families: ['AF_PACKET'] }),
  need('net-admin', ['PrivateNetwork'], { capabilities: ['CAP_NET_ADMIN'], families: ['AF_NETLINK'] }),
  need('writes', []),
  need('home', ['ProtectHome=yes']),
  need('jit', ['MemoryDenyWriteExecute']),
  need('dbus', ['PrivateUsers'], { implies: ['fixed-user'] }),
  need('devices', ['PrivateDevices', 'DevicePolicy'], { syscallGroups: ['raw-io'] }),
  need('bluetooth', ['PrivateNetwork'], { families: ['AF_BLUETOOTH'] }),
  need('fixed-user', ['DynamicUser']),
  // A root master that hands its work to another user: it needs to switch, and to signal its workers (kill(2)).
  need('switches-user', ['PrivateUsers', 'SystemCallFilter=~@privileged'], { capabilities: ['CAP_SETUID', 'CAP_SETGID', 'CAP_KILL'] }),
  // A set-user-ID program gains nothing under NoNewPrivileges= and cannot be root in a user namespace.
  need('setuid', ['NoNewPrivileges', 'PrivateUsers', 'SystemCallFilter=~@privileged'], { capabilities: ['CAP_SETUID', 'CAP_SETGID'] }),
  need('kernel-modules', ['ProtectKernelModules'], { capabilities: ['CAP_SYS_MODULE'], syscallGroups: ['module'] }),
  need('namespaces', ['RestrictNamespaces', 'PrivateUsers'], { capabilities: ['CAP_SYS_ADMIN'], syscallGroups: ['mount'] }),
  need('realtime', ['RestrictRealtime', 'SystemCallFilter=~@privileged', 'SystemCallFilter=~@resources'], { capabilities: ['CAP_SYS_NICE'] }),
  need('clock', ['ProtectClock', 'SystemCallFilter=~@privileged'], { capabilities: ['CAP_SYS_TIME', 'CAP_WAKE_ALARM'], syscallGroups: ['clock'] }),
  need('kernel-tunables', ['ProtectKernelTunables', 'ProcSubset']),
  need('kernel-logs', ['ProtectKernelLogs'], { capabilities: ['CAP_SYSLOG'] }),
  need('processes', ['ProtectProc', 'ProcSubset', 'PrivateUsers'], { capabilities: ['CAP_KILL', 'CAP_SYS_PTRACE'], syscallGroups: ['debug'] }),
  need('file-owners', ['PrivateUsers', 'DynamicUser', 'SystemCallFilter=~@privileged'], { capabilities: ['CAP_CHOWN', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH'] }),
  need('mounts', ['PrivateMounts', 'SystemCallFilter=~@privileged'], { capabilities: ['CAP_SYS_ADMIN'], syscallGroups: ['mount'] }),
  need('ipc', ['RemoveIPC']),
  need('foreign-arch', ['SystemCallArchitectures']),
  need('personality', ['LockPersonality']),
  need('cgroups', ['ProtectControlGroups', 'Delegate']),
  need('hostname', ['ProtectHostname'], { capabilities: ['CAP_SYS_ADMIN'] }),
];

const BY_ID: ReadonlyMap<string, NeedRecord> = new Map(NEEDS.map((n) => [n.id, n]));

/**
 * Where written paths rule settings out: a path at or under one of `prefixes` blocks `blocks`
 * (home folders are hidden or read-only under ProtectHome=, /tmp is the service's own under PrivateTmp=).
 */
export const WRITE_AREAS: readonly { readonly prefixes: readonly string[]; readonly blocks: readonly string[] }[] = [
  { prefixes: ['/home', '/root', '/run/user'], blocks: ['ProtectHome=read-only', 'ProtectHome=yes'] },
  { prefixes: ['/tmp', '/var/tmp'], blocks: ['PrivateTmp'] },
];

/** The named profiles, each a set of needs (`--needs=network-server`). */
export const PROFILES = {
  /** Listens on IPv4/IPv6, binds ports below 1024, keeps the user it runs as. */
  'network-server': ['network', 'low-ports', 'fixed-user'],
  /** A job with no network at all; its user may become a dynamic one. */
  batch: [],
  /** Talks to D-Bus (or other local services over AF_UNIX) and to nothing on the network. */
  'bus-helper': ['dbus'],
} as const satisfies Readonly<Record<string, readonly NeedId[]>>;

/** A profile's name. */
export type ProfileName = keyof typeof PROFILES;

/** The profile the CLI plans for when `--needs=` is not given. */
export const DEFAULT_PROFILE: ProfileName = 'network-server';

/** A resolved set of needs: the ids (with what they imply) and the paths the service writes. */
export interface NeedSet {
  readonly needs: ReadonlySet<NeedId>;
  /** Absolute paths the service writes outside its own state folders (`writes=/srv/data`). */
  readonly writes: readonly string[];
}

/** Why a needs list was refused: a code and the word at fault (wording in `messages.ts`). */
export interface NeedsError {
  readonly code: 'unknown-need' | 'bad-path' | 'profile-not-first';
  readonly word: string;
}

/** The need record for `id`. */
export function needRecord(id: NeedId): NeedRecord {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`unknown need ${id}`);
  return found;
}

/** Whether `word` is a need's id. */
export function isNeedId(word: string): word is NeedId {
  return BY_ID.has(word);
}

/** Whether `word` is a profile's name. */
export function isProfileName(word: string): word is ProfileName {
  return Object.hasOwn(PROFILES, word);
}

/** `ids` with every need they imply, transitively. */
export function withImplied(ids: Iterable<NeedId>): Set<NeedId> {
  const out = new Set<NeedId>();
  const visit = (id: NeedId): void => {
    if (out.has(id)) return;
    out.add(id);
    for (const next of needRecord(id).implies) visit(next);
  };
  for (const id of ids) visit(id);
  return out;
}

/**
 * Parses a needs list: comma-separated words, first optionally a profile name; then `+NEED` or
 * `NEED` adds a need, `-NEED` removes one, `writes=/a:/b` adds paths the service writes. Absent:
 * the {@link DEFAULT_PROFILE}. `none` as the first word starts from no needs at all. Removing a
 * need also removes it when another need implies it.
 */
export function parseNeeds(list: string | undefined): NeedSet | NeedsError {
  const words = (list ?? DEFAULT_PROFILE).split(',').map((w) => w.trim()).filter((w) => w !== '');
  const needs = new Set<NeedId>();
  const removed = new Set<NeedId>();
  const writes: string[] = [];
  for (const [i, word] of words.entries()) {
    if (i === 0 && word === 'none') continue;
    if (isProfileName(word)) {
      if (i !== 0) return { code: 'profile-not-first', word };
      for (const id of PROFILES[word]) needs.add(id);
    } else if (word.startsWith('writes=')) {
      for (const path of word.slice('writes='.length).split(':')) {
        // A path goes into ReadWritePaths= as one word: no spaces, quotes or escapes to get wrong.
        if (!path.startsWith('/') || /[\s"'\\]/.test(path)) return { code: 'bad-path', word: path };
        writes.push(path);
      }
      needs.add('writes');
    } else {
      const sign = word.startsWith('-') ? '-' : word.startsWith('+') ? '+' : '';
      const id = word.slice(sign.length);
      if (!isNeedId(id)) return { code: 'unknown-need', word };
      if (sign === '-') {
        needs.delete(id);
        removed.add(id);
      } else needs.add(id);
    }
  }
  const all = withImplied(needs);
  for (const id of removed) all.delete(id);
  return { needs: all, writes };
}

/** Whether a parse result is an error. */
export function isNeedsError(value: NeedSet | NeedsError): value is NeedsError {
  return 'code' in value;
}

/**
 * The candidates (by id) a set of needs rules out: what each need blocks, the deny lines of the
 * system call groups it uses, and what its written paths do.
 */
export function blockedCandidates(set: NeedSet): Set<string> {
  const blocked = new Set<string>();
  for (const id of set.needs) {
    for (const candidate of needRecord(id).blocks) blocked.add(candidate);
    for (const group of needRecord(id).syscallGroups) blocked.add(`SystemCallFilter=~@${group}`);
  }
  const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);
  for (const area of WRITE_AREAS) {
    if (set.writes.some((path) => area.prefixes.some((prefix) => under(path, prefix)))) for (const candidate of area.blocks) blocked.add(candidate);
  }
  return blocked;
}

/** The capabilities a set of needs keeps. */
export function keptCapabilities(set: NeedSet): Set<string> {
  return new Set([...set.needs].flatMap((id) => needRecord(id).capabilities));
}

/** The address families a set of needs keeps besides AF_UNIX, in a fixed order. */
export function keptFamilies(set: NeedSet): string[] {
  const wanted = new Set([...set.needs].flatMap((id) => needRecord(id).families));
  return ['AF_INET', 'AF_INET6', 'AF_NETLINK', 'AF_PACKET', 'AF_BLUETOOTH'].filter((family) => wanted.has(family));
}

/** The system call groups a set of needs uses beyond `@system-service`, in a fixed order. */
export function keptSyscallGroups(set: NeedSet): string[] {
  const wanted = new Set([...set.needs].flatMap((id) => needRecord(id).syscallGroups));
  return [...wanted].sort();
}
