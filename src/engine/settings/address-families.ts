/**
 * RestrictAddressFamilies=: an allow- or deny-list of socket families. `none` empties the list in
 * allow mode but leaves "no list", so the next line starts a fresh one in its own mode.
 */
import type { Handler } from './context.ts';
import { splitWords } from '../unit/words.ts';

const FAMILIES: readonly (readonly [string, number])[] = [
  ['AF_UNIX', 1], ['AF_LOCAL', 1], ['AF_FILE', 1], ['AF_INET', 2], ['AF_AX25', 3], ['AF_IPX', 4],
  ['AF_APPLETALK', 5], ['AF_NETROM', 6], ['AF_BRIDGE', 7], ['AF_ATMPVC', 8], ['AF_X25', 9],
  ['AF_INET6', 10], ['AF_ROSE', 11], ['AF_DECnet', 12], ['AF_NETBEUI', 13], ['AF_SECURITY', 14],
  ['AF_KEY', 15], ['AF_NETLINK', 16], ['AF_ROUTE', 16], ['AF_PACKET', 17], ['AF_ASH', 18],
  ['AF_ECONET', 19], ['AF_ATMSVC', 20], ['AF_RDS', 21], ['AF_SNA', 22], ['AF_IRDA', 23],
  ['AF_PPPOX', 24], ['AF_WANPIPE', 25], ['AF_LLC', 26], ['AF_IB', 27], ['AF_MPLS', 28], ['AF_CAN', 29],
  ['AF_TIPC', 30], ['AF_BLUETOOTH', 31], ['AF_IUCV', 32], ['AF_RXRPC', 33], ['AF_ISDN', 34],
  ['AF_PHONET', 35], ['AF_IEEE802154', 36], ['AF_CAIF', 37], ['AF_ALG', 38], ['AF_NFC', 39],
  ['AF_VSOCK', 40], ['AF_KCM', 41], ['AF_QIPCRTR', 42], ['AF_SMC', 43], ['AF_XDP', 44], ['AF_MCTP', 45],
];

const BY_NAME = new Map(FAMILIES.map(([name, n]) => [name.toLowerCase(), n]));

/** Family number of a name (case-insensitive), or null. */
export function addressFamily(name: string): number | null {
  return BY_NAME.get(name.toLowerCase()) ?? null;
}

/** Every family name systemd accepts, for completion. */
export const ADDRESS_FAMILY_NAMES: readonly string[] = FAMILIES.map(([name]) => name);

/** Family numbers with their own row; every other family is "exotic". */
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_UNIX = 1;
export const AF_NETLINK = 16;
export const AF_PACKET = 17;

/** RestrictAddressFamilies=. */
export const restrictAddressFamilies: Handler = (state, ctx) => {
  if (ctx.value === '') {
    state.addressFamilies = null;
    state.addressFamiliesAllowList = false;
    ctx.touch('addressFamilies', true);
    return;
  }
  if (ctx.value === 'none') {
    state.addressFamilies = null;
    state.addressFamiliesAllowList = true;
    ctx.touch('addressFamilies', true);
    return;
  }
  const invert = ctx.value.startsWith('~');
  const text = invert ? ctx.value.slice(1) : ctx.value;
  const stops = ctx.profile.addressFamilyUnknownStops;
  const { words, error } = splitWords(text, { unquote: true });
  let fresh = false;
  if (state.addressFamilies === null) {
    state.addressFamilies = new Set();
    state.addressFamiliesAllowList = !invert;
    fresh = true;
  }
  ctx.touch('addressFamilies', fresh);
  const families = state.addressFamilies;
  for (const word of words) {
    const af = addressFamily(word);
    if (af === null) {
      if (stops) {
        ctx.warn('address-family', { value: ctx.value });
        return;
      }
      ctx.warn('address-family', { value: word });
      continue;
    }
    if (!invert === state.addressFamiliesAllowList) families.add(af);
    else families.delete(af);
  }
  if (error) ctx.warn(stops ? 'address-family' : 'invalid-syntax', { value: ctx.value });
};
