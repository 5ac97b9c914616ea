/**
 * CapabilityBoundingSet= and AmbientCapabilities=: 64-bit masks with systemd's odd merge rule —
 * a line replaces the set when it names nothing or while the set is still "unset", else it merges.
 */
import type { Handler } from './context.ts';
import { ALL_CAPS } from './state.ts';
import { splitWords } from '../unit/words.ts';
import { decide } from './values.ts';

/** Capability names by number, as compiled into the analysed builds (0–40). */
export const CAPABILITY_NAMES: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
  'CAP_SETGID', 'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER',
  'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];

const BY_NAME = new Map(CAPABILITY_NAMES.map((name, i) => [name.toLowerCase(), i]));

/** The number of a capability name, in any case (`cap_chown` is 0); `null` when no build names it. */
export function capabilityNumber(name: string): number | null {
  return BY_NAME.get(name.toLowerCase()) ?? null;
}

/**
 * The mask of capability names (any case), for the tables that name capabilities. Throws on a name
 * no build knows: that is a typo in a table, not input.
 */
export function capabilityMask(names: readonly string[]): bigint {
  return names.reduce((mask, name) => {
    const n = capabilityNumber(name);
    if (n === null) throw new Error(`no capability ${name}`);
    return mask | (1n << BigInt(n));
  }, 0n);
}

/**
 * An integer as C's `strtol(s, &end, 0)` reads a whole string (systemd's `safe_atoi`): optional
 * leading blanks and sign, `0x` hex, leading-`0` octal, else decimal; null if anything is left over.
 */
export function parseCInteger(s: string): number | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(s);
  if (m === null) return null;
  const magnitude = m[2] !== undefined ? parseInt(m[2], 16) : m[3] !== undefined ? parseInt(m[3], 8) : Number(m[4]);
  return m[1] === '-' ? -magnitude : magnitude;
}

/** The bit of one capability name or number; null when unknown or out of range. */
export function capabilityBit(word: string, max: number): bigint | null {
  const n = parseCInteger(word);
  if (n !== null) return n >= 0 && n <= max ? 1n << BigInt(n) : null;
  const bit = capabilityNumber(word);
  return bit === null ? null : 1n << BigInt(bit);
}

/** Bits of capabilities 0..62: what a masked inversion keeps (262). */
const CAP_MASK_ALL = (1n << 63n) - 1n;

function capabilitySetting(field: 'capabilityBoundingSet' | 'ambientCapabilities', initial: bigint): Handler {
  return (state, ctx) => {
    let text = ctx.value;
    const invert = text.startsWith('~');
    if (invert) text = text.slice(1);
    // Unknown names are skipped silently; a syntax error ends the list, keeping what came before.
    const { words } = splitWords(text, { unquote: true, relax: ctx.profile.capabilityRelaxedQuotes });
    let sum = 0n;
    for (const word of words) sum |= capabilityBit(word, ctx.profile.capabilityNumberMax) ?? 0n;
    const current = state[field];
    if (sum === 0n || current === initial) {
      let next = invert ? ~sum & ALL_CAPS : sum;
      if (invert && ctx.profile.capabilityInvertMasked) next &= CAP_MASK_ALL;
      decide(state, ctx, field, next);
    } else {
      state[field] = invert ? current & ~sum : current | sum;
      ctx.touch(field);
    }
  };
}

/** CapabilityBoundingSet=: starts as all capabilities; an empty value drops all of them. */
export const capabilityBoundingSet: Handler = capabilitySetting('capabilityBoundingSet', ALL_CAPS);

/** AmbientCapabilities=: starts empty; an empty value empties it. */
export const ambientCapabilities: Handler = capabilitySetting('ambientCapabilities', 0n);
