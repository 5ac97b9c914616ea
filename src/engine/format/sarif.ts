/**
 * `unitscore security --format=sarif`: the analysed units as one SARIF 2.1.0 log for code scanning
 * (GitHub's, GitLab's, an IDE's SARIF viewer). unitscore's own addition: systemd prints no SARIF,
 * so nothing here is byte-for-byte; the numbers and descriptions are the report's, the same ones the
 * text table prints. Pure: the caller reads the files and says where they are.
 */
import type { Analysis, AnalysisMode, Row, Span, SystemdVersion, UnitFile } from '../types.ts';
import { assessorTable, type AssessorInfo } from '../assess/table-info.ts';
import { contribution } from '../assess/score.ts';
import { diagnosticMessage } from '../messages.ts';
import { decidingSpan, regionOf } from '../unit/region.ts';
import { formatExposure } from './text.ts';

/** The SARIF levels unitscore gives a failing row. */
export type SarifLevel = 'error' | 'warning' | 'note';

/**
 * A failing row's level by what it costs: its contribution to the badness sum,
 * ceil(badness·weight/range), the same for every unit whatever else the unit sets (the row's
 * EXPOSURE column is that share of the unit's own weight sum, so it would move with the unit).
 * First match wins. 1000 is the weight of systemd's ordinary row (33 of 81 in 262, `PrivateTmp=`,
 * `ProtectSystem=`…): a row that costs at least that much is an `error` (41 rows when fully bad,
 * the heaviest `PrivateNetwork=` 2500, `User=/DynamicUser=` 2000, five at 1500, one at 1250);
 * 200 to 999 (the 500-weight capabilities, syscall groups, `SupplementaryGroups=`…) a `warning`;
 * anything less (the 25–100-weight capabilities, `LockPersonality=`, `ProcSubset=`…) a `note`.
 * A `--security-policy=` weight counts as the policy sets it.
 */
export const SARIF_LEVELS: readonly { readonly min: number; readonly level: SarifLevel }[] = [
  { min: 1000, level: 'error' },
  { min: 200, level: 'warning' },
  { min: 0, level: 'note' },
];

/** The level of a row that costs `cost` (see {@link SARIF_LEVELS}). */
function levelFor(cost: number): SarifLevel {
  for (const l of SARIF_LEVELS) if (cost >= l.min) return l.level;
  return 'note';
}

/** One analysed unit, with what the log needs to point into its files. */
export interface SarifUnit {
  /** What `analyze()` returned for it (a refusal becomes a notification, not a result). */
  readonly analysis: Analysis;
  /** The files it was analysed from, as given to `analyze()` (paths relative to the unit's folder). */
  readonly files: readonly UnitFile[];
  /** The unit file's path among `files`. */
  readonly unit: string;
  /**
   * The unit's folder: a path relative to the root the log's URIs are resolved against (`units`,
   * `''` for the root itself; `%SRCROOT%`, the checkout, in code scanning), or an absolute path
   * (`/etc/systemd/system`), which becomes a `file://` URI. `/` separators, not percent-encoded.
   */
  readonly folder: string;
}

/** What the run was asked. */
export interface SarifOptions {
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  /** `--threshold=` in tenths (0–100; systemd's default 100): a unit above it fails the run. */
  readonly threshold: number;
}

/**
 * What `encodeURIComponent` encodes that a path segment may keep (RFC 3986 pchar): `$ & + , ; = @`.
 * `:` stays encoded: in a relative reference's first segment it would read as a scheme.
 */
const PCHAR_KEPT = /%(2[46BC]|3[BD]|40)/g;

/** A path as a URI reference: each segment percent-encoded where RFC 3986 requires it. */
function encodePath(path: string): string {
  return path.split('/').map((s) => encodeURIComponent(s).replace(PCHAR_KEPT, (e) => decodeURIComponent(e))).join('/');
}

/** A SARIF artifactLocation for `file` (relative to the unit's folder). */
function artifactLocation(folder: string, file: string): Record<string, string> {
  const path = folder === '' ? file : `${folder.replace(/\/+$/, '')}/${file}`;
  return path.startsWith('/') ? { uri: `file://${encodePath(path)}` } : { uri: encodePath(path), uriBaseId: '%SRCROOT%' };
}

/** A SARIF physicalLocation for `span` (its region in the file's text when the file is known). */
function physicalLocation(unit: SarifUnit, span: Span): Record<string, unknown> {
  const file = unit.files.find((f) => f.path === span.file);
  const region = file === undefined ? { startLine: Math.max(span.line, 1) } : regionOf(file.text, span.start, span.end);
  return { artifactLocation: artifactLocation(unit.folder, span.file), region };
}

