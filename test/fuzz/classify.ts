/**
 * Groups fuzz mismatches by what went wrong (which rows differ, refusals, order, status), so that a
 * run with hundreds of mismatches reads as a handful of causes, each with an example to replay.
 */
import type { Mismatch } from './loop.ts';

interface ParsedRow {
  readonly name: string;
  readonly rest: string;
}

/** Table rows of a text report keyed by NAME, with the rest of the line whitespace-collapsed. */
function textRows(stdout: string): ParsedRow[] {
  const lines = stdout.split('\n');
  const nameEnd = (lines[0] ?? '').indexOf('DESCRIPTION');
  return lines.slice(1).filter((l) => l.length > 2 && !l.startsWith('→') && !l.startsWith('->'))
    .map((l) => ({ name: l.slice(2, nameEnd).trim(), rest: `${l.slice(0, 1)} ${l.slice(nameEnd).trim().replace(/\s+/g, ' ')}` }));
}

/** JSON report rows keyed by name, the rest being the row's other fields. */
function jsonRows(stdout: string): ParsedRow[] {
  try {
    return (JSON.parse(stdout) as { name: string }[]).map((r) => ({ name: r.name, rest: JSON.stringify(r) }));
  } catch {
    return [];
  }
}

/**
 * A short label for a stdout/status mismatch: `refused by systemd only`, `refused by engine only`,
 * `status only`, `rows: A=, B=` (the rows whose content differs), `row order`, or `summary line`.
 * stderr mismatches get `stderr`.
 */
export function classify(m: Mismatch): string {
  if (m.field === 'stderr') return 'stderr';
  const { engine, oracle } = m;
  if (oracle.stdout === '' && engine.stdout !== '') return 'refused by systemd only';
  if (engine.stdout === '' && oracle.stdout !== '') return 'refused by engine only';
  if (engine.stdout === oracle.stdout) return `status only (engine ${engine.status}, systemd ${oracle.status})`;
  const parse = m.mode === 'json' ? jsonRows : textRows;
  const e = parse(engine.stdout);
  const o = new Map(parse(oracle.stdout).map((r) => [r.name, r.rest]));
  const differing = e.filter((r) => o.get(r.name) !== r.rest).map((r) => r.name);
  if (differing.length > 0) return `rows: ${[...new Set(differing)].sort().join(', ')}`;
  if (e.map((r) => r.name).join() !== [...o.keys()].join()) return 'row order';
  return 'summary line';
}

/** Mismatches grouped by {@link classify}, largest group first, each with its unit indices. */
export function groupMismatches(mismatches: readonly Mismatch[]): { label: string; indices: number[] }[] {
  const groups = new Map<string, number[]>();
  for (const m of mismatches) {
    const label = classify(m);
    groups.set(label, [...(groups.get(label) ?? []), m.index]);
  }
  return [...groups].map(([label, indices]) => ({ label, indices })).sort((a, b) => b.indices.length - a.indices.length);
}
