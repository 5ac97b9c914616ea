/**
 * RestrictAddressFamilies=: an allow- or deny-list of socket families. `none` empties the list in
 * allow mode but leaves "no list", so the next line starts a fresh one in its own mode.
 */
import type { Handler } from './context.ts';
import { splitWords } from '../unit/words.ts';

/**
 * The family names systemd knows, in number order from 1 (`AF_UNIX`) to 45 (`AF_MCTP`), one entry
 * per number separated by `,`; the names of one number (aliases) share its entry, separated by a space.
 */
const NAMES_BY_NUMBER = 'AF_UNIX AF_LOCAL AF_FILE,AF_INET,AF_AX25,AF_IPX,AF_APPLETALK,AF_NETROM,AF_BRIDGE,AF_ATMPVC,AF_X25,'
  + 'AF_INET6,AF_ROSE,AF_DECnet,AF_NETBEUI,AF_SECURITY,AF_KEY,AF_NETLINK AF_ROUTE,AF_PACKET,AF_ASH,AF_ECONET,AF_ATMSVC,'
  + 'AF_RDS,AF_SNA,AF_IRDA,AF_PPPOX,AF_WANPIPE,AF_LLC,AF_IB,AF_MPLS,AF_CAN,AF_TIPC,AF_BLUETOOTH,AF_IUCV,AF_RXRPC,AF_ISDN,'
  + 'AF_PHONET,AF_IEEE802154,AF_CAIF,AF_ALG,AF_NFC,AF_VSOCK,AF_KCM,AF_QIPCRTR,AF_SMC,AF_XDP,AF_MCTP';

/** Every family name with its number, in number order. */
const FAMILIES: readonly (readonly [string, number])[] = NAMES_BY_NUMBER.split(',').flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const));

const BY_NAME = new Map(FAMILIES.map(([name, n]) => [name.toLowerCase(), n]));

/** Family number of a name (case-insensitive), or null. */
export function addressFamily(name: string): number | null {
  return BY_NAME.get(name.toLowerCase()) ?? null;
}

/** Family number of a name for a build that knows families up to `max` (see `addressFamilyMax`), or null. */
function knownTo(max: number, name: string): number | null {
  const n = addressFamily(name);
  return n !== null && n <= max ? n : null;
}

/** The first name of family number `n` (`AF_UNIX` for 1, not `AF_LOCAL`), or `null` for a number without one. */
export function addressFamilyName(n: number): string | null {
  return FAMILIES.find(([, number]) => number === n)?.[0] ?? null;
}

/** The family names a build that knows families up to `max` (see `addressFamilyMax`) accepts, for completion. */
export function addressFamilyNames(max: number): readonly string[] {
  return FAMILIES.filter(([, n]) => n <= max).map(([name]) => name);
}

/** The number of a family name the tables use, which must be a known one. */
function known(name: string): number {
  const n = addressFamily(name);
  if (n === null) throw new Error(`no address family ${name}`);
  return n;
}

/** Family numbers with their own row; every other family is "exotic". */
export const AF_INET = known('AF_INET');
export const AF_INET6 = known('AF_INET6');
export const AF_UNIX = known('AF_UNIX');
export const AF_NETLINK = known('AF_NETLINK');
export const AF_PACKET = known('AF_PACKET');

/** RestrictAddressFamilies=. */
export const restrictAddressFamilies: Handler = (state, ctx) => {
  if (ctx.value === '') {
    state.addressFamilies = null;
    state.addressFamiliesAllowList = false;
    ctx.touch('addressFamilies', true);
    return;
  }
  // Before 249 `none` is no keyword: it is an unknown family name in a (so empty) allow list.
  if (ctx.value === 'none' && ctx.profile.addressFamilyNoneKeyword) {
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
    const af = knownTo(ctx.profile.addressFamilyMax, word);
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
