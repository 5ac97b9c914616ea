/**
 * Value generators for the fuzz generator's setting table: one function per kind of value
 * (boolean, boolean-or-keyword, enum, capability list, syscall filter, …). Each returns the text
 * after `Key=`, mostly valid, sometimes empty, sometimes invalid in the ways systemd treats specially.
 */
import type { Rng } from './random.ts';
import {
  ABSOLUTE_PATHS, ADDRESS_FAMILIES, ARCHITECTURES, ASSESSED_GROUP_MEMBERS, BAD_USERS, CAPABILITIES, COMMON_FAMILIES,
  DEVICE_PATHS, DEVICE_RIGHTS, IP_ADDRESSES, NAMESPACES, OTHER_SYSCALLS, RELATIVE_PATHS, ROOT_USERS, SPECIFIERS,
  STATIC_USERS, SYSCALL_ERRNOS, SYSCALL_GROUPS, UNKNOWN_CAPABILITIES, UNKNOWN_FAMILIES, UNKNOWN_NAMESPACES,
} from './vocabulary.ts';

/** What a value generator may know about the unit it writes for. */
export interface UnitContext {
  /** The unit file name, e.g. `foo.service` or `foo@.service`. */
  readonly name: string;
  /** True for a template (`foo@.service`), where `%i` is worth using. */
  readonly template: boolean;
}

/** Produces the text after `Key=` (without the newline). */
export type ValueGen = (rng: Rng, ctx: UnitContext) => string;

const TRUE_WORDS = ['1', 'yes', 'y', 'true', 't', 'on'];
const FALSE_WORDS = ['0', 'no', 'n', 'false', 'f', 'off'];
const INVALID_BOOLEANS = ['maybe', '2', 'yes # comment', '"yes"', 'enable', 'ye', 'nope', 'yes yes', '-1'];

/** `word` as written, or lower-cased, upper-cased, or with random letter case. */
export function caseMix(rng: Rng, word: string): string {
  return rng.weighted<() => string>([
    [70, () => word],
    [10, () => word.toLowerCase()],
    [10, () => word.toUpperCase()],
    [10, () => [...word].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('')],
  ])();
}

/** Joins words with one space, or now and then with runs of spaces and tabs. */
export function joinWords(rng: Rng, words: readonly string[]): string {
  return words.reduce((acc, w, i) => (i === 0 ? w : acc + rng.weighted([[85, ' '], [8, '  '], [7, '\t ']]) + w), '');
}

/** A list of `min..max` words from `gen`, sometimes with two neighbours wrapped in one pair of quotes. */
export function wordList(rng: Rng, min: number, max: number, gen: (rng: Rng) => string, quotes = true): string {
  const words = Array.from({ length: rng.int(min, max) }, () => gen(rng));
  if (quotes && words.length >= 2 && rng.chance(0.06)) {
    const i = rng.int(0, words.length - 2);
    const q = rng.pick(['"', "'"]);
    words.splice(i, 2, `${q}${words[i] ?? ''} ${words[i + 1] ?? ''}${q}`);
  }
  return joinWords(rng, words);
}

/** A boolean spelling with the given truth, in any letter case. */
export function boolWord(rng: Rng, truth: boolean): string {
  return caseMix(rng, rng.pick(truth ? TRUE_WORDS : FALSE_WORDS));
}

/** A boolean: mostly valid (true a bit more often), sometimes invalid or empty (both are ignored). */
export const bool: ValueGen = (rng) =>
  rng.weighted<() => string>([
    [48, () => boolWord(rng, true)],
    [34, () => boolWord(rng, false)],
    [9, () => rng.pick(INVALID_BOOLEANS)],
    [9, () => ''],
  ])();

/** A boolean that only rarely is invalid, for settings where invalid is fatal (DynamicUser=). */
export const strictBool: ValueGen = (rng) => (rng.chance(0.015) ? rng.pick(['maybe', '', 'yes no']) : boolWord(rng, rng.chance(0.6)));

/** A boolean or one of `keywords` (valid in some version, or near misses that no version accepts). */
export function boolOr(keywords: readonly string[]): ValueGen {
  return (rng, ctx) => (rng.chance(0.4) ? rng.pick(keywords) : bool(rng, ctx));
}

/** One of `valid` (exact, case-sensitive keywords), sometimes `invalid` or empty. */
export function enumOf(valid: readonly string[], invalid: readonly string[]): ValueGen {
  return (rng) => rng.weighted<() => string>([[86, () => rng.pick(valid)], [9, () => rng.pick(invalid)], [5, () => '']])();
}

/** One of the fixed strings, uniformly. */
export function oneOf(values: readonly string[]): ValueGen {
  return (rng) => rng.pick(values);
}

