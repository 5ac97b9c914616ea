/**
 * The fleet's notes in words, one sentence each, for the table and the exports: why a service has
 * no line in the real overview, or what systemd says instead of a score.
 */
import type { AnalysisMode } from '../engine.ts';
import type { FleetNote } from './rows.ts';

/** The note as text: systemd's own message for a refusal (with the loader's reason when known). */
export function noteText(note: FleetNote | null, mode: AnalysisMode): string {
  if (note === null) return '';
  switch (note.kind) {
    case 'refused':
      return note.detail === null ? note.message : `${note.message} (${note.detail})`;
    case 'oneshot':
      return mode === 'live' ? 'Not in the overview: Type=oneshot.' : 'Type=oneshot.';
    case 'missing':
      return `Links to ${note.target}, which is not among the files given.`;
  }
}
