/**
 * The settings the planner may add, as a table: each candidate is one hardening step (one or a few
 * drop-in lines), how often it breaks services (its tier), the content note that comments it, and
 * what it replaces. Which candidates a service may have is decided by its needs (`needs.ts`); whether
 * a candidate helps is decided by the engine, never here.
 */
import type { AssessorInfo } from '../engine/index.ts';
import type { NeedSet } from './needs.ts';

/**
 * How often a setting breaks services, lowest first: 0 almost never (it takes away what daemons do
 * not use), 1 sometimes (common, documented trade-offs), 2 often (it needs the service's habits
 * known), 3 it changes who the service is or undoes what its author wrote on purpose.
 */
export type Tier = 0 | 1 | 2 | 3;

/** One line a candidate writes. */
export interface CandidateLine {
  readonly key: string;
  readonly value: string;
}

/** What a candidate's lines are computed from. */
export interface CandidateContext {
  readonly needs: NeedSet;
  /** Capabilities the needs keep. */
  readonly keptCapabilities: ReadonlySet<string>;
  /** Address families the needs keep, besides AF_UNIX. */
  readonly keptFamilies: readonly string[];
  /** System call groups the needs use beyond `@system-service`. */
  readonly keptSyscallGroups: readonly string[];
  /** The capabilities the unit grants in AmbientCapabilities=, as the engine resolved them. */
  readonly ambient: readonly string[];
  /** The rows of the version analysed. */
  readonly table: readonly AssessorInfo[];
}

/** One hardening step the planner may take. */
export interface Candidate {
  /** Unique; needs name it in `blocks` (`ProtectSystem=strict`, `PrivateTmp`). */
  readonly id: string;
  readonly tier: Tier;
  /** The key of the content note that comments its lines (a page id or `family:<name>`). */
  readonly note: string;
  /** Candidates it makes redundant: taking it removes them from the plan. */
  readonly replaces: readonly string[];
  /** Its lines for a context; empty when it does not apply. */
  lines(context: CandidateContext): readonly CandidateLine[];
}

const WRITABLE = (context: CandidateContext): CandidateLine[] =>
  context.needs.writes.length === 0 ? [] : [{ key: 'ReadWritePaths', value: context.needs.writes.join(' ') }];

/** A candidate that writes one fixed line, commented by the page of the same name unless told. */
function fixed(key: string, value: string, tier: Tier, options: { id?: string; note?: string; replaces?: readonly string[]; with?: (c: CandidateContext) => CandidateLine[] } = {}): Candidate {
  return {
    id: options.id ?? key,
    tier,
    note: options.note ?? key,
    replaces: options.replaces ?? [],
    lines: (context) => [{ key, value }, ...(options.with?.(context) ?? [])],
  };
}

/** A system call group denied on its own line (merged with the others when written). */
const denyGroup = (group: string, tier: Tier): Candidate =>
  fixed('SystemCallFilter', `~@${group}`, tier, { id: `SystemCallFilter=~@${group}`, note: 'family:system-call-filter' });

/** How often dropping each capability breaks a service (see {@link Tier}); unlisted ones are 0. */
const CAPABILITY_TIERS: Readonly<Record<string, Tier>> = {
  CAP_NET_ADMIN: 1, CAP_NET_RAW: 1, CAP_NET_BROADCAST: 1, CAP_NET_BIND_SERVICE: 1, CAP_SYS_NICE: 1, CAP_SYS_RESOURCE: 1,
  CAP_KILL: 1, CAP_SYS_CHROOT: 1,
  CAP_SYS_ADMIN: 2, CAP_SETUID: 2, CAP_SETGID: 2, CAP_SETPCAP: 2, CAP_CHOWN: 2, CAP_FSETID: 2, CAP_SETFCAP: 2,
  CAP_DAC_OVERRIDE: 2, CAP_DAC_READ_SEARCH: 2, CAP_FOWNER: 2, CAP_IPC_OWNER: 2,
};

/**
 * One candidate per capability row of the version: drop that row's capabilities the needs do not
 * keep. All of them end up on one `CapabilityBoundingSet=~…` line.
 */
export function capabilityCandidates(table: readonly AssessorInfo[]): Candidate[] {
  return table.filter((row) => row.capabilities.length > 0).map((row) => ({
    id: `CapabilityBoundingSet:${row.id}`,
    tier: Math.max(...row.capabilities.map((cap) => CAPABILITY_TIERS[cap] ?? 0)) as Tier,
    note: row.id,
    replaces: [],
    lines: (context) => {
      const dropped = row.capabilities.filter((cap) => !context.keptCapabilities.has(cap));
      return dropped.length === 0 ? [] : [{ key: 'CapabilityBoundingSet', value: `~${dropped.join(' ')}` }];
    },
  }));
}

