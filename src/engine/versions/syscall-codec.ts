/**
 * The compact text form of the syscall data of all versions at once, and its decoder. Each syscall
 * name is stored once for every version, with flags saying which groups it is in and what
 * libseccomp knows of it, because the names are most of the bytes and the versions share nearly
 * all of them (eight versions cost about a fifth more than one this way).
 *
 * - `letters`: every group name of any version, separated by `,`: a group's letter is `A`–`Z`,
 *   `a`–`z` by its position here;
 * - `groups`: one line per version (in the caller's order of versions), its groups in
 *   systemd's order separated by `,`, each written as its letter followed by the letters of the
 *   `@sub` groups it lists first (`RDE`: `@privileged`, which starts with `@chown @clock`);
 * - `names`: every syscall name, in JavaScript's default sort order, front-coded (see
 *   {@link frontCode}): sorted names share long prefixes (`clock_getres`, `clock_getres_time64`),
 *   which this drops, where gzip could only shorten them;
 * - `flags`: for each name in that order, separated by ` `: FLAGS, group letters, `*` (native on
 *   x86_64) or `+` (known, not native); or, when versions differ, one FLAGS per version (empty when
 *   the version lacks the name) written as runs (slot-runs.ts: `3|Hb*` = none in slots 0–2, `Hb*`
 *   after). A letter of a group a version does not have is ignored for that version, so the
 *   generator may set it there when that makes the versions' flags equal.
 *
 * systemd lists a group's `@sub` references first and then its names sorted, so walking the names
 * in order rebuilds every group's members in systemd's order (the generator checks that it does).
 */

import { valueAt } from './slot-runs.ts';

/** One version's decoded syscall data, without aliases (see syscalls.ts). */
export interface DecodedSyscalls {
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly native: ReadonlySet<string>;
  readonly known: ReadonlySet<string>;
}

/** The four strings of the compact form (see the module comment). */
export interface EncodedSyscalls {
  readonly groups: string;
  readonly letters: string;
  readonly names: string;
  readonly flags: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The flag letter of the group at `index` of the letter list (at most 52 groups). */
export function groupLetter(index: number): string {
  const letter = LETTERS[index];
  if (letter === undefined) throw new Error(`syscall data: more than ${LETTERS.length} groups`);
  return letter;
}

/**
 * Front coding: each name becomes one capital letter saying how many leading characters it shares
 * with the name before it (`A` none … `Z` 25), then the rest of it; the results are joined with no
 * separator (the capitals mark where a name starts). `['clock_getres', 'clock_getres_time64']` →
 * `Aclock_getresM_time64`. Throws for a name with a character outside `a-z`, `0-9` and `_` (it
 * could not be told from a marker) and for an empty name.
 */
export function frontCode(names: readonly string[]): string {
  let previous = '';
  return names.map((name) => {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`syscall name ${JSON.stringify(name)} cannot be front-coded`);
    let shared = 0;
    while (shared < 25 && shared < name.length && name[shared] === previous[shared]) shared++;
    previous = name;
    return LETTERS[shared]! + name.slice(shared);
  }).join('');
}

/** The names {@link frontCode} wrote, in order. */
export function frontDecode(coded: string): string[] {
  const names: string[] = [];
  let previous = '';
  for (const [, marker = 'A', rest = ''] of coded.matchAll(/([A-Z])([^A-Z]*)/g)) {
    previous = previous.slice(0, LETTERS.indexOf(marker)) + rest;
    names.push(previous);
  }
  return names;
}

/**
 * Decodes version number `slot` (0-based line of `encoded.groups`) of the compact form. Does not
 * cache; an out-of-range slot gives empty data.
 */
export function decodeSyscalls(encoded: EncodedSyscalls, slot: number): DecodedSyscalls {
  const letters = encoded.letters.split(',');
  const groups = new Map<string, string[]>();
  const native = new Set<string>();
  const known = new Set<string>();
  const versionGroups = encoded.groups.split('\n')[slot];
  if (versionGroups === undefined) return { groups, native, known };
  for (const group of versionGroups.split(',')) {
    const [name = '', ...refs] = [...group].map((letter) => letters[LETTERS.indexOf(letter)] ?? '');
    groups.set(name, refs);
  }
  const flagsOf = encoded.flags.split(' ');
  frontDecode(encoded.names).forEach((name, i) => {
    const all = flagsOf[i] ?? '';
    const flags = valueAt(all, slot);
    for (const flag of flags) {
      if (flag === '*') native.add(name);
      if (flag === '*' || flag === '+') known.add(name);
      else groups.get(letters[LETTERS.indexOf(flag)] ?? '')?.push(name);
    }
  });
  return { groups, native, known };
}