/** The rule of one assessor row. */
function rule(a: AssessorInfo): Record<string, unknown> {
  const cost = a.weight; // a fully bad row costs its weight
  const full = [a.descriptionBad === null ? null : `When bad: ${a.descriptionBad}`, a.descriptionGood === null ? null : `When good: ${a.descriptionGood}`]
    .filter((s) => s !== null).join(' ');
  return {
    id: a.id,
    name: a.name,
    shortDescription: { text: a.descriptionBad ?? `${a.name} is not set as systemd-analyze security recommends` },
    ...(full === '' ? {} : { fullDescription: { text: full } }),
    helpUri: a.url,
    defaultConfiguration: { level: levelFor(cost) },
    properties: { tags: ['security', 'systemd'], weight: a.weight, range: a.range },
  };
}

/** The result of one failing row of `unit`'s report. */
function result(unit: SarifUnit, row: Row, ruleIndex: number, unitExposure: number, rating: string): Record<string, unknown> {
  const unitId = unit.analysis.unitId ?? unit.unit;
  const span = decidingSpan(row, unit.files, unit.unit);
  const others = row.spans.filter((s) => s !== span);
  return {
    ruleId: row.id,
    ...(ruleIndex < 0 ? {} : { ruleIndex }),
    level: levelFor(contribution(row)),
    message: { text: row.description ?? row.name },
    locations: [{ physicalLocation: physicalLocation(unit, span) }],
    ...(others.length === 0 ? {} : { relatedLocations: others.map((s, id) => ({ id, physicalLocation: physicalLocation(unit, s), message: { text: `also decides ${row.name}` } })) }),
    partialFingerprints: { 'unitscoreRow/v1': `${unitId}/${row.id}` },
    properties: {
      unit: unitId,
      setting: row.name,
      exposure: Number(formatExposure(row.exposure ?? 0)),
      badness: row.badness,
      weight: row.weight,
      range: row.range,
      unitExposure: Number(formatExposure(unitExposure)),
      unitRating: rating,
    },
  };
}

/**
 * The SARIF 2.1.0 log (pretty-printed JSON, ending in a newline) of `units`: one run, its tool
 * `unitscore` with one rule per assessor row of `options.version` (id = systemd's json_field,
 * `helpUri` its man page), and one result per failing row (badness above 0, so it counts in the
 * score; N/A and ✓ rows give none), in the report's table order, unit after unit. Each result
 * points at the line that decides the row (see `decidingSpan()`), carries the row's description
 * as its message and a level by its cost ({@link SARIF_LEVELS}). The run's `properties.units` lists
 * every unit with its exposure, rating and whether it is above the threshold; a refused unit is
 * listed with `refused: true` and its reason is a tool notification. A unit named twice is listed
 * twice.
 */
export function formatSarif(units: readonly SarifUnit[], options: SarifOptions): string {
  const table = assessorTable(options.version);
  const ruleIndex = new Map(table.map((a, i) => [a.id, i]));
  const results: Record<string, unknown>[] = [];
  const listed: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const unit of units) {
    const a = unit.analysis;
    const location = artifactLocation(unit.folder, unit.unit);
    if (!a.ok) {
      listed.push({ unit: a.unitId ?? unit.unit, location, refused: true });
      const at = a.reason.span === undefined ? location : physicalLocation(unit, a.reason.span);
      notifications.push({
        level: 'error',
        message: { text: diagnosticMessage(a.reason) },
        locations: [{ physicalLocation: a.reason.span === undefined ? { artifactLocation: at } : at }],
        properties: { code: a.reason.code, unit: a.unitId ?? unit.unit },
      });
      continue;
    }
    listed.push({
      unit: a.unitId, location, exposure: Number(formatExposure(a.exposure)), rating: a.rating.label, aboveThreshold: a.exposure > options.threshold,
    });
    for (const row of a.rows) {
      if (contribution(row) === 0) continue;
      results.push(result(unit, row, ruleIndex.get(row.id) ?? -1, a.exposure, a.rating.label));
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'unitscore',
          fullName: `unitscore: systemd-analyze security of systemd ${options.version} (${options.mode})`,
          rules: table.map(rule),
        },
      },
      invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }) }],
      columnKind: 'utf16CodeUnits',
      results,
      properties: { systemd: options.version, mode: options.mode, threshold: Number(formatExposure(options.threshold)), units: listed },
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
