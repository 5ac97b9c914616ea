/**
 * The syscall knowledge one version needs: group members in systemd's order, and the names
 * libseccomp knows (all, and those with a real x86_64 number). Supplied by `versions/`.
 */

/** Syscall groups and libseccomp's name lists for one systemd version. */
export interface SyscallTables {
  /** `@group` → members in order; a member is a syscall name or another `@group`. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  /** Names with an x86_64 syscall number. */
  readonly native: ReadonlySet<string>;
  /** Every name libseccomp resolves (native or not). */
  readonly known: ReadonlySet<string>;
  /** Names that share another name's number → that name (the filter's key). */
  readonly aliases: ReadonlyMap<string, string>;
  /** Each filter key (a known name, aliases resolved) → a small integer of its own, from 0. */
  readonly slots: ReadonlyMap<string, number>;
}