/** User=: static users (incl. `nobody`), root spellings, specifiers, empty (reset), rarely fatal ones. */
export const user: ValueGen = (rng, ctx) =>
  rng.weighted<() => string>([
    [45, () => rng.pick(STATIC_USERS)],
    [18, () => rng.pick(ROOT_USERS)],
    [ctx.template ? 14 : 4, () => rng.pick(ctx.template ? ['%i', '%i', '%I', 'u-%i', '%p'] : ['%p', '%N', '%j'])],
    [5, () => ''],
    [3, () => rng.pick(BAD_USERS)],
  ])();

/** SupplementaryGroups=: group names and specifiers, empty (clears), rarely an invalid (fatal) name. */
export const groups: ValueGen = (rng, ctx) =>
  rng.weighted<() => string>([
    [75, () => wordList(rng, 1, 3, (r) => r.pick(['adm', 'disk', 'wheel', 'video', 'systemd-journal', ctx.template ? '%i' : '%p', '1000']), false)],
    [20, () => ''],
    [2, () => rng.pick(['a:b', 'foo/bar'])],
  ])();

function capabilityWord(rng: Rng): string {
  return rng.weighted<() => string>([
    [82, () => caseMix(rng, rng.pick(CAPABILITIES))],
    [9, () => String(rng.int(0, 64))],
    [9, () => rng.pick(UNKNOWN_CAPABILITIES)],
  ])();
}

/** CapabilityBoundingSet=/AmbientCapabilities=: `~` or not, names in any case, numbers, unknowns, quotes, empty. */
export function capabilities(emptyChance: number): ValueGen {
  return (rng) => {
    if (rng.chance(emptyChance)) return '';
    const tilde = rng.chance(0.4) ? '~' : '';
    if (tilde !== '' && rng.chance(0.05)) return '~';
    const words = wordList(rng, 1, 6, capabilityWord);
    // An unbalanced quote: a syntax error on 252/262, tolerated on 257 (RELAX mode).
    return tilde + (rng.chance(0.02) ? `${words} "CAP_KILL` : words);
  };
}

/** RestrictNamespaces=: booleans, name lists with or without `~`, unknown names (line ignored), empty. */
export const namespaces: ValueGen = (rng, ctx) =>
  rng.weighted<() => string>([
    [25, () => boolWord(rng, rng.chance(0.6))],
    [48, () => (rng.chance(0.45) ? '~' : '') + joinWords(rng, rng.sample(NAMESPACES, rng.int(1, 5)))],
    [7, () => (rng.chance(0.5) ? '~' : '') + joinWords(rng, rng.shuffle([rng.pick(NAMESPACES), rng.pick(UNKNOWN_NAMESPACES)]))],
    [5, () => rng.pick(['time', '~time', '"net"', 'net,ipc'])],
    [10, () => ''],
    [5, () => bool(rng, ctx)],
  ])();

function familyWord(rng: Rng): string {
  return rng.weighted<() => string>([
    [55, () => caseMix(rng, rng.pick(COMMON_FAMILIES))],
    [35, () => caseMix(rng, rng.pick(ADDRESS_FAMILIES))],
    [10, () => rng.pick(UNKNOWN_FAMILIES)],
  ])();
}

/** RestrictAddressFamilies=: `none`, allow- and deny-lists with aliases and unknown names, quotes, empty. */
export const addressFamilies: ValueGen = (rng) =>
  rng.weighted<() => string>([
    [10, () => 'none'],
    [72, () => (rng.chance(0.4) ? '~' : '') + wordList(rng, 1, 5, familyWord)],
    [10, () => ''],
    [3, () => rng.pick(['None', '~none', 'none AF_UNIX'])],
  ])();

function syscallWord(rng: Rng): string {
  const word = rng.weighted<() => string>([
    [30, () => rng.pick(SYSCALL_GROUPS)],
    [45, () => rng.pick(ASSESSED_GROUP_MEMBERS[rng.pick(Object.keys(ASSESSED_GROUP_MEMBERS))] ?? [])],
    [25, () => rng.pick(OTHER_SYSCALLS)],
  ])();
  return rng.chance(0.08) ? `${word}:${rng.pick(SYSCALL_ERRNOS)}` : word;
}

/** A hand-made deny-list of one assessed group: complete, missing one member, or a random part. */
function groupMembersDenyList(rng: Rng): string {
  const members = ASSESSED_GROUP_MEMBERS[rng.pick(Object.keys(ASSESSED_GROUP_MEMBERS))] ?? [];
  const kept = rng.weighted<() => readonly string[]>([
    [40, () => members],
    [35, () => rng.sample(members, members.length - 1)],
    [25, () => rng.sample(members, rng.int(1, members.length))],
  ])();
  return '~' + joinWords(rng, rng.shuffle(kept));
}

/**
 * SystemCallFilter=: allow-lists built on a base group, deny-lists of groups, hand-made member lists,
 * `~…:errno` removals, random mixtures with unknown and non-native names, and empty resets.
 */
