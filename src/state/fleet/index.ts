/**
 * The fleet view's logic: the input's files and archives → the services systemd would load, with
 * their drop-ins → one row per service as `systemd-analyze security` lists them → CSV and JSON.
 */
export type { FleetEntry, FleetProblem } from './entries.ts';
export { isUnitRelated } from './entries.ts';
export { isArchiveName, readArchive } from './archive.ts';
export type { ArchiveResult } from './archive.ts';
export { UNIT_FOLDERS, placeOf } from './places.ts';
export { resolveFleet } from './resolve.ts';
export type { FleetCounts, FleetDropIn, FleetInput, FleetUnit } from './resolve.ts';
export { fleetRow, fleetRows, overviewText } from './rows.ts';
export type { FleetNote, FleetRow } from './rows.ts';
export { DEFAULT_FLEET_SORT, sortFleet } from './sort.ts';
export type { FleetSort, FleetSortKey } from './sort.ts';
export { noteText } from './notes.ts';
export { CSV_COLUMNS, fleetCsv, fleetJson, fleetRecord } from './export.ts';
export type { FleetRecord } from './export.ts';
export { $fleetInput, $fleetOnlyListed, $fleetProblems, $fleetRows, $fleetShown, $fleetSort, loadFleet, toggleFleetSort } from './store.ts';
