/**
 * What the offline loader implies after all files are read (`unit_patch_contexts()`), in systemd's
 * order. Offline analysis implies very little: only these. (The online D-Bus path implies more,
 * e.g. PrivateMounts=; the offline tool does not.)
 */
import type { VersionProfile } from '../versions/profile.ts';
import type { Field, LoadState } from './state.ts';
import { isStrictUserName } from './user.ts';
import { capabilityMask } from './capabilities.ts';

const PRIVATE_DEVICES_DROPS = capabilityMask(['CAP_MKNOD', 'CAP_SYS_RAWIO']);
const PROTECT_KERNEL_MODULES_DROPS = capabilityMask(['CAP_SYS_MODULE']);
const PROTECT_KERNEL_LOGS_DROPS = capabilityMask(['CAP_SYSLOG']);
const PROTECT_CLOCK_DROPS = capabilityMask(['CAP_SYS_TIME', 'CAP_WAKE_ALARM']);

/** Links `target`'s row to the lines that set `cause`, since the implication decided it. */
function imply(state: LoadState, target: Field, cause: Field): void {
  const from = state.spans.get(cause) ?? [];
  if (from.length === 0) return;
  state.spans.set(target, [...(state.spans.get(target) ?? []), ...from]);
}

function dropCaps(state: LoadState, caps: bigint, cause: Field): void {
  state.capabilityBoundingSet &= ~caps;
  imply(state, 'capabilityBoundingSet', cause);
}

/** The user systemd derives for DynamicUser= without User=: the unit-name prefix if it is a strict name. */
function dynamicUserName(prefix: string): string {
  return isStrictUserName(prefix) ? prefix : '_du0000000000000000';
}

function anyEncrypted(credentials: ReadonlyMap<string, boolean>): boolean {
  for (const encrypted of credentials.values()) if (encrypted) return true;
  return false;
}

/** Applies the implications to `state` in place. `prefix` is the unit-name prefix (before `@`/`.`). */
export function applyImplications(state: LoadState, profile: VersionProfile, prefix: string): void {
  state.encryptedCredentials = anyEncrypted(state.loadCredentials) || anyEncrypted(state.setCredentials);
  if (state.privateDevices) dropCaps(state, PRIVATE_DEVICES_DROPS, 'privateDevices');
  if (state.protectKernelModules) dropCaps(state, PROTECT_KERNEL_MODULES_DROPS, 'protectKernelModules');
  if (state.protectKernelLogs) dropCaps(state, PROTECT_KERNEL_LOGS_DROPS, 'protectKernelLogs');
  if (state.protectClock) dropCaps(state, PROTECT_CLOCK_DROPS, 'protectClock');

  if (state.dynamicUser) {
    if (state.user === null) state.user = dynamicUserName(prefix);
    if (state.privateTmp === 'no') state.privateTmp = profile.enumValues.PrivateTmp.includes('disconnected') ? 'disconnected' : 'yes';
    state.removeIpc = true;
    state.protectSystem = 'strict';
    if (state.protectHome === 'no') state.protectHome = 'read-only';
    state.noNewPrivileges = true;
    state.restrictSuidSgid = true;
    for (const f of ['user', 'privateTmp', 'removeIpc', 'protectSystem', 'protectHome', 'noNewPrivileges', 'restrictSuidSgid'] as const) {
      imply(state, f, 'dynamicUser');
    }
  }

  if (state.privateDevices && state.devicePolicy === 'auto') {
    state.devicePolicy = 'closed';
    imply(state, 'devicePolicy', 'privateDevices');
  }

  if (state.devicePolicy !== 'auto' || state.deviceAllow.length > 0) {
    const implied: { path: string; rights: string }[] = [];
    if (state.rootImage !== null) {
      implied.push({ path: '/dev/loop-control', rights: 'rw' }, { path: '/dev/mapper/control', rights: 'rw' },
        { path: 'block-loop', rights: 'rwm' }, { path: 'block-blkext', rights: 'rwm' }, { path: 'block-device-mapper', rights: 'rwm' });
      imply(state, 'deviceAllow', 'rootImage');
    }
    if (state.protectClock) {
      implied.push({ path: 'char-rtc', rights: 'r' });
      imply(state, 'deviceAllow', 'protectClock');
    }
    if (state.encryptedCredentials && profile.credentialTpmDevice !== null) {
      implied.push({ path: profile.credentialTpmDevice, rights: 'rw' });
      imply(state, 'deviceAllow', 'encryptedCredentials');
    }
    // Each is prepended in turn, so the last implied entry ends up first.
    state.deviceAllow = [...implied.reverse(), ...state.deviceAllow];
  }
}
