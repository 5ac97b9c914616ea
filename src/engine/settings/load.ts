/**
 * Loads a unit the way systemd-analyze's offline manager does: the unit file, then its drop-ins in
 * order, each assignment applied through the directive table, then the implications. Stops at the
 * first fatal error, as systemd does.
 */
import type { Diagnostic, Span, UnitFile } from '../types.ts';
import type { VersionProfile } from '../versions/profile.ts';
import type { SyscallTables } from './syscall-tables.ts';
import type { ApplyContext } from './context.ts';
import type { KeyCatalogue } from '../unit/parse.ts';
import type { SpecifierContext } from '../unit/specifiers.ts';
import { parseUnitFile } from '../unit/parse.ts';
import { initialState, type Field, type LoadState } from './state.ts';
import { handlerFor } from './table.ts';
import { applyImplications } from './implications.ts';

/** The outcome of loading: the state, everything printed on the way, and the fatal error if any. */
export interface LoadResult {
  readonly state: LoadState;
  readonly diagnostics: Diagnostic[];
  /** `parse` = the file could not be parsed (bad section header); `setting` = a fatal value. */
  readonly fatal: { readonly kind: 'parse' | 'setting'; readonly diagnostic: Diagnostic } | null;
}

/** Everything `loadUnit` needs besides the files. */
export interface LoadInput {
  readonly files: readonly UnitFile[];
  readonly profile: VersionProfile;
  readonly syscalls: SyscallTables;
  readonly catalogue: KeyCatalogue;
  readonly unit: SpecifierContext;
}

/**
 * The {@link ApplyContext} of one load, moved on from assignment to assignment: one object for the
 * whole load rather than an object and three closures per line.
 */
class LoadContext implements ApplyContext {
  readonly profile: VersionProfile;
  readonly syscalls: SyscallTables;
  readonly unit: SpecifierContext;
  readonly state: LoadState;
  readonly diagnostics: Diagnostic[] = [];
  section = '';
  key = '';
  value = '';
  span: Span = { file: '', line: 0, start: 0, end: 0 };
  /** The first fatal error of the current assignment. */
  fatalError: Diagnostic | null = null;

  constructor(input: LoadInput, state: LoadState) {
    this.profile = input.profile;
    this.syscalls = input.syscalls;
    this.unit = input.unit;
    this.state = state;
  }

  warn(code: string, args: Record<string, string> = {}): void {
    this.diagnostics.push({ code, severity: 'warning', span: this.span, args });
  }

  fatal(code: string, args: Record<string, string> = {}): void {
    this.fatalError ??= { code, severity: 'error', span: this.span, args };
  }

  touch(field: Field, reset = false): void {
    touch(this.state, field, this.span, reset);
  }
}

/** Reads `files` (unit first, then drop-ins, already ordered) into a {@link LoadState}. */
export function loadUnit(input: LoadInput): LoadResult {
  const state = initialState(input.unit.type);
  const ctx = new LoadContext(input, state);
  const diagnostics = ctx.diagnostics;
  for (const file of input.files) {
    const parsed = parseUnitFile(file, input.catalogue);
    const isUnitFile = file === input.files[0];
    for (const event of parsed.events) {
      if (event.kind === 'diagnostic') {
        diagnostics.push(event.diagnostic);
        continue;
      }
      const { section, key, value, span } = event.assignment;
      const handler = handlerFor(section, key);
      if (handler === undefined) continue;
      ctx.section = section;
      ctx.key = key;
      ctx.value = value;
      ctx.span = span;
      ctx.fatalError = null;
      handler(state, ctx);
      const fatal = ctx.fatalError;
      if (fatal !== null) {
        diagnostics.push(fatal);
        // A fatal value fails the load when it is in the unit file; in a drop-in it only ends that file.
        if (isUnitFile) return { state, diagnostics, fatal: { kind: 'setting', diagnostic: fatal } };
        break;
      }
    }
    // A malformed drop-in only loses its own remaining lines; a malformed unit file fails the load.
    if (parsed.fatal !== null && isUnitFile) return { state, diagnostics, fatal: { kind: 'parse', diagnostic: parsed.fatal } };
  }
  applyImplications(state, input.profile, input.unit.prefix);
  return { state, diagnostics, fatal: null };
}

function touch(state: LoadState, field: Field, span: Span, reset: boolean): void {
  // Appended in place: copying the list per assignment is quadratic in a unit that repeats a key
  // thousands of times. Nothing holds on to these arrays before loading ends.
  const spans = reset ? undefined : state.spans.get(field);
  if (spans === undefined) state.spans.set(field, [span]);
  else spans.push(span);
}
