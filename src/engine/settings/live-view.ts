/**
 * What the analyzer's live path adds to the loaded unit (analyze-security.c, acquire_security_info(),
 * the same from 245 to 262): it reads the unit's properties from the running manager over D-Bus, so
 * it sees only what the manager exports, and then counts PrivateMounts= as on when the unit gets a
 * mount namespace anyway. The offline path reads the manager's structures directly.
 */
import type { VersionProfile } from '../versions/profile.ts';
import type { Field, LoadState } from './state.ts';

/** The settings that give a service its own mount namespace, as the live path tests them. */
const MOUNT_NAMESPACE_CAUSES: readonly { readonly field: Field; readonly on: (s: LoadState) => boolean }[] = [
  { field: 'privateDevices', on: (s) => s.privateDevices },
  { field: 'privateTmp', on: (s) => s.privateTmp !== 'no' },
  { field: 'protectControlGroups', on: (s) => s.protectControlGroups !== 'no' },
  { field: 'protectKernelTunables', on: (s) => s.protectKernelTunables },
  { field: 'protectKernelModules', on: (s) => s.protectKernelModules },
  { field: 'protectHome', on: (s) => s.protectHome !== 'no' },
  { field: 'protectSystem', on: (s) => s.protectSystem !== 'no' },
  { field: 'rootImage', on: (s) => s.rootImage !== null },
];

/**
 * Applies the live path's view to `state` in place: settings the manager does not export read as
 * their defaults, and PrivateMounts= is on when `profile.privateMountsImplied` and a namespacing
 * setting is (its row is then linked to the lines that caused it). Does nothing offline.
 */
export function applyLiveView(state: LoadState, profile: VersionProfile): void {
  if (profile.mode !== 'live') return;
  for (const field of profile.liveUnexported) {
    state[field] = false;
    state.spans.delete(field);
  }
  if (!profile.privateMountsImplied || state.privateMounts === true) return;
  const causes = MOUNT_NAMESPACE_CAUSES.filter((c) => c.on(state));
  if (causes.length === 0) return;
  state.privateMounts = true;
  const spans = causes.flatMap((c) => state.spans.get(c.field) ?? []).sort((a, b) => (a.file === b.file ? a.start - b.start : 0));
  if (spans.length > 0) state.spans.set('privateMounts', [...(state.spans.get('privateMounts') ?? []), ...spans]);
}
