/**
 * Syscall groups and libseccomp's known syscall names per systemd version (x86_64), as
 * `systemd-analyze syscall-filter` and the libseccomp each version ships with report them.
 */
import type { SystemdVersion } from '../types.ts';
import type { SyscallTables } from '../settings/syscall-tables.ts';
import { decodeSyscalls } from './syscall-codec.ts';
import { SYSCALLS, SYSCALL_VERSIONS } from './generated/syscall-data.ts';
import { SYSCALL_ALIASES } from './generated/syscall-aliases.ts';

/** One version's syscall data: the tables the loader and the checks read (see {@link SyscallTables}). */
export type SyscallData = SyscallTables;

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
