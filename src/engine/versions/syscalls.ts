/**
 * Syscall groups and libseccomp's known syscall names per systemd version (x86_64), as
 * `systemd-analyze syscall-filter` and the libseccomp each version ships with report them.
 */
import type { SystemdVersion } from '../types.ts';
import { applyDelta } from './delta.ts';
import { SYSCALLS_252, SYSCALLS_DELTAS } from './generated/syscall-data.ts';
import { SYSCALL_ALIASES } from './generated/syscall-aliases.ts';

/** One version's syscall data. */
export interface SyscallData {
  /** `@group` → its members in systemd's order: syscall names and `@sub` group references. */
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
}

const lineCache = new Map<SystemdVersion, readonly string[]>();
const dataCache = new Map<SystemdVersion, SyscallData>();

function linesOf(version: SystemdVersion): readonly string[] {
  let lines = lineCache.get(version);
  if (lines === undefined) {
    lines = version === '252'
      ? SYSCALLS_252.split('\n')
      : applyDelta(linesOf(version === '257' ? '252' : '257'), SYSCALLS_DELTAS[version]);
    lineCache.set(version, lines);
  }
  return lines;
}

function decode(lines: readonly string[]): Omit<SyscallData, 'aliases'> {
  const groups = new Map<string, string[]>();
  const native = new Set<string>();
  const nonNative = new Set<string>();
  let target: string[] | Set<string> = [];
  for (const line of lines) {
    if (line === '=native') target = native;
    else if (line === '=non-native') target = nonNative;
    else if (line.startsWith('=')) groups.set(line.slice(1), (target = []));
    else if (Array.isArray(target)) target.push(line);
    else target.add(line);
  }
  return { groups, native, known: new Set([...native, ...nonNative]) };
}

/**
 * The syscall groups and known names of `version`, decoded on first use and cached, so repeated
 * calls return the same object. Groups keep systemd's order (`@default` first).
 */
export function syscallData(version: SystemdVersion): SyscallData {
  let data = dataCache.get(version);
  if (data === undefined) {
    const aliases = new Map<string, string>();
    for (const cls of SYSCALL_ALIASES[version] ?? []) for (const name of cls) aliases.set(name, cls[0] as string);
    data = { ...decode(linesOf(version)), aliases };
    dataCache.set(version, data);
  }
  return data;
}
