/**
 * A small reader of unit-file assignments, used only by lesson goals that speak about what the user
 * wrote (e.g. "ExecStart= is unchanged", "AF_INET stays allowed") rather than about a scored row.
 * Scores always come from the engine; this never scores anything.
 *
 * It follows systemd's line rules that matter for such goals (comments, `\` continuations, sections,
 * drop-in order) and deliberately ignores the rest (BOM, invalid UTF-8, fatal section errors): a unit
 * the engine refuses fails every goal anyway.
 */
import { dropInsOf, type SystemdVersion, type UnitFile } from '../engine.ts';

/** One `Key=value` line, after continuation joining and trimming. */
export interface Assignment {
  /** The file it came from ({@link UnitFile.path}). */
  readonly file: string;
  /** Section name without brackets, e.g. `Service`; `''` before the first header. */
  readonly section: string;
  readonly key: string;
  /** The value with surrounding whitespace removed; may be `''` (a reset for most list settings). */
  readonly value: string;
}

/**
 * Physical lines → logical lines: a line ending in an odd number of backslashes continues on the next
 * one (the backslash becomes a space), comment lines inside a continuation are skipped, and an empty
 * line ends it. Returned lines are trimmed; comments and empty lines are dropped.
 */
export function logicalLines(text: string): string[] {
  const out: string[] = [];
  let pending: string | null = null;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const trimmed = raw.trim();
    const isComment = trimmed.startsWith('#') || trimmed.startsWith(';');
    if (pending !== null) {
      if (isComment) continue;
      if (trimmed === '') {
        out.push(pending.trim());
        pending = null;
        continue;
      }
      pending += raw;
    } else {
      if (trimmed === '' || isComment) continue;
      pending = raw;
    }
    const trailing = /\\+$/.exec(pending)?.[0].length ?? 0;
    if (trailing % 2 === 1) {
      pending = `${pending.slice(0, -1)} `;
    } else {
      out.push(pending.trim());
      pending = null;
    }
  }
  if (pending !== null && pending.trim() !== '') out.push(pending.trim());
  return out;
}

/** All assignments of one file, in order. Lines without `=` and section headers are not assignments. */
export function fileAssignments(file: UnitFile): Assignment[] {
  const out: Assignment[] = [];
  let section = '';
  for (const line of logicalLines(file.text)) {
    if (line.startsWith('[')) {
      section = line.endsWith(']') ? line.slice(1, -1) : section;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    out.push({ file: file.path, section, key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return out;
}

/**
 * Every assignment that applies to the unit, in the order systemd applies them: the unit file, then
 * its drop-ins (`*.conf`) sorted by file name across all applicable folders; a same-named drop-in in a
 * more specific folder masks the others (the engine's `dropInsOf` chooses and orders them). `unit`
 * defaults to the first file whose path has no `/`. Files that are neither the unit nor one of its
 * drop-ins are ignored. Returns `[]` without a unit.
 */
export function readAssignments(files: readonly UnitFile[], version: SystemdVersion, unit?: string): Assignment[] {
  const main = files.find((f) => (unit === undefined ? !f.path.includes('/') : f.path === unit));
  if (main === undefined) return [];
  return [main, ...dropInsOf(files, main.path, version)].flatMap(fileAssignments);
}

/** The assignments of `key` in `[section]` (default `Service`), in application order. */
export function assignmentsOf(all: readonly Assignment[], key: string, section = 'Service'): Assignment[] {
  return all.filter((a) => a.section === section && a.key === key);
}

const TRUE_WORDS = new Set(['1', 'yes', 'y', 'true', 't', 'on']);
const FALSE_WORDS = new Set(['0', 'no', 'n', 'false', 'f', 'off']);

/** systemd's boolean words, case-insensitive: `true`, `false`, or `null` when the value is not one. */
export function parseBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return null;
}

/**
 * The effective value of a boolean setting: the last valid boolean wins; empty and invalid values are
 * ignored (systemd keeps the previous value). `false` when never validly set.
 */
export function effectiveBoolean(all: readonly Assignment[], key: string): boolean {
  let value = false;
  for (const a of assignmentsOf(all, key)) value = parseBoolean(a.value) ?? value;
  return value;
}
