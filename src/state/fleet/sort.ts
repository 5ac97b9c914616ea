/**
 * The fleet table's order: by one column, ascending or descending, with the unit name (ascending)
 * breaking ties. Rows without a score (refused, missing) stay last in both directions: they have no value
 * to compare.
 */
import { RATINGS } from '../engine.ts';
import type { FleetRow } from './rows.ts';

/** A sortable column, named as the overview's JSON keys name them. */
export type FleetSortKey = 'unit' | 'exposure' | 'predicate' | 'happy';

/** The table's order; the default is the real tool's, by unit name ascending. */
export interface FleetSort {
  readonly key: FleetSortKey;
  readonly direction: 'ascending' | 'descending';
}

/** The real tool's order. */
export const DEFAULT_FLEET_SORT: FleetSort = { key: 'unit', direction: 'ascending' };

/** A rating band's rank, best first (PERFECT 0 … DANGEROUS 6): PREDICATE and HAPPY sort by band, not by text. */
const BAND = new Map(RATINGS.map((r, i) => [r.label as string, RATINGS.length - 1 - i]));

const byName = (a: FleetRow, b: FleetRow): number => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);

/** Comparers of scored rows, ascending (`unit` sorts by name alone, above). */
const COMPARE: Readonly<Record<Exclude<FleetSortKey, 'unit'>, (a: FleetRow, b: FleetRow) => number>> = {
  exposure: (a, b) => a.exposure! - b.exposure!,
  predicate: (a, b) => BAND.get(a.predicate!)! - BAND.get(b.predicate!)!,
  happy: (a, b) => BAND.get(a.predicate!)! - BAND.get(b.predicate!)!,
};

/** `rows` in `sort`'s order (a new array); see the module comment for ties and unscored rows. */
export function sortFleet(rows: readonly FleetRow[], sort: FleetSort): FleetRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'unit') return [...rows].sort((a, b) => sign * byName(a, b));
  const compare = COMPARE[sort.key];
  return [...rows].sort((a, b) => {
    if ((a.exposure === null) !== (b.exposure === null)) return a.exposure === null ? 1 : -1;
    const scored = a.exposure !== null && b.exposure !== null ? compare(a, b) : 0;
    return scored !== 0 ? sign * scored : byName(a, b);
  });
}