export const syscallFilter: ValueGen = (rng) =>
  rng.weighted<() => string>([
    [22, () => joinWords(rng, rng.sample(['@system-service', '@system-service', '@basic-io', '@file-system', '@default', '@network-io', '@process', '@known'], rng.int(1, 2)))],
    [20, () => '~' + joinWords(rng, rng.sample([...Object.keys(ASSESSED_GROUP_MEMBERS), '@cpu-emulation', '@obsolete'], rng.int(1, 6)))],
    [14, () => groupMembersDenyList(rng)],
    [14, () => '~' + joinWords(rng, rng.sample(['@privileged', '@resources', '@mount', '@debug', '@clock', '@module'], rng.int(1, 3))) + (rng.chance(0.5) ? `:${rng.pick(SYSCALL_ERRNOS)}` : '')],
    [20, () => (rng.chance(0.5) ? '~' : '') + wordList(rng, 1, 5, syscallWord, false)],
    [7, () => ''],
    [3, () => rng.pick(['"@system-service"', '~', '@system-service\\', '~@mount @bogus'])],
  ])();

/** SystemCallArchitectures=: `native` mostly, other ABIs, unknown names, duplicates, empty. */
export const architectures: ValueGen = (rng) => (rng.chance(0.1) ? '' : wordList(rng, 1, 3, (r) => r.pick(ARCHITECTURES)));

/** UMask=: random octal masks, common ones, and invalid spellings (ignored). */
export const umask: ValueGen = (rng) =>
  rng.weighted<() => string>([
    [45, () => '0' + Array.from({ length: 3 }, () => String(rng.int(0, 7))).join('')],
    [35, () => rng.pick(['0022', '0077', '0027', '077', '22', '0007', '0002', '0000', '0', '0070', '07777', '0004', '0020', '0040'])],
    [20, () => rng.pick(['0o22', '-022', '99', '08', '10000', '017777', '0022x', '', 'abc', '+022', '0x12'])],
  ])();

/** Delegate=: booleans, empty (means yes), controller lists with unknown names. */
export const delegate: ValueGen = (rng, ctx) =>
  rng.weighted<() => string>([
    [50, () => bool(rng, ctx)],
    [15, () => ''],
    [35, () => joinWords(rng, rng.sample(['cpu', 'memory', 'io', 'pids', 'cpuset', 'bogus', 'CPU'], rng.int(1, 3)))],
  ])();

/** DeviceAllow=: a device path or class, then rights (valid, empty, invalid); or empty (clears the list). */
export const deviceAllow: ValueGen = (rng) => {
  if (rng.chance(0.08)) return '';
  const path = rng.pick(DEVICE_PATHS);
  if (rng.chance(0.2)) return path;
  return path + rng.weighted([[90, ' '], [10, '\t']]) + rng.pick(DEVICE_RIGHTS);
};

/** IPAddressAllow=: one to three address words, often localhost-only spellings; sometimes empty (clears). */
export const ipAllow: ValueGen = (rng) =>
  rng.weighted<() => string>([
    [62, () => wordList(rng, 1, 3, (r) => r.pick(IP_ADDRESSES), false)],
    [30, () => joinWords(rng, rng.sample(['localhost', '127.0.0.1', '::1', '127.0.0.0/8', '::1/64', 'LOCALHOST', 'a.localhost'], rng.int(1, 2)))],
    [8, () => ''],
  ])();

/** IPAddressDeny=: biased towards `any` and /0 pairs, which is what makes the deny-all row reachable. */
export const ipDeny: ValueGen = (rng) =>
  rng.weighted<() => string>([
    [45, () => 'any'],
    [12, () => rng.pick(['0.0.0.0/0 ::/0', '::/0 0.0.0.0/0', '0.0.0.0/0', '::/0', '10.0.0.0/0 ::1/0'])],
    [35, () => wordList(rng, 1, 3, (r) => r.pick(IP_ADDRESSES), false)],
    [8, () => ''],
  ])();

/** IPIngressFilterPath=/IPEgressFilterPath=: absolute paths (kept), relative ones (ignored), empty (clears). */
export const filterPath: ValueGen = (rng) =>
  rng.weighted<() => string>([[70, () => rng.pick(['/sys/fs/bpf/ingress', '/sys/fs/bpf/%p', '/sys/fs/bpf//x', '/sys/fs/bpf/%z', '/sys/fs/bpf/%i'])], [15, () => rng.pick(RELATIVE_PATHS)], [15, () => '']])();

/** RootDirectory=/RootImage=: absolute paths (incl. `/` and unsimplified ones), empty, rarely relative (fatal). */
export function rootPath(images: boolean): ValueGen {
  return (rng) =>
    rng.weighted<() => string>([
      [70, () => (images ? rng.pick(['/var/lib/machines/x.raw', '/srv//img.raw', '/', '/srv/%p.raw']) : rng.pick(ABSOLUTE_PATHS))],
      [18, () => ''],
      [3, () => rng.pick(RELATIVE_PATHS)],
    ])();
}

/** A specifier-bearing word, for settings that expand specifiers. */
export const specifier: ValueGen = (rng) => rng.pick(SPECIFIERS);