/**
 * The candidates written before the capability rows: who the service runs as and what it sees. The
 * order of the whole table is the order lines are written in: the AmbientCapabilities= reset before
 * DynamicUser='s own AmbientCapabilities= line, the allow-list of system calls before the groups it
 * then denies (so the deny lines narrow it).
 */
const SANDBOX: readonly Candidate[] = [
  {
    id: 'AmbientCapabilities',
    tier: 3,
    note: 'AmbientCapabilities',
    replaces: [],
    // Reset, then hand back what the needs keep of what the unit granted.
    lines: (c) => {
      const kept = c.ambient.filter((cap) => c.keptCapabilities.has(cap));
      return c.ambient.length === kept.length ? [] : [{ key: 'AmbientCapabilities', value: '' }, ...(kept.length > 0 ? [{ key: 'AmbientCapabilities', value: kept.join(' ') }] : [])];
    },
  },
  fixed('DynamicUser', 'yes', 3, {
    note: 'UserOrDynamicUser',
    // A dynamic user is not root: ports below 1024 then need the capability handed over.
    with: (c) => (c.keptCapabilities.has('CAP_NET_BIND_SERVICE') ? [{ key: 'AmbientCapabilities', value: 'CAP_NET_BIND_SERVICE' }] : []),
  }),
  fixed('PrivateTmp', 'yes', 0),
  fixed('PrivateDevices', 'yes', 1),
  fixed('DevicePolicy', 'closed', 1, { note: 'DeviceAllow' }),
  fixed('PrivateNetwork', 'yes', 1),
  fixed('IPAddressDeny', 'any', 0),
  fixed('PrivateMounts', 'yes', 1),
  fixed('PrivateUsers', 'yes', 2),
  fixed('ProtectSystem', 'full', 1, { id: 'ProtectSystem=full', with: WRITABLE }),
  fixed('ProtectSystem', 'strict', 2, { id: 'ProtectSystem=strict', replaces: ['ProtectSystem=full'], with: WRITABLE }),
  fixed('ProtectHome', 'read-only', 1, { id: 'ProtectHome=read-only', note: 'ProtectHome=read-only' }),
  fixed('ProtectHome', 'yes', 2, { id: 'ProtectHome=yes', replaces: ['ProtectHome=read-only'] }),
  fixed('ProtectKernelTunables', 'yes', 0),
  fixed('ProtectKernelModules', 'yes', 0),
  fixed('ProtectKernelLogs', 'yes', 0),
  fixed('ProtectControlGroups', 'yes', 0),
  fixed('ProtectClock', 'yes', 0),
  fixed('ProtectHostname', 'yes', 0),
  fixed('ProtectProc', 'invisible', 1),
  fixed('ProcSubset', 'pid', 2),
  fixed('NoNewPrivileges', 'yes', 1),
  fixed('RestrictSUIDSGID', 'yes', 0),
  fixed('RestrictRealtime', 'yes', 0),
  fixed('RestrictNamespaces', 'yes', 0, { note: 'family:namespaces' }),
  fixed('LockPersonality', 'yes', 0),
  fixed('MemoryDenyWriteExecute', 'yes', 2),
  fixed('RemoveIPC', 'yes', 1),
  fixed('KeyringMode', 'private', 0),
  fixed('UMask', '0077', 1),
  fixed('Delegate', 'no', 0),
  fixed('NotifyAccess', 'main', 3),
];

/** The candidates written after the capability rows: what the service may ask the kernel for. */
const FILTERS: readonly Candidate[] = [
  {
    id: 'RestrictAddressFamilies',
    tier: 1,
    note: 'family:address-families',
    replaces: [],
    lines: (c) => [{ key: 'RestrictAddressFamilies', value: ['AF_UNIX', ...c.keptFamilies].join(' ') }],
  },
  fixed('SystemCallArchitectures', 'native', 0),
  {
    id: 'SystemCallFilter=@system-service',
    tier: 1,
    note: 'family:system-call-filter',
    replaces: [],
    // The groups a need uses stay allowed: `@system-service @clock` for a time daemon.
    lines: (c) => [{ key: 'SystemCallFilter', value: ['@system-service', ...c.keptSyscallGroups.map((g) => `@${g}`)].join(' ') }],
  },
  ...['swap', 'reboot', 'module', 'raw-io', 'obsolete', 'cpu-emulation', 'debug', 'clock', 'mount'].map((g) => denyGroup(g, 0)),
  denyGroup('privileged', 2),
  denyGroup('resources', 2),
];

/**
 * Every candidate for a version, in the order their lines are written. Within a tier the planner
 * takes them by gain; this order only decides where each line stands in the file.
 */
export function candidatesFor(table: readonly AssessorInfo[]): Candidate[] {
  return [...SANDBOX, ...capabilityCandidates(table), ...FILTERS];
}
