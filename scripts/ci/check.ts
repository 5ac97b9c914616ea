/**
 * One CI check of a list of unit files, shared by the GitHub Action's script and the pre-commit
 * hook: `src/cli.ts`'s `main` run in-process twice per batch, once for the table systemd prints
 * (for the log) and once with `--format=sarif` (what the verdicts, the summary and the annotations
 * are read from), so CI says exactly what the CLI says. The threshold is judged here, on the SARIF's
 * exposures, as systemd judges `--threshold=` (a unit fails when its exposure is above it): that
 * also works for 245, 247 and 249, whose analyzer has no `--threshold=`.
 */
import { main, type CliResult, type Host } from '../../src/cli.ts';

/** What to ask. */
export interface CheckOptions {
  /** `--systemd=`; undefined: the CLI's default (the newest). */
  readonly systemd?: string;
  /** `offline` (`--offline=true`) or `live` (`--offline=false`); undefined: the CLI's default. */
  readonly mode?: 'offline' | 'live';
  /** In tenths, 0–100, as `--threshold=`: a unit whose exposure is above it fails. */
  readonly threshold: number;
  /** `--security-policy=FILE`, if any. */
  readonly policy?: string;
}

/** One failing row, where it is decided. */
export interface Finding {
  readonly unit: string;
  /** The file, relative to the host's folder when inside it, else absolute. */
  readonly file: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly level: 'error' | 'warning' | 'note';
  /** The assessor id (json_field), e.g. `PrivateTmp`. */
  readonly rule: string;
  /** The NAME column, e.g. `PrivateTmp=`. */
  readonly setting: string;
  /** The row's description. */
  readonly message: string;
  /** The row's EXPOSURE column (0.1–10.0). */
  readonly exposure: number;
  /** The man page link of the row. */
  readonly helpUri: string;
}

/** The verdict on one unit. */
export interface UnitOutcome {
  readonly unit: string;
  /** The unit file, relative to the host's folder when inside it, else absolute. */
  readonly file: string;
  /** 0.0–10.0, as printed; null for a refused unit. */
  readonly exposure: number | null;
  /** `UNSAFE`…; null for a refused unit. */
  readonly rating: string | null;
  /** Why the analyzer refused the unit (its message), or null. */
  readonly refusal: string | null;
  /** Not refused and not above the threshold. */
  readonly passed: boolean;
  /** Its failing rows, in the report's table order. */
  readonly findings: readonly Finding[];
}

/** What a check produced. */
export interface CheckRun {
  readonly units: readonly UnitOutcome[];
  /** What the CLI printed for the table runs, batch after batch (stdout, stderr, the worst status). */
  readonly text: CliResult;
  /** The SARIF log of all units, one run (pretty JSON, ending in a newline). */
  readonly sarif: string;
  /** 0 when every unit passed and the CLI reported no error (a unit not found, a bad option), else 1. */
  readonly status: number;
}

/** The parts of the CLI's SARIF read here. */
interface SarifLog {
  runs: [{
    tool: { driver: { rules: { id: string; name: string; helpUri: string }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string }; properties?: { unit?: string } }[] }[];
    results: {
      ruleId: string;
      level: Finding['level'];
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      properties: { unit: string; setting: string; exposure: number };
    }[];
    properties: { units: { unit: string; location: { uri: string }; exposure?: number; rating?: string; refused?: boolean }[] };
  }];
}

/** A SARIF artifact URI of the CLI's (relative, or `file://`) as a path. */
function pathOf(uri: string): string {
  return decodeURIComponent(uri.startsWith('file://') ? uri.slice('file://'.length) : uri);
}

/**
 * `files` split into runs in which no two files share a base name: offline, systemd loads a unit
 * name once, so a second `x.service` in one call would be reported as the first one again.
 */
function batches(files: readonly string[]): string[][] {
  const out: { names: Set<string>; files: string[] }[] = [];
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    let batch = out.find((b) => !b.names.has(name));
    if (batch === undefined) out.push((batch = { names: new Set(), files: [] }));
    batch.names.add(name);
    batch.files.push(file);
  }
  return out.map((b) => b.files);
}

/** The CLI arguments for `options`, before the files. */
function cliArgs(options: CheckOptions): string[] {
  return [
    ...(options.systemd === undefined ? [] : [`--systemd=${options.systemd}`]),
    ...(options.mode === undefined ? [] : [`--offline=${options.mode === 'offline'}`]),
    ...(options.policy === undefined ? [] : [`--security-policy=${options.policy}`]),
  ];
}

