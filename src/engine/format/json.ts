/**
 * The `--json=short` and `--json=pretty` output of `systemd-analyze security` (spec §8): only the
 * rows, in printed order, with no overall score.
 */
import type { Report, Row } from '../types.ts';
import { sortRows } from './sort.ts';
import { formatExposure } from './text.ts';

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * A JSON string literal as systemd's JSON writer emits it: `"` and `\` escaped, `\b \f \n \r \t`
 * by name, other characters below U+0020 as `\u00xx` in lowercase hex; DEL, `/` and everything
 * non-ASCII are written as they are (raw UTF-8 once encoded).
 */
export function jsonString(s: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = s.replace(/["\\\u0000-\u001f]/g, (c) =>
    SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}

/** The five fields of one row, in systemd's key order, as [key, JSON value] pairs. */
function fields(row: Row): [string, string][] {
  return [
    ['set', row.set === null ? 'null' : String(row.set)],
    ['name', jsonString(row.name)],
    ['json_field', jsonString(row.id)],
    ['description', row.description === null ? 'null' : jsonString(row.description)],
    ['exposure', row.exposure === null ? 'null' : jsonString(formatExposure(row.exposure))],
  ];
}

/**
 * The stdout of a `--json=MODE` run, byte for byte, ending in `\n`: an array of
 * `{set, name, json_field, description, exposure}` objects in the order `sortRows()` gives.
 * `set` is true/false/null; `exposure` is a string such as `"0.2"` or null; `description` is null
 * for an empty cell. `short` is one line without spaces; `pretty` indents with tabs and writes
 * `"key" : value`, one key per line. An empty report prints `[]`.
 */
export function formatJson(report: Report, mode: 'short' | 'pretty'): string {
  const rows = sortRows(report.rows, report.version);
  if (rows.length === 0) return '[]\n';
  if (mode === 'short') {
    const objects = rows.map((row) => `{${fields(row).map(([k, v]) => `"${k}":${v}`).join(',')}}`);
    return `[${objects.join(',')}]\n`;
  }
  const objects = rows.map(
    (row) => `\t{\n${fields(row).map(([k, v]) => `\t\t"${k}" : ${v}`).join(',\n')}\n\t}`,
  );
  return `[\n${objects.join(',\n')}\n]\n`;
}
