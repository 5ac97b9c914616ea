/**
 * Loads a unit the way systemd-analyze's offline manager does: the unit file, then its drop-ins in
 * order, each assignment applied through the directive table, then the implications. Stops at the
 * first fatal error, as systemd does.
 */
import type { Diagnostic, Span, UnitFile } from '../types.ts';
import type { VersionProfile } from '../versions/profile.ts';
import type { SyscallTables } from './syscall-tables.ts';
import type { ApplyContext } from './context.ts';
import type { KeyCatalogue, LinePlace, ParseSink } from '../unit/parse.ts';
import type { SpecifierContext } from '../unit/specifiers.ts';
import { readUnitFile } from '../unit/parse.ts';
import { initialState, type Field, type LoadState } from './state.ts';
import { handlerFor } from './table.ts';
import { applyImplications } from './implications.ts';
import { applyLiveView } from './live-view.ts';

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
 * whole load rather than an object and three closures per line. It is also where the parser hands
 * each line ({@link ParseSink}), so assignments are applied as they are read, with no list between.
 */
class LoadContext implements ApplyContext, ParseSink {
  readonly profile: VersionProfile;
  readonly syscalls: SyscallTables;
  readonly unit: SpecifierContext;
  readonly state: LoadState;
  readonly diagnostics: Diagnostic[] = [];
  /** The path of the file being read, for spans. */
  file = '';
  section = '';
  key = '';
  value = '';
  span: Span = { file: '', line: 0, start: 0, end: 0 };
  /** The first fatal error of the current assignment. */
  fatalError: Diagnostic | null = null;
  /** The fatal value that stopped the current file, if one did. */
  fileFatal: Diagnostic | null = null;

  constructor(input: LoadInput, state: LoadState) {
    this.profile = input.profile;
    this.syscalls = input.syscalls;
    this.unit = input.unit;
    this.state = state;
  }

  assignment(section: string, key: string, value: string, place: LinePlace): boolean {
    const handler = handlerFor(section, key);
    if (handler === undefined) return true;
    this.section = section;
    this.key = key;
    this.value = value;
    this.span = { file: this.file, line: place.line, start: place.start, end: place.end };
    this.fatalError = null;
    handler(this.state, this);
    const fatal = this.fatalError;
    if (fatal === null) return true;
    this.diagnostics.push(fatal);
    this.fileFatal = fatal;
    return false;
  }

  diagnostic(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
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
    ctx.file = file.path;
    ctx.fileFatal = null;
    if (file.mode !== undefined) warnPermissions(file.path, file.mode, diagnostics);
    const parseFatal = readUnitFile(file, input.catalogue, ctx);
    const isUnitFile = file === input.files[0];
    // A fatal value fails the load when it is in the unit file; in a drop-in it only ends that file.
    if (ctx.fileFatal !== null) {
      if (isUnitFile) return { state, diagnostics, fatal: { kind: 'setting', diagnostic: ctx.fileFatal } };
      continue;
    }
    // A malformed drop-in only loses its own remaining lines; a malformed unit file fails the load.
    if (parseFatal !== null && isUnitFile) return { state, diagnostics, fatal: { kind: 'parse', diagnostic: parseFatal } };
  }
  applyImplications(state, input.profile, input.unit.prefix);
  applyLiveView(state, input.profile);
  return { state, diagnostics, fatal: null };
}

/** systemd's stat_warn_permissions(): an execute bit, then a world-write bit, each a warning of its own. */
function warnPermissions(path: string, mode: number, diagnostics: Diagnostic[]): void {
  if ((mode & 0o111) !== 0) diagnostics.push({ code: 'marked-executable', severity: 'warning', args: { path } });
  if ((mode & 0o002) !== 0) diagnostics.push({ code: 'marked-world-writable', severity: 'warning', args: { path } });
}

function touch(state: LoadState, field: Field, span: Span, reset: boolean): void {
  // Appended in place: copying the list per assignment is quadratic in a unit that repeats a key
  // thousands of times. Nothing holds on to these arrays before loading ends.
  const spans = reset ? undefined : state.spans.get(field);
  if (spans === undefined) state.spans.set(field, [span]);
  else spans.push(span);
}
