/**
 * The fleet's units, analysed: one row per service with what live `systemd-analyze security`
 * (without arguments) prints for it (UNIT, EXPOSURE, PREDICATE, HAPPY), or why it has no such line,
 * and the overview table itself, byte for byte. Without arguments the real tool analyses every
 * loaded service in name order and silently skips those not loaded (masked, refused) and those of
 * `Type=oneshot` (analyze-security.c: ANALYZE_SECURITY_ONLY_LOADED|ONLY_LONG_RUNNING, 245–262);
 * offline it prints no overview at all, only each unit's table (`--offline=true ./NAME`).
 */
import { analyze, diagnosticMessage, formatExposure, formatOverview, UTF8_GLYPHS, type AnalysisMode, type RatingLabel, type Refusal, type Report, type SystemdVersion } from '../engine.ts';
import type { FleetUnit } from './resolve.ts';

/**
 * Why a row has no line in the real overview: `refused` (the analyzer's refusal, `message` in
 * systemd's words: masked, bad setting…), `oneshot` (analysed, but the no-argument overview skips
 * oneshot services), `missing` (the unit file links to `target`, which the input lacks).
 */
export type FleetNote =
  | { readonly kind: 'refused'; readonly message: string; readonly detail: string | null }
  | { readonly kind: 'oneshot' }
  | { readonly kind: 'missing'; readonly target: string };

/** One service of the fleet, analysed. */
export interface FleetRow {
  readonly unit: string;
  /** Overall exposure in tenths (0–100), null when not analysed. */
  readonly exposure: number | null;
  /** The EXPOSURE cell as printed (`5.4`), null when not analysed. */
  readonly exposureText: string | null;
  readonly predicate: RatingLabel | null;
  /** The HAPPY cell on a UTF-8 terminal (an emoji), null when not analysed. */
  readonly happy: string | null;
  /** Whether the overview prints a line for it (live without arguments; offline: every analysed unit). */
  readonly listed: boolean;
  readonly note: FleetNote | null;
  readonly source: FleetUnit;
  /** The engine's report, for the overview text; null when refused or missing. */
  readonly report: Report | null;
}

/** Which analysed services each mode's overview leaves out; offline has none, see {@link overviewText}. */
const SKIPS_ONESHOT: Readonly<Record<AnalysisMode, boolean>> = { live: true, offline: false };

/**
 * The refusal's message, and for live "not loaded properly" the loader's reason, which the manager
 * logs to its journal (offline the message is that reason already).
 */
function refusalNote(refusal: Refusal): FleetNote {
  const logged = refusal.reason.code === 'live-not-loaded' ? refusal.managerLog.find((d) => d.severity === 'error') : undefined;
  return { kind: 'refused', message: diagnosticMessage(refusal.reason), detail: logged === undefined ? null : diagnosticMessage(logged) };
}

/** One unit's row, as `version` in `mode` sees it. */
export function fleetRow(unit: FleetUnit, version: SystemdVersion, mode: AnalysisMode): FleetRow {
  const empty = { unit: unit.name, exposure: null, exposureText: null, predicate: null, happy: null, listed: false, source: unit, report: null };
  if (unit.missingTarget !== null) return { ...empty, note: { kind: 'missing', target: unit.missingTarget } };
  const analysis = analyze(unit.files, { version, mode });
  if (!analysis.ok) return { ...empty, note: refusalNote(analysis) };
  const skipped = SKIPS_ONESHOT[analysis.mode] && analysis.resolved.serviceType === 'oneshot';
  return {
    unit: unit.name,
    exposure: analysis.exposure,
    exposureText: formatExposure(analysis.exposure),
    predicate: analysis.rating.label,
    happy: analysis.rating.emoji,
    listed: !skipped,
    note: skipped ? { kind: 'oneshot' } : null,
    source: unit,
    report: analysis,
  };
}

/** Every unit's row, in the order given (resolveFleet's: by name, as the real tool lists them). */
export function fleetRows(units: readonly FleetUnit[], version: SystemdVersion, mode: AnalysisMode): FleetRow[] {
  return units.map((u) => fleetRow(u, version, mode));
}

/**
 * The overview table of the listed rows, in name order, as live `systemd-analyze security` without
 * arguments prints it on a UTF-8 terminal (`SYSTEMD_COLORS=0`), ending in `\n`; `json` gives its
 * `--json=short`/`pretty` form. Offline the real tool has no overview: the same layout then holds
 * every analysed unit's `--offline=true` score.
 */
export function overviewText(rows: readonly FleetRow[], version: SystemdVersion, json: 'off' | 'short' | 'pretty' = 'off'): string {
  const reports = rows.filter((r) => r.listed && r.report !== null).map((r) => r.report!).sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  return formatOverview(reports, UTF8_GLYPHS, json, version);
}
