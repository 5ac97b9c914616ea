/**
 * Writing the planner's drop-in: the chosen candidates' lines under `[Service]`, each commented with
 * what it stops and what it can break (from the setting pages, via the generated notes), the `~`
 * lists of capabilities and system call groups merged into one line each.
 */
import type { CandidateLine } from './candidates.ts';
import { PLANNER_NOTES } from './generated/notes.ts';
import type { PlannedAssignment, PlannedDropIn } from './types.ts';

/** One candidate's contribution: the note that comments it and its lines, in order. */
export interface DropInEntry {
  readonly note: string;
  readonly lines: readonly CandidateLine[];
}

/**
 * Keys whose `~` lines add up (each removes more), with the note that comments the merged line.
 * Merging changes nothing for systemd: `~A` then `~B` is `~A B`.
 */
const MERGED_NOTES: Readonly<Record<string, string>> = {
  CapabilityBoundingSet: 'family:capabilities',
  SystemCallFilter: 'family:system-call-filter',
};

/** The drop-in's name, as the issue and `systemctl edit --drop-in=` call it. */
export const DROP_IN_NAME = 'hardening.conf';

/** The drop-in's path relative to the unit's folder: `nginx.service.d/hardening.conf`. */
export function dropInPathFor(unitPath: string): string {
  return `${unitPath}.d/${DROP_IN_NAME}`;
}

/** Where the drop-in goes on a server. */
export function serverPathFor(unitPath: string): string {
  return `/etc/systemd/system/${dropInPathFor(unitPath)}`;
}

/** A line with its comment, before merging. */
interface Commented {
  readonly key: string;
  readonly value: string;
  readonly note: string | null;
}

/** The entries' lines in order, commented once per entry, `~` lists merged, repeated lines dropped. */
function assignmentsOf(entries: readonly DropInEntry[]): Commented[] {
  const out: Commented[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    entry.lines.forEach((line, i) => {
      const text = `${line.key}=${line.value}`;
      if (seen.has(text)) return;
      seen.add(text);
      const previous = out.at(-1);
      const merged = MERGED_NOTES[line.key];
      if (merged !== undefined && previous?.key === line.key && previous.value.startsWith('~') && line.value.startsWith('~')) {
        out[out.length - 1] = { key: line.key, value: `${previous.value} ${line.value.slice(1)}`, note: merged };
        return;
      }
      out.push({ key: line.key, value: line.value, note: i === 0 ? entry.note : null });
    });
  }
  return out;
}

/** `# ` before each line of a comment block; an empty line stays a bare `#`. */
const comment = (lines: readonly string[]): string => lines.map((l) => (l === '' ? '#\n' : `# ${l}\n`)).join('');

/**
 * The drop-in for `unitPath` with `entries` (in the order written) under `header` comment lines.
 * A note missing from the content gives empty `stops`/`breaks` (a test keeps every note present).
 */
export function renderDropIn(unitPath: string, entries: readonly DropInEntry[], header: readonly string[] = []): PlannedDropIn {
  const assignments: PlannedAssignment[] = assignmentsOf(entries).map(({ key, value, note }) => {
    const text = note === null || value === '' ? undefined : PLANNER_NOTES[note];
    return { key, value, stops: text?.stops ?? '', breaks: text?.breaks ?? '' };
  });
  let text = header.length > 0 ? `${comment(header)}\n` : '';
  text += '[Service]\n';
  for (const a of assignments) {
    const notes = [a.stops === '' ? null : `Stops: ${a.stops}.`, a.breaks === '' ? null : `Can break: ${a.breaks}.`].filter((l) => l !== null);
    text += `${comment(notes)}${a.key}=${a.value}\n`;
  }
  return { unit: unitPath, path: serverPathFor(unitPath), assignments, text };
}
