/**
 * SystemCallFilter= and SystemCallArchitectures=. The filter is an allow-list (which starts with
 * all of `@default`) or a deny-list; names libseccomp does not know are dropped as they are read.
 */
import type { Handler } from './context.ts';
import type { SyscallTables } from './syscall-tables.ts';
import { parseErrno } from './errno.ts';
import { decide } from './values.ts';
import { splitWords } from '../unit/words.ts';
import { NO_ERRNO, NOT_LISTED, type SyscallFilter } from './state.ts';
import type { VersionProfile } from '../versions/profile.ts';

/**
 * Architecture names SystemCallArchitectures= accepts: `riscv64` from 246 on, `loongarch64` where
 * the version's libseccomp knows it (257 and 262 here).
 */
export function architectureNames(profile: Pick<VersionProfile, 'architectureLoongarch64' | 'architectureRiscv64'>): readonly string[] {
  const base = ['native', 'x86', 'x86-64', 'x32', 'arm', 'arm64', 'mips', 'mips64', 'mips64-n32', 'mips-le',
    'mips64-le', 'mips64-le-n32', 'parisc', 'parisc64', 'ppc', 'ppc64', 'ppc64-le', 's390', 's390x'];
  return [...base, ...(profile.architectureRiscv64 ? ['riscv64'] : []), ...(profile.architectureLoongarch64 ? ['loongarch64'] : [])];
}

/** Group expansions per syscall table, computed once: groups are expanded on every filter line. */
const expansions = new WeakMap<SyscallTables, Map<string, readonly string[]>>();

/** The known syscall names of `@group`, depth-first, each once (computed once per table and group). */
export function groupMembers(tables: SyscallTables, group: string): readonly string[] {
  let cache = expansions.get(tables);
  if (cache === undefined) expansions.set(tables, (cache = new Map<string, readonly string[]>()));
  let members = cache.get(group);
  if (members === undefined) {
    const out = new Set<string>();
    const walk = (name: string, seen: Set<string>): void => {
      if (!name.startsWith('@')) {
        if (tables.known.has(name)) out.add(name);
        return;
      }
      if (seen.has(name)) return;
      seen.add(name);
      for (const member of tables.groups.get(name) ?? []) walk(member, seen);
    };
    walk(group, new Set());
    members = [...out];
    cache.set(group, members);
  }
  return members;
}

/** Filter key slots per syscall table and `@group`, computed once. */
const groupSlots = new WeakMap<SyscallTables, Map<string, readonly number[]>>();

/**
 * The slots of the filter keys of `name` (a syscall or an `@group`, expanded depth-first; unknown
 * names give none), in order: systemd keys the filter by syscall number, so names sharing a number
 * are one key, that of {@link SyscallTables.aliases}.
 */
function filterSlots(tables: SyscallTables, name: string): readonly number[] {
  const slotOf = (s: string): number => tables.slots.get(tables.aliases.get(s) ?? s) as number;
  if (!name.startsWith('@')) return tables.known.has(name) ? [slotOf(name)] : [];
  let cache = groupSlots.get(tables);
  if (cache === undefined) groupSlots.set(tables, (cache = new Map<string, readonly number[]>()));
  let keys = cache.get(name);
  if (keys === undefined) cache.set(name, (keys = groupMembers(tables, name).map(slotOf)));
  return keys;
}

/** Sets a key's entry (`NOT_LISTED` removes it), keeping the count of listed keys. */
function list(filter: SyscallFilter, slot: number, errno: number): void {
  filter.listed += (errno === NOT_LISTED ? 0 : 1) - (filter.errnos[slot] === NOT_LISTED ? 0 : 1);
  filter.errnos[slot] = errno;
}

/** SystemCallFilter=. */
export const systemCallFilter: Handler = (state, ctx) => {
  if (ctx.value === '') return decide(state, ctx, 'syscallFilter', null);
  const invert = ctx.value.startsWith('~');
  const text = invert ? ctx.value.slice(1) : ctx.value;
  let fresh = false;
  if (state.syscallFilter === null) {
    const created: SyscallFilter = { allowList: !invert, errnos: new Int32Array(ctx.syscalls.slots.size).fill(NOT_LISTED), listed: 0 };
    if (!invert) for (const slot of filterSlots(ctx.syscalls, '@default')) list(created, slot, NO_ERRNO);
    state.syscallFilter = created;
    fresh = true;
  }
  ctx.touch('syscallFilter', fresh);
  const filter = state.syscallFilter;
  const errnoRules = ctx.profile.syscallErrnoRules === 'from-248';
  const { words, error } = splitWords(text);
  for (const word of words) {
    const colon = word.indexOf(':');
    const name = colon < 0 ? word : word.slice(0, colon);
    let errno: number | null = null;
    if (colon >= 0) {
      errno = parseErrno(word.slice(colon + 1), ctx.profile.syscallKillAction);
      if (errno === null) {
        ctx.warn('syscall-errno', { value: word });
        continue;
      }
    }
    if (errnoRules && !invert && errno !== null) {
      ctx.warn('syscall-allow-errno', { value: word });
      continue;
    }
    if (name.startsWith('@')) {
      if (!ctx.syscalls.groups.has(name)) {
        ctx.warn('syscall-group', { value: name });
        continue;
      }
    } else if (!ctx.syscalls.known.has(name)) {
      if (ctx.profile.legacyListWarnings) ctx.warn('syscall-legacy', { value: name });
      else ctx.warn('syscall-unknown', { name });
      continue;
    }
    const adds = !invert === filter.allowList || (errnoRules && invert && filter.allowList && errno !== null);
    for (const slot of filterSlots(ctx.syscalls, name)) list(filter, slot, adds ? errno ?? NO_ERRNO : NOT_LISTED);
  }
  if (error) ctx.warn('invalid-syntax', { value: ctx.value });
};

/** SystemCallArchitectures=: a set of names; empty clears; unknown names are skipped with a warning. */
export const systemCallArchitectures: Handler = (state, ctx) => {
  if (ctx.value === '') return decide(state, ctx, 'syscallArchitectures', new Set());
  const known = architectureNames(ctx.profile);
  const { words, error } = splitWords(ctx.value, { unquote: true });
  for (const word of words) {
    if (!known.includes(word)) {
      ctx.warn('arch', { value: word });
      continue;
    }
    state.syscallArchitectures.add(word);
  }
  ctx.touch('syscallArchitectures');
  if (error) ctx.warn('invalid-syntax', { value: ctx.value });
};
