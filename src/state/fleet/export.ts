/**
 * The fleet as CSV and JSON, for download. Both have one record per service, in the table's order,
 * with the same fields:
 *
 * | field | CSV column | JSON | what |
 * | --- | --- | --- | --- |
 * | unit | `unit` | string | the unit name |
 * | exposure | `exposure` | string or null | the EXPOSURE cell as printed (`5.4`); empty/null when not analysed |
 * | predicate | `predicate` | string or null | PERFECT, SAFE, OK, MEDIUM, EXPOSED, UNSAFE or DANGEROUS |
 * | happy | `happy` | string or null | the HAPPY cell on a UTF-8 terminal (an emoji) |
 * | listed | `listed` | boolean (`true`/`false` in CSV) | whether the overview prints a line for it (live: not refused, not `Type=oneshot`) |
 * | note | `note` | string or null | why not, or systemd's refusal message (see notes.ts) |
 * | folder | `folder` | string | the folder its unit file was taken from (`/etc/systemd/system`) |
 * | dropIns | `drop_ins` | string[] (CSV: joined by a space) | its drop-ins, in the order applied, each as `FOLDER/NAME.d/FILE.conf` |
 * | aliases | `aliases` | string[] (CSV: joined by a space) | the names linked to it as aliases |
 *
 * The first four are the keys of `systemd-analyze security --json=short`'s overview. The CSV is
 * RFC 4180: a header line, CRLF line ends, every field quoted (no text is ever mistaken for a number).
 */
import type { AnalysisMode } from '../engine.ts';
import { noteText } from './notes.ts';
import type { FleetRow } from './rows.ts';

/** One exported record. */
export interface FleetRecord {
  readonly unit: string;
  readonly exposure: string | null;
  readonly predicate: string | null;
  readonly happy: string | null;
  readonly listed: boolean;
  readonly note: string | null;
  readonly folder: string;
  readonly dropIns: readonly string[];
  readonly aliases: readonly string[];
}

/** A row as its exported record (see the module comment for each field). */
export function fleetRecord(row: FleetRow, mode: AnalysisMode): FleetRecord {
  const note = noteText(row.note, mode);
  return {
    unit: row.unit,
    exposure: row.exposureText,
    predicate: row.predicate,
    happy: row.happy,
    listed: row.listed,
    note: note === '' ? null : note,
    folder: row.source.folder,
    dropIns: row.source.dropIns.map((d) => `${d.folder.replace(/\/$/, '')}/${d.rel}`),
    aliases: row.source.aliases,
  };
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['unit', 'exposure', 'predicate', 'happy', 'listed', 'note', 'folder', 'drop_ins', 'aliases'] as const;

const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** The rows as CSV (see the module comment), ending in CRLF; only the header for no rows. */
export function fleetCsv(rows: readonly FleetRow[], mode: AnalysisMode): string {
  const lines = rows.map((row) => {
    const r = fleetRecord(row, mode);
    return [r.unit, r.exposure ?? '', r.predicate ?? '', r.happy ?? '', String(r.listed), r.note ?? '', r.folder, r.dropIns.join(' '), r.aliases.join(' ')].map(quote).join(',');
  });
  return [CSV_COLUMNS.join(','), ...lines].map((l) => `${l}\r\n`).join('');
}

/** The rows as a JSON array of {@link FleetRecord}s, two-space indented, ending in `\n`. */
export function fleetJson(rows: readonly FleetRow[], mode: AnalysisMode): string {
  return `${JSON.stringify(rows.map((r) => fleetRecord(r, mode)), null, 2)}\n`;
}
