/**
 * The syscall knowledge one version needs: group members in systemd's order, and the names
 * libseccomp knows (all, and those with a real x86_64 number). Supplied by `versions/`.
 */

/** Syscall groups and libseccomp's name lists for one systemd version (x86_64). */
export interface SyscallTables {
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