/** The outcomes of one SARIF log of the CLI's (one batch: no two units share a name). */
function outcomes(log: SarifLog, threshold: number): UnitOutcome[] {
  const run = log.runs[0];
  const rules = new Map(run.tool.driver.rules.map((r) => [r.id, r]));
  const refusals = run.invocations[0]?.toolExecutionNotifications ?? [];
  return run.properties.units.map((u) => {
    const refusal = u.refused === true ? (refusals.find((n) => n.properties?.unit === u.unit)?.message.text ?? 'refused') : null;
    const exposure = u.exposure ?? null;
    const findings = run.results.filter((r) => r.properties.unit === u.unit).map((r): Finding => {
      const where = r.locations[0]?.physicalLocation;
      return {
        unit: u.unit,
        file: pathOf(where?.artifactLocation.uri ?? u.location.uri),
        startLine: where?.region.startLine ?? 1,
        startColumn: where?.region.startColumn ?? 1,
        endLine: where?.region.endLine ?? 1,
        endColumn: where?.region.endColumn ?? 1,
        level: r.level,
        rule: r.ruleId,
        setting: r.properties.setting,
        message: r.message.text,
        exposure: r.properties.exposure,
        helpUri: rules.get(r.ruleId)?.helpUri ?? '',
      };
    });
    return {
      unit: u.unit,
      file: pathOf(u.location.uri),
      exposure,
      rating: u.rating ?? null,
      refusal,
      // The exposure is printed with one decimal: ×10 gives systemd's tenths back exactly.
      passed: refusal === null && exposure !== null && Math.round(exposure * 10) <= threshold,
      findings,
    };
  });
}

/** SARIF logs of the same version and mode as one: the first log's run with every run's results, units and notifications. */
function mergeLogs(logs: readonly SarifLog[]): SarifLog {
  const [first, ...rest] = logs.map((l) => structuredClone(l));
  if (first === undefined) throw new Error('no SARIF log');
  const run = first.runs[0];
  for (const log of rest) {
    const other = log.runs[0];
    run.results.push(...other.results);
    run.properties.units.push(...other.properties.units);
    const invocation = run.invocations[0];
    const notes = other.invocations[0]?.toolExecutionNotifications ?? [];
    if (invocation !== undefined && notes.length > 0) {
      invocation.executionSuccessful = false;
      invocation.toolExecutionNotifications = [...(invocation.toolExecutionNotifications ?? []), ...notes];
    }
  }
  return first;
}

/**
 * Analyses the unit files `files` (paths relative to `host.cwd`, or absolute) as `options` say.
 * `files` must not be empty. A CLI error that leaves no SARIF (an unknown version, a bad policy
 * file) gives no units, the CLI's stderr in `text` and status 1.
 */
export function check(files: readonly string[], options: CheckOptions, host: Host): CheckRun {
  const args = cliArgs(options);
  const logs: SarifLog[] = [];
  let stdout = '';
  let stderr = '';
  let cliStatus = 0;
  for (const batch of batches(files)) {
    const text = main(['security', ...args, ...batch], host);
    stdout += text.stdout;
    stderr += text.stderr;
    cliStatus = Math.max(cliStatus, text.status);
    const sarif = main(['security', '--format=sarif', ...args, ...batch], host);
    if (sarif.stdout === '') {
      cliStatus = Math.max(cliStatus, sarif.status, 1);
      continue;
    }
    logs.push(JSON.parse(sarif.stdout) as SarifLog);
  }
  const units = logs.flatMap((log) => outcomes(log, options.threshold));
  const merged = logs.length === 0 ? null : mergeLogs(logs);
  return {
    units,
    text: { stdout, stderr, status: cliStatus },
    sarif: merged === null ? '' : `${JSON.stringify(merged, null, 2)}\n`,
    // No --threshold= was passed: a status of 1 is an error (a unit not found or refused).
    status: cliStatus !== 0 || units.some((u) => !u.passed) ? 1 : 0,
  };
}

/**
 * A threshold as CI users write it, in tenths: systemd's `--threshold=` number (an integer 0–100,
 * `50` = 5.0), or an exposure as printed, with its decimal point (`5.0`, `9.5`; at most `10.0`).
 * Null when it is neither.
 */
export function parseThreshold(value: string): number | null {
  const v = value.trim();
  if (/^[0-9]+$/.test(v)) return Number(v) <= 100 ? Number(v) : null;
  if (/^[0-9]+\.[0-9]$/.test(v)) {
    const tenths = Math.round(Number(v) * 10);
    return tenths <= 100 ? tenths : null;
  }
  return null;
}

/** A threshold in tenths as an exposure (`50` → `5.0`). */
export function thresholdText(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
