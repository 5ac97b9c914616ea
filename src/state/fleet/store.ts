/**
 * The fleet view's stores: what was read ($fleetInput), its rows for the picked systemd and mode
 * ($fleetRows, recomputed when either changes), the table's order and filter, and the rows shown.
 */
import { atom, computed } from 'nanostores';
import { $effectiveMode, $version } from '../version.ts';
import type { FleetEntry, FleetProblem } from './entries.ts';
import { resolveFleet, type FleetInput } from './resolve.ts';
import { fleetRows, type FleetRow } from './rows.ts';
import { DEFAULT_FLEET_SORT, sortFleet, type FleetSort } from './sort.ts';

/** The resolved input, or null before anything was given. */
export const $fleetInput = atom<FleetInput | null>(null);

/** What could not be read of the last input (archives that are not, unreadable files). */
export const $fleetProblems = atom<readonly FleetProblem[]>([]);

/** Every service's row, in name order; empty before any input. */
export const $fleetRows = computed([$fleetInput, $version, $effectiveMode], (input, version, mode): readonly FleetRow[] =>
  input === null ? [] : fleetRows(input.units, version, mode));

/** The table's order; the real tool's (by name) at first. */
export const $fleetSort = atom<FleetSort>(DEFAULT_FLEET_SORT);

/** Whether only the services the real overview prints are shown (default: every service, with notes). */
export const $fleetOnlyListed = atom(false);

/** The rows shown, filtered and in the table's order. */
export const $fleetShown = computed([$fleetRows, $fleetSort, $fleetOnlyListed], (rows, sort, onlyListed) =>
  sortFleet(onlyListed ? rows.filter((r) => r.listed) : rows, sort));

/** Replaces the fleet with what `entries` hold (resolved as systemd would), and records `problems`. */
export function loadFleet(entries: readonly FleetEntry[], problems: readonly FleetProblem[] = []): void {
  $fleetProblems.set(problems);
  $fleetInput.set(resolveFleet(entries));
}

/**
 * Sorts by `key`: a new column starts ascending (EXPOSURE and the bands descending: the worst
 * first is what one looks for), the same column flips its direction.
 */
export function toggleFleetSort(key: FleetSort['key']): void {
  const current = $fleetSort.get();
  if (current.key === key) $fleetSort.set({ key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' });
  else $fleetSort.set({ key, direction: key === 'unit' ? 'ascending' : 'descending' });
}
