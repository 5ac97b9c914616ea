/**
 * What a unit's address-family and capability settings leave allowed, for the lesson goals
 * "AF_INET must stay allowed" and "CAP_NET_BIND_SERVICE must stay available". The scored rows cannot
 * say this: the `RestrictAddressFamilies=~AF_(INET|INET6)` row turns ✓ when either family is denied,
 * and the `CAP_NET_(BIND_SERVICE|BROADCAST|RAW)` row stays ✗ while any one of its three remains.
 * The rules follow systemd's parsers as the spec records them (spec/unit-parsing-facts.md,
 * analyze-security-v252.md §4.3, §4.5, §4.6); where versions differ, the engine's profile of the
 * version and mode says how (`profileFor`), so a new version needs no change here.
 */
import { profileFor, type AnalysisMode, type SystemdVersion } from '../engine.ts';
import { assignmentsOf, effectiveBoolean, type Assignment } from './assignments.ts';

/** Address family names as systemd knows them (glibc's list), upper-cased, with aliases resolved. */
const FAMILIES: ReadonlyMap<string, number> = new Map(
  (
    'UNIX 1 LOCAL 1 FILE 1 INET 2 AX25 3 IPX 4 APPLETALK 5 NETROM 6 BRIDGE 7 ATMPVC 8 X25 9 INET6 10 ROSE 11 ' +
    'DECNET 12 NETBEUI 13 SECURITY 14 KEY 15 NETLINK 16 ROUTE 16 PACKET 17 ASH 18 ECONET 19 ATMSVC 20 RDS 21 ' +
    'SNA 22 IRDA 23 PPPOX 24 WANPIPE 25 LLC 26 IB 27 MPLS 28 CAN 29 TIPC 30 BLUETOOTH 31 IUCV 32 RXRPC 33 ' +
    'ISDN 34 PHONET 35 IEEE802154 36 CAIF 37 ALG 38 NFC 39 VSOCK 40 KCM 41 QIPCRTR 42 SMC 43 XDP 44 MCTP 45'
  )
    .split(' ')
    .reduce<[string, number][]>((acc, word, i, words) => (i % 2 === 0 ? [...acc, [`AF_${word}`, Number(words[i + 1])]] : acc), []),
);

/** The family number of an `AF_…` name (case-insensitive, aliases allowed), or `null` if unknown. */
export function familyNumber(name: string): number | null {
  return FAMILIES.get(name.toUpperCase()) ?? null;
}

/** Words with simple quote removal: `"AF_UNIX AF_INET"` is two words, as systemd's tokenizer gives. */
function words(value: string): string[] {
  return value.replace(/["']/g, ' ').split(/\s+/).filter((w) => w !== '');
}

/**
 * Whether `family` (e.g. `AF_INET`) may still be used after every `RestrictAddressFamilies=` line.
 * No setting allows all; `none` allows none; unknown names are skipped, or end the line where the
 * version's profile says so (`addressFamilyUnknownStops`, 262). An unknown `family` argument is never
 * allowed. `mode` defaults to `offline` (the loader parses the same way in both modes today).
 */
export function familyAllowed(all: readonly Assignment[], family: string, version: SystemdVersion, mode: AnalysisMode = 'offline'): boolean {
  const stops = profileFor(version, mode).addressFamilyUnknownStops;
  const target = familyNumber(family);
  if (target === null) return false;
  let list: Set<number> | null = null;
  let allowList = false;
  for (const { value } of assignmentsOf(all, 'RestrictAddressFamilies')) {
    if (value === '') {
      list = null;
      allowList = false;
      continue;
    }
    if (value === 'none') {
      list = null;
      allowList = true;
      continue;
    }
    const invert = value.startsWith('~');
    if (list === null) {
      list = new Set();
      allowList = !invert;
    }
    for (const word of words(invert ? value.slice(1) : value)) {
      const n = familyNumber(word);
      if (n === null) {
        if (stops) break;
        continue;
      }
      if (!invert === allowList) list.add(n);
      else list.delete(n);
    }
  }
  if (list === null) return !allowList;
  return list.has(target) === allowList;
}

/** Capability names by bit number, as compiled into the oracles' builds. */
const CAPABILITIES = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
].map((n) => `CAP_${n}`);

/**
 * The bit number of a capability name (case-insensitive) or decimal number (up to the version's
 * `capabilityNumberMax`), or `null` if unknown.
 */
export function capabilityNumber(word: string, version: SystemdVersion, mode: AnalysisMode = 'offline'): number | null {
  if (/^[0-9]+$/.test(word)) {
    const n = Number(word);
    return n <= profileFor(version, mode).capabilityNumberMax ? n : null;
  }
  const i = CAPABILITIES.indexOf(word.toUpperCase());
  return i < 0 ? null : i;
}

const ALL = (1n << 64n) - 1n;
const MASK_63 = (1n << 63n) - 1n;

/** Capabilities the loader drops when a protecting setting is on (spec §4.6), by setting name. */
const DROPPED_BY: readonly (readonly [string, readonly string[]])[] = [
  ['PrivateDevices', ['CAP_MKNOD', 'CAP_SYS_RAWIO']],
  ['ProtectKernelModules', ['CAP_SYS_MODULE']],
  ['ProtectKernelLogs', ['CAP_SYSLOG']],
  ['ProtectClock', ['CAP_SYS_TIME', 'CAP_WAKE_ALARM']],
];

/**
 * Whether `capability` is still in the bounding set after every `CapabilityBoundingSet=` line and the
 * loader's implied drops. Lines merge as systemd does: a line whose names are all unknown, or any line
 * while the set is still "unset" (all 64 bits), replaces; otherwise `~` removes and a plain list adds.
 * Where the profile says so (`capabilityInvertMasked`, 262) a `~` line's result is masked to 63
 * bits, so it never looks "unset" again. `mode` defaults to `offline`.
 */
export function capabilityKept(all: readonly Assignment[], capability: string, version: SystemdVersion, mode: AnalysisMode = 'offline'): boolean {
  const masked = profileFor(version, mode).capabilityInvertMasked;
  const bit = capabilityNumber(capability, version, mode);
  if (bit === null) return false;
  let set = ALL;
  for (const { value } of assignmentsOf(all, 'CapabilityBoundingSet')) {
    const invert = value.startsWith('~');
    let sum = 0n;
    for (const word of words(invert ? value.slice(1) : value)) {
      const n = capabilityNumber(word, version, mode);
      if (n !== null) sum |= 1n << BigInt(n);
    }
    if (sum === 0n || set === ALL) {
      set = invert ? ~sum & (masked ? MASK_63 : ALL) : sum;
    } else {
      set = invert ? set & ~sum : set | sum;
    }
  }
  for (const [setting, caps] of DROPPED_BY) {
    if (!effectiveBoolean(all, setting)) continue;
    for (const cap of caps) set &= ~(1n << BigInt(capabilityNumber(cap, version, mode) ?? 0));
  }
  return (set & (1n << BigInt(bit))) !== 0n;
}
