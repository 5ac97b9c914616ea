/**
 * Syscall groups and libseccomp's known syscall names per systemd version (x86_64), as
 * `systemd-analyze syscall-filter` and the libseccomp each version ships with report them.
 */
import type { SystemdVersion } from '../types.ts';
import { decodeSyscalls } from './syscall-codec.ts';
import { SYSCALLS, SYSCALL_VERSIONS } from './generated/syscall-data.ts';
import { SYSCALL_ALIASES } from './generated/syscall-aliases.ts';

/** One version's syscall data. */
export interface SyscallData {
  /**
   * `@group` → its members in systemd's order: `@sub` group references and the syscall names
   * libseccomp knows in this version. systemd skips the names libseccomp cannot resolve when it
   * builds a filter, and the analyzer looks at native names only, so those are left out of the
   * data (see scripts/gen-engine-data.ts): `@known` lists Alpha's `osf_*` calls, for instance.
   */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  /** Names libseccomp knows as native x86_64 syscalls. */
  readonly native: ReadonlySet<string>;
  /** Every name libseccomp knows (native ∪ non-native, e.g. `_llseek`, `ipc`); others are dropped when parsed. */
  readonly known: ReadonlySet<string>;
  /**
   * Names libseccomp gives the same number as another name (a libseccomp quirk) → the name that
   * stands for that number. systemd keys its filter by number, so such names are one entry.
   */
  readonly aliases: ReadonlyMap<string, string>;
  /** Each filter key (a known name, aliases resolved) → a small integer of its own, from 0. */
  readonly slots: ReadonlyMap<string, number>;
}

const dataCache = new Map<SystemdVersion, SyscallData>();

/**
 * The syscall groups and known names of `version`, decoded on first use and cached, so repeated
 * calls return the same object. Groups keep systemd's order (`@default` first).
 */
export function syscallData(version: SystemdVersion): SyscallData {
  let data = dataCache.get(version);
  if (data === undefined) {
    const aliases = new Map<string, string>();
    for (const cls of SYSCALL_ALIASES[version] ?? []) for (const name of cls) aliases.set(name, cls[0] as string);
    const decoded = decodeSyscalls(SYSCALLS, SYSCALL_VERSIONS.indexOf(version));
    const slots = new Map<string, number>();
    for (const name of decoded.known) {
      const key = aliases.get(name) ?? name;
      if (!slots.has(key)) slots.set(key, slots.size);
    }
    data = { ...decoded, aliases, slots };
    dataCache.set(version, data);
  }
  return data;
}
