/**
 * The loader's view of a unit while its assignments are applied: the fields the analyzer reads
 * (systemd's ExecContext/CGroupContext/Service subset), with systemd's defaults, plus the spans
 * of the assignments that last decided each field.
 */
import type { Span } from '../types.ts';
import { EXEC_UNIT_TYPES } from '../unit/name.ts';

/** One IP prefix after masking: family, address bytes, prefix length. */
export interface IpPrefix {
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
  readonly prefix: number;
}

/** A DeviceAllow= entry; rights always in `rwm` order. */
export interface DeviceEntry {
  readonly path: string;
  readonly rights: string;
}

/**
 * SystemCallFilter= as systemd stores it: the mode and, per filter key (a syscall name, aliases
 * resolved: systemd keys by number), whether it is listed and with which errno. The keys are slots
 * of a typed array rather than entries of a map: a filter line adds or removes hundreds of them.
 */
export interface SyscallFilter {
  readonly allowList: boolean;
  /** Per slot of `SyscallTables.slots`: {@link NOT_LISTED}, {@link NO_ERRNO}, or the errno (0–4095, or `1 << 20` for `kill`). */
  readonly errnos: Int32Array;
  /** How many keys are listed. */
  listed: number;
}

/** {@link SyscallFilter.errnos}: the key is not in the filter. */
export const NOT_LISTED = -2;
/** {@link SyscallFilter.errnos}: the key is in the filter without an errno. */
export const NO_ERRNO = -1;

/** Names of the fields below that assignments can decide (used to link rows to lines). */
export type Field = keyof Omit<LoadState, 'spans'>;

/** Mutable per-unit state; see {@link initialState} for the defaults. */
export interface LoadState {
  defaultDependencies: boolean;
  user: string | null;
  dynamicUser: boolean;
  supplementaryGroups: string[];
  capabilityBoundingSet: bigint;
  ambientCapabilities: bigint;
  privateDevices: boolean;
  /** null = unset (a tri-state since 254). */
  privateMounts: boolean | null;
  privateNetwork: boolean;
  privateTmp: string;
  privateUsers: string;
  protectControlGroups: string;
  protectKernelModules: boolean;
  protectKernelTunables: boolean;
  protectKernelLogs: boolean;
  protectClock: boolean;
  protectHostname: string;
  protectHome: string;
  protectSystem: string;
  lockPersonality: boolean;
  memoryDenyWriteExecute: boolean;
  noNewPrivileges: boolean;
  removeIpc: boolean;
  restrictRealtime: boolean;
  restrictSuidSgid: boolean;
  rootDirectory: string | null;
  rootImage: string | null;
  keyringMode: string;
  protectProc: string;
  procSubset: string;
  notifyAccess: string;
  restrictNamespaces: bigint;
  /** RestrictAddressFamilies= families; null = no list (none given, reset, or `none`). */
  addressFamilies: Set<number> | null;
  /** The list's mode; `none` sets allow mode with no list. */
  addressFamiliesAllowList: boolean;
  syscallArchitectures: Set<string>;
  syscallFilter: SyscallFilter | null;
  umask: number;
  delegate: boolean;
  devicePolicy: string;
  /** Newest first, as systemd prepends. */
  deviceAllow: DeviceEntry[];
  ipAddressDeny: IpPrefix[];
  ipAddressAllow: IpPrefix[];
  ipIngressFilters: string[];
  ipEgressFilters: string[];
  /** Marker field for the lines that decide whether encrypted credentials exist (see the two maps). */
  encryptedCredentials: boolean;
  /** LoadCredential[Encrypted]= by id → encrypted? */
  loadCredentials: Map<string, boolean>;
  /** SetCredential[Encrypted]= by id → encrypted? */
  setCredentials: Map<string, boolean>;
  // Service-level facts service_verify() checks.
  serviceType: string | null;
  execStart: number;
  execStop: number;
  successAction: boolean;
  busName: string | null;
  restart: string;
  remainAfterExit: boolean;
  managedOomKill: boolean;
  /** Group= or PAMName= is set (they conflict with PrivateUsers=managed). */
  hasGroupOrPam: boolean;
  pamName: boolean;
  killMode: string;
  /** PrivatePIDs=yes (257+; refused with Type=forking, and with PAMName= on 262). */
  privatePids: boolean;
  /** Spans of the assignments that decided each field, in file order (a Map: fields arrive in any order). */
  spans: Map<Field, Span[]>;
}

/** All 64 capability bits: systemd's "unset" bounding set. */
export const ALL_CAPS = (1n << 64n) - 1n;

/** systemd's "namespaces not restricted" marker: all 64 bits. */
export const NAMESPACES_UNSET = (1n << 64n) - 1n;

/** The state of a service with no settings at all (system scope). */
export function initialState(unitType: string): LoadState {
  const hasExecContext = EXEC_UNIT_TYPES.includes(unitType);
  return {
    defaultDependencies: true,
    user: null,
    dynamicUser: false,
    supplementaryGroups: [],
    capabilityBoundingSet: ALL_CAPS,
    ambientCapabilities: 0n,
    privateDevices: false,
    // Units without an execution context are scored from systemd's bare defaults (PrivateMounts off).
    privateMounts: hasExecContext ? null : false,
    privateNetwork: false,
    privateTmp: 'no',
    privateUsers: 'no',
    protectControlGroups: 'no',
    protectKernelModules: false,
    protectKernelTunables: false,
    protectKernelLogs: false,
    protectClock: false,
    protectHostname: 'no',
    protectHome: 'no',
    protectSystem: 'no',
    lockPersonality: false,
    memoryDenyWriteExecute: false,
    noNewPrivileges: false,
    removeIpc: false,
    restrictRealtime: false,
    restrictSuidSgid: false,
    rootDirectory: null,
    rootImage: null,
    // Services keep their own keyring; other unit types share the manager's.
    keyringMode: unitType === 'service' ? 'private' : 'shared',
    protectProc: 'default',
    procSubset: 'all',
    notifyAccess: 'none',
    restrictNamespaces: NAMESPACES_UNSET,
    addressFamilies: null,
    addressFamiliesAllowList: false,
    syscallArchitectures: new Set(),
    syscallFilter: null,
    umask: 0o022,
    delegate: false,
    devicePolicy: 'auto',
    deviceAllow: [],
    ipAddressDeny: [],
    ipAddressAllow: [],
    ipIngressFilters: [],
    ipEgressFilters: [],
    encryptedCredentials: false,
    loadCredentials: new Map(),
    setCredentials: new Map(),
    serviceType: null,
    execStart: 0,
    execStop: 0,
    successAction: false,
    busName: null,
    restart: 'no',
    remainAfterExit: false,
    managedOomKill: false,
    hasGroupOrPam: false,
    pamName: false,
    killMode: 'control-group',
    privatePids: false,
    spans: new Map(),
  };
}
