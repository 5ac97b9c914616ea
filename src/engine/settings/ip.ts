/**
 * IPAddressAllow= / IPAddressDeny=: sets of prefixes, each address masked to its prefix length
 * before it is stored; `any`, `localhost`, `link-local` and `multicast` stand for fixed pairs.
 */
import type { Handler } from './context.ts';
import type { IpPrefix } from './state.ts';
import { splitWords } from '../unit/words.ts';
import { decide } from './values.ts';

/** Parses dotted-quad IPv4 as glibc's inet_pton does (no leading zeros, octets ≤ 255). */
function parseIpv4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0'))) return null;
    const n = Number(p);
    if (n > 255) return null;
    bytes.push(n);
  }
  return bytes;
}

/** Parses IPv6 text (with `::` and a trailing dotted quad) into 16 bytes. */
function parseIpv6(s: string): number[] | null {
  if (s.length === 0 || /[^0-9a-fA-F:.]/.test(s)) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (text: string): number[] | null => {
    if (text === '') return [];
    const out: number[] = [];
    const items = text.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as string;
      if (item.includes('.')) {
        if (i !== items.length - 1) return null;
        const v4 = parseIpv4(item);
        if (v4 === null) return null;
        out.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return null;
        out.push(parseInt(item, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (head === null || tail === null) return null;
  let all: number[];
  if (halves.length === 2) {
    if (head.length + tail.length > 7) return null;
    all = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    if (head.length !== 8) return null;
    all = head;
  }
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

function masked(family: 4 | 6, bytes: readonly number[], prefix: number): IpPrefix {
  const out = bytes.map((b, i) => {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    return b & ((0xff << (8 - bits)) & 0xff);
  });
  return { family, bytes: out, prefix };
}

/** `ADDR[/PREFIX]` → a masked prefix, or null when systemd would reject it. */
export function parseIpPrefix(word: string): IpPrefix | null {
  const slash = word.indexOf('/');
  const addr = slash < 0 ? word : word.slice(0, slash);
  const v4 = parseIpv4(addr);
  const bytes = v4 ?? parseIpv6(addr);
  if (bytes === null) return null;
  const family: 4 | 6 = v4 !== null ? 4 : 6;
  const max = family === 4 ? 32 : 128;
  let prefix = max;
  if (slash >= 0) {
    const p = word.slice(slash + 1);
    if (!/^[0-9]+$/.test(p)) return null;
    prefix = Number(p);
    if (prefix > max) return null;
  }
  return masked(family, bytes, prefix);
}

/** systemd's `is_localhost()`: localhost names, case-insensitive, with optional trailing dot. */
export function isLocalhostName(word: string): boolean {
  const w = word.toLowerCase();
  return ['localhost', 'localhost.', 'localhost.localdomain', 'localhost.localdomain.'].includes(w)
    || ['.localhost', '.localhost.', '.localhost.localdomain', '.localhost.localdomain.'].some((s) => w.endsWith(s));
}

const SPECIAL: Readonly<Record<string, readonly string[]>> = {
  any: ['0.0.0.0/0', '::/0'],
  'link-local': ['169.254.0.0/16', 'fe80::/64'],
  multicast: ['224.0.0.0/4', 'ff00::/8'],
};

/** Whether prefix `outer` covers `inner` (same family, no longer, and the same leading bits). */
function covers(outer: IpPrefix, inner: IpPrefix): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  for (let bit = 0; bit < outer.prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if (((outer.bytes[bit >> 3] ?? 0) & mask) !== ((inner.bytes[bit >> 3] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * `list` without the prefixes another one covers, as managers before 250 keep their IP lists
 * (ip_address_access_reduce(): of two equal prefixes the later one stays).
 */
export function reducedPrefixes(list: readonly IpPrefix[]): IpPrefix[] {
  return list.filter((p, i) => !list.some((q, j) => j !== i && covers(q, p) && (q.prefix < p.prefix || j > i)));
}

function add(list: IpPrefix[], item: IpPrefix): void {
  const same = list.some((x) => x.family === item.family && x.prefix === item.prefix && x.bytes.every((b, i) => b === item.bytes[i]));
  if (!same) list.push(item);
}

function ipAccess(field: 'ipAddressAllow' | 'ipAddressDeny'): Handler {
  return (state, ctx) => {
    if (ctx.value === '') return decide(state, ctx, field, []);
    const { words, error } = splitWords(ctx.value);
    let endedOnBadWord = false;
    for (const word of words) {
      const fixed = isLocalhostName(word) ? ['127.0.0.0/8', '::1/128'] : SPECIAL[word];
      const prefixes = fixed !== undefined ? fixed.map((p) => parseIpPrefix(p)) : [parseIpPrefix(word)];
      if (prefixes.some((p) => p === null)) {
        if (ctx.profile.legacyListWarnings) ctx.warn('ip-prefix-legacy', { value: word });
        else ctx.warn('ip-prefix', { section: ctx.section, key: ctx.key, value: word });
        // Before 250 a bad word ends the line: the words after it are dropped.
        if (ctx.profile.ipBadWordEndsLine) {
          endedOnBadWord = true;
          break;
        }
        continue;
      }
      for (const p of prefixes) if (p !== null) add(state[field], p);
    }
    // The manager reduces the list after each line it read to the end, and not after one a bad word
    // ended: `127.0.0.1 127.1` leaves 127.0.0.1/32 beside an earlier 127.0.0.0/8 until a later line.
    if (ctx.profile.ipPrefixesReduced && !endedOnBadWord) state[field] = reducedPrefixes(state[field]);
    ctx.touch(field);
    if (error) ctx.warn('invalid-syntax', { value: ctx.value });
  };
}

/** IPAddressAllow=. */
export const ipAddressAllow: Handler = ipAccess('ipAddressAllow');
/** IPAddressDeny=. */
export const ipAddressDeny: Handler = ipAccess('ipAddressDeny');
