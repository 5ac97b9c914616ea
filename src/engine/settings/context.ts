/**
 * What a setting's handler gets: the assignment, the version profile, and ways to report.
 * Handlers mutate the {@link LoadState} and never throw.
 */
import type { Span } from '../types.ts';
import type { SpecifierContext } from '../unit/specifiers.ts';
import type { VersionProfile } from '../versions/profile.ts';
import type { SyscallTables } from './syscall-tables.ts';
import type { Field, LoadState } from './state.ts';

/** One assignment being applied. */
export interface ApplyContext {
  readonly profile: VersionProfile;
  readonly syscalls: SyscallTables;
  readonly section: string;
  readonly key: string;
  readonly value: string;
  readonly span: Span;
  readonly unit: SpecifierContext;
  /** Logs a warning at this assignment; the value is ignored (or partly applied) as the handler decides. */
  warn(code: string, args?: Record<string, string>): void;
  /** Records a fatal error: the unit will be refused after loading. */
  fatal(code: string, args?: Record<string, string>): void;
  /**
   * Records that this assignment decided `field`. With `reset`, earlier assignments no longer count
   * (the value was replaced rather than merged).
   */
  touch(field: Field, reset?: boolean): void;
}

/** Applies one assignment of one setting. */
export type Handler = (state: LoadState, ctx: ApplyContext) => void;
