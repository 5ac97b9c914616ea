/**
 * Tallies what the real analyzer reported for generated units, to check that the generator reaches
 * every assessor row in every state (✓, ✗ at each badness level, N/A) and every rating band. Works
 * on the analyzer's own output, so it needs no engine.
 */
import type { OracleRun } from '../../scripts/lib/oracle.ts';

/** Counts per row name and state, plus refusals and overall bands. */
export interface Coverage {
  readonly rows: Map<string, Map<string, number>>;
  readonly bands: Map<string, number>;
  units: number;
  refused: number;
}

/** An empty tally. */
export function newCoverage(): Coverage {
  return { rows: new Map(), bands: new Map(), units: 0, refused: 0 };
}

interface JsonRow {
  readonly set: boolean | null;
  readonly name: string;
  readonly description: string | null;
  readonly exposure: string | null;
}

/**
 * A row's state as one short label: the mark plus its description with the variable parts (the
 * example syscall, the device list) cut, so that each badness level of a row is one label.
 */
export function rowState(row: JsonRow): string {
  const mark = row.set === null ? 'n/a' : row.set ? '✓' : '✗';
  const text = (row.description ?? '<empty>')
    .replace(/\(e\.g\. \S+ is allowed\)/, '(e.g. …)')
    .replace(/special devices: .*/, 'special devices: …')
    .replace(/^System call (allow|deny) list defined for service, and @\S+ /, 'System call $1 list, @G ');
  return `${mark} ${text}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Adds one unit's `--json=short` result (and optionally its text result, for the overall band). */
export function addToCoverage(coverage: Coverage, json: OracleRun, text?: OracleRun): void {
  coverage.units++;
  if (json.status !== 0 && json.stdout === '') {
    coverage.refused++;
    return;
  }
  for (const row of JSON.parse(json.stdout) as JsonRow[]) {
    const states = coverage.rows.get(row.name) ?? new Map<string, number>();
    bump(states, rowState(row));
    coverage.rows.set(row.name, states);
  }
  const band = text?.stdout.match(/Overall exposure level for .*: [\d.]+ (\w+)/)?.[1];
  if (band !== undefined) bump(coverage.bands, band);
}

/** A plain-text table: one block per row with each state's count, then bands and refusals. */
export function formatCoverage(coverage: Coverage): string {
  const lines = [`units ${coverage.units}, refused ${coverage.refused} (${((100 * coverage.refused) / Math.max(1, coverage.units)).toFixed(1)} %)`];
  lines.push(`bands: ${[...coverage.bands].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [name, states] of coverage.rows) {
    lines.push(name);
    for (const [state, n] of [...states].sort()) lines.push(`    ${String(n).padStart(6)}  ${state}`);
  }
  return lines.join('\n');
}
