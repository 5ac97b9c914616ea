/**
 * The loaded unit's capability sets, address families and namespaces as plain names
 * ({@link ResolvedSettings}), and the two questions lesson goals ask of them. Everything version-
 * specific already happened while loading (see the setting handlers and the profile); this only
 * reads the result, so it has no rules of its own.
 */
import type { ResolvedSettings } from '../types.ts';
import { addressFamily, addressFamilyName } from './address-families.ts';
import { CAPABILITY_NAMES, capabilityNumber } from './capabilities.ts';
import { NAMESPACE_FLAGS } from './namespaces.ts';
import { NAMESPACES_UNSET, type LoadState } from './state.ts';

/**
 * The capabilities of a 64-bit mask, in number order: names where the builds have one, else
 * numbers. The mask is split into two 32-bit numbers first: testing 64 bits of a bigint one by one
 * made every analysis measurably slower (check-throughput).
 */
function capabilityNames(mask: bigint): string[] {
  const out: string[] = [];
  const halves = [Number(mask & 0xffffffffn), Number((mask >> 32n) & 0xffffffffn)];
  for (let h = 0; h < 2; h++) {
    const half = halves[h] as number;
    for (let bit = 0; half !== 0 && bit < 32; bit++) {
      if ((half >>> bit) & 1) out.push(CAPABILITY_NAMES[h * 32 + bit] ?? String(h * 32 + bit));
    }
  }
  return out;
}

/** Lists made by {@link capabilityList}, by mask; past this many it starts over. */
const CAPABILITY_LISTS_KEPT = 256;
const capabilityLists = new Map<bigint, readonly string[]>();

/**
 * {@link capabilityNames}, frozen and kept by mask: nearly every unit has one of a few masks (the
 * full bounding set, no ambient capabilities), and listing 64 names for each was most of the time
 * this module took.
 */
function capabilityList(mask: bigint): readonly string[] {
  let list = capabilityLists.get(mask);
  if (list === undefined) {
    if (capabilityLists.size >= CAPABILITY_LISTS_KEPT) capabilityLists.clear();
    capabilityLists.set(mask, (list = Object.freeze(capabilityNames(mask))));
  }
  return list;
}

/**
 * The type a service runs as: `Type=` when it was valid, else `dbus` with `BusName=`, `simple` with
 * an `ExecStart=`, else `oneshot` (service_add_extras()). Meaningful for services only.
 */
export function serviceTypeOf(state: LoadState): string {
  return state.serviceType ?? (state.busName !== null ? 'dbus' : state.execStart > 0 ? 'simple' : 'oneshot');
}

/**
 * `state` read as {@link ResolvedSettings}; call it after the implications and the live view.
 * `type` is the unit's type (`service`, `socket`…): only a service has a service type.
 */
export function resolvedSettings(state: LoadState, type = 'service'): ResolvedSettings {
  const numbers = [...(state.addressFamilies ?? [])].sort((a, b) => a - b);
  return {
    capabilityBoundingSet: capabilityList(state.capabilityBoundingSet),
    ambientCapabilities: capabilityList(state.ambientCapabilities),
    addressFamilies: {
      allowList: state.addressFamiliesAllowList,
      families: numbers.map((n) => addressFamilyName(n) ?? String(n)),
    },
    namespaces: state.restrictNamespaces === NAMESPACES_UNSET
      ? null
      : Object.keys(NAMESPACE_FLAGS).filter((name) => (state.restrictNamespaces & (NAMESPACE_FLAGS[name] ?? 0n)) !== 0n),
    serviceType: type === 'service' ? serviceTypeOf(state) : null,
  };
}

/**
 * Whether address family `family` (a name such as `AF_INET`, any case, aliases such as `AF_LOCAL`
 * allowed) may still be used under `settings`. A name systemd does not know is never allowed.
 */
export function familyAllowed(settings: ResolvedSettings, family: string): boolean {
  const wanted = addressFamily(family);
  if (wanted === null) return false;
  const { allowList, families } = settings.addressFamilies;
  return families.some((name) => addressFamily(name) === wanted) === allowList;
}

/**
 * Whether capability `capability` (a name such as `CAP_NET_BIND_SERVICE`, any case) is still in the
 * bounding set of `settings`. A name systemd does not know is never kept.
 */
export function capabilityKept(settings: ResolvedSettings, capability: string): boolean {
  const n = capabilityNumber(capability);
  return n !== null && settings.capabilityBoundingSet.includes(CAPABILITY_NAMES[n] as string);
}
