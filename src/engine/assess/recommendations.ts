/**
 * The line the playground's "apply" button adds for a failing row: the usual hardening value of the
 * setting behind it. Data, keyed by json_field; a row with no generic fix (RootDirectory=) has none.
 */
import type { SystemdVersion } from '../types.ts';
import { assessorsFor } from './assessors.ts';

/** One assignment to add. */
export interface Recommendation {
  readonly section: 'Service' | 'Unit';
  readonly key: string;
  readonly value: string;
}

const FIXED: Readonly<Record<string, readonly [string, string] | null>> = {
  UserOrDynamicUser: ['DynamicUser', 'yes'],
  SupplementaryGroups: ['SupplementaryGroups', ''],
  ProtectSystem: ['ProtectSystem', 'strict'],
  RootDirectoryOrRootImage: null,
  UMask: ['UMask', '0077'],
  KeyringMode: ['KeyringMode', 'private'],
  ProtectProc: ['ProtectProc', 'invisible'],
  ProcSubset: ['ProcSubset', 'pid'],
  NotifyAccess: ['NotifyAccess', 'main'],
  Delegate: ['Delegate', 'no'],
  RestrictAddressFamilies_AF_INET_INET6: ['RestrictAddressFamilies', '~AF_INET AF_INET6'],
  RestrictAddressFamilies_AF_UNIX: ['RestrictAddressFamilies', '~AF_UNIX'],
  RestrictAddressFamilies_AF_NETLINK: ['RestrictAddressFamilies', '~AF_NETLINK'],
  RestrictAddressFamilies_AF_PACKET: ['RestrictAddressFamilies', '~AF_PACKET'],
  RestrictAddressFamilies_OTHER: ['RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6'],
  SystemCallArchitectures: ['SystemCallArchitectures', 'native'],
  IPAddressDeny: ['IPAddressDeny', 'any'],
  DeviceAllow: ['DevicePolicy', 'closed'],
  AmbientCapabilities: ['AmbientCapabilities', ''],
};

/**
 * The recommended assignment for row `id` on `version`, or null when there is no generic one.
 * Boolean rows get `yes`; capability rows drop their capabilities; namespace and syscall-group rows
 * deny theirs.
 */
export function recommendation(id: string, version: SystemdVersion): Recommendation | null {
  const assessor = assessorsFor(version).find((a) => a.id === id);
  if (assessor === undefined) return null;
  const fixed = FIXED[id];
  if (fixed === null) return null;
  if (fixed !== undefined) return { section: 'Service', key: fixed[0], value: fixed[1] };
  const check = assessor.check;
  switch (check.kind) {
    case 'flag': return check.bad === true ? { section: 'Service', key: assessor.name.slice(0, -1), value: 'no' } : { section: 'Service', key: assessor.name.slice(0, -1), value: 'yes' };
    case 'capabilities': return { section: 'Service', key: 'CapabilityBoundingSet', value: `~${check.caps.join(' ')}` };
    case 'namespace': return { section: 'Service', key: 'RestrictNamespaces', value: `~${check.namespace}` };
    case 'syscallGroup': return { section: 'Service', key: 'SystemCallFilter', value: `~${check.group}` };
    default: return { section: 'Service', key: assessor.name.replace(/=.*$/, ''), value: 'yes' };
  }
}
