/**
 * `unitscore security …`: a thin shell over the engine, with the same stdout, stderr and exit
 * status as `systemd-analyze security --offline=true` for the same files in the same folder.
 * The host (file system, environment) is passed in so tests can run it on an in-memory folder.
 */
import {
  analyze, dropInFoldersFor, formatDiagnostic, formatJson, formatText, glyphsFor, isSystemdVersion, parsePolicy,
  DEFAULT_VERSION, type Analysis, type SecurityPolicy, type SystemdVersion, type UnitFile,
} from './engine/index.ts';

/** What the CLI needs from its surroundings; `bin/unitscore.js` passes the real ones. */
export interface Host {
  /** Absolute path of the working directory; relative FILE arguments resolve against it. */
  readonly cwd: string;
  /** Environment variables (`TERM`, `LC_ALL`, `LANG`, `LC_CTYPE`, `SYSTEMD_EMOJI` matter). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The text of a regular file at an absolute path, or null if there is none. */
  readFile(path: string): string | null;
  /** The entry names of a directory at an absolute path, or null if there is none. */
  listDir(path: string): readonly string[] | null;
}

/** Everything a run produced. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

const USAGE = `Usage: unitscore security [--offline=true] [--json=off|short|pretty] [--threshold=N]
                          [--security-policy=FILE] [--systemd=252|257|262] FILE...

Prints the exposure rating systemd-analyze security --offline=true of the chosen systemd
version (default ${DEFAULT_VERSION}) gives each unit FILE, byte for byte.
`;

interface Options {
  json: 'off' | 'short' | 'pretty';
  threshold: number;
  policyPath: string | null;
  version: SystemdVersion;
  files: string[];
}

/**
 * What systemd prints when it aborts because a policy left no row with a weight (exit 134), per
 * version. Only the CLI can reach it, so the engine's version profiles (which the embed carries) do not hold it.
 */
const WEIGHT_SUM_ASSERTION: Readonly<Record<SystemdVersion, string>> = {
  '252': "Assertion 'weight_sum > 0' failed at src/analyze/analyze-security.c:1859, function assess(). Aborting.",
  '257': "Assertion 'weight_sum > 0' failed at src/analyze/analyze-security.c:1847, function assess(). Aborting.",
  '262': "systemd-analyze: ../src/analyze/analyze-security.c:1876: assess: Assertion `weight_sum > 0' failed.",
};

/** The values `--offline=` accepts. */
const OFFLINE_TRUE: ReadonlySet<string> = new Set(['true', 'yes', '1', 'on']);

function parseArgs(argv: readonly string[]): Options | string {
  const command = argv[0];
  if (command === '--help' || command === '-h' || command === undefined) return USAGE;
  if (command !== 'security') return `Unknown command verb '${command}'.\n`;
  const options: Options = { json: 'off', threshold: 100, policyPath: null, version: DEFAULT_VERSION, files: [] };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const value = arg.slice(eq + 1); // without `=`: the whole argument, which the error messages then quote
    if (flag === '--help') return USAGE;
    else if (flag === '--offline') {
      if (!OFFLINE_TRUE.has(value)) return `unitscore only implements --offline=true.\n`;
    } else if (flag === '--json') {
      if (value !== 'off' && value !== 'short' && value !== 'pretty') return `Unknown argument to --json=: ${value}\n`;
      options.json = value;
    } else if (flag === '--threshold') {
      if (!/^[0-9]+$/.test(value) || Number(value) > 100) return `Failed to parse threshold: ${value}\n`;
      options.threshold = Number(value);
    } else if (flag === '--security-policy') options.policyPath = value;
    else if (flag === '--systemd') {
      if (!isSystemdVersion(value)) return `Unknown systemd version '${value}': use 252, 257 or 262.\n`;
      options.version = value;
    } else return `Unknown option '${flag}'.\n`;
  }
  if (options.files.length === 0) return 'Option --offline= requires one or more units to perform a security review.\n';
  return options;
}

/** `path` made absolute against `cwd`, with `.` components and repeated slashes removed. */
function absolute(cwd: string, path: string): string {
  // The usual `./x.service` in a clean folder needs no rebuilding, only its leading `./` dropped.
  let skip = 0;
  while (path.startsWith('./', skip)) skip += 2;
  const joined = path.startsWith('/') ? path : `${cwd}/${skip === 0 ? path : path.slice(skip)}`;
  if (isClean(joined)) return joined;
  let out = '';
  for (let start = 0, end = 0; end >= 0; start = end + 1) {
    end = joined.indexOf('/', start);
    const part = end < 0 ? joined.slice(start) : joined.slice(start, end);
    if (start === 0) out = part; // the first component stays, even empty (a leading slash)
    else if (part !== '' && part !== '.') out += `/${part}`;
  }
  return out;
}

/** Whether `absolute()` would leave `path` as it is: no empty component (but a leading one) and no `.` component. */
function isClean(path: string): boolean {
  let start = 0; // the current component's first character
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 0x2f) continue;
    if (i === start ? i !== 0 : i === start + 1 && path.charCodeAt(start) === 0x2e) return false;
    start = i + 1;
  }
  return true;
}

/** Whether a folder listing holds a name that could be a drop-in folder (`….d`). */
function hasDropInFolder(entries: readonly string[]): boolean {
  for (const entry of entries) if (entry.endsWith('.d')) return true;
  return false;
}

/** Reads a unit and the drop-ins beside it, with paths relative to the unit's folder. */
function readUnit(host: Host, path: string, version: SystemdVersion): { dir: string; files: UnitFile[]; unit: string } | null {
  const abs = absolute(host.cwd, path);
  const slash = abs.lastIndexOf('/');
  const dir = abs.slice(0, slash);
  const unit = abs.slice(slash + 1);
  const text = host.readFile(abs);
  if (text === null) return null;
  const files: UnitFile[] = [{ path: unit, text }];
  // Drop-in folders are only looked for when the unit's folder lists one, or cannot be listed:
  // one listing costs less than probing the three or four possible folders, nearly always absent.
  const entries = host.listDir(dir);
  if (entries !== null && !hasDropInFolder(entries)) return { dir, files, unit };
  for (const folder of dropInFoldersFor(unit, version)) {
    if (entries !== null && !entries.includes(folder)) continue;
    for (const entry of host.listDir(`${dir}/${folder}`) ?? []) {
      if (!entry.endsWith('.conf')) continue;
      const conf = host.readFile(`${dir}/${folder}/${entry}`);
      if (conf !== null) files.push({ path: `${folder}/${entry}`, text: conf });
    }
  }
  return { dir, files, unit };
}

/** Runs the CLI with `argv` (without `node` and the script), e.g. `['security', '--offline=true', './x.service']`. */
export function main(argv: readonly string[], host: Host): CliResult {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') return { stdout: parsed === USAGE ? USAGE : '', stderr: parsed === USAGE ? '' : parsed, status: parsed === USAGE ? 0 : 1 };
  let stderr = '';
  let policy: SecurityPolicy | undefined;
  if (parsed.policyPath !== null) {
    const path = absolute(host.cwd, parsed.policyPath);
    const text = host.readFile(path);
    const result = text === null ? null : parsePolicy(text);
    if (result === null || !result.ok) {
      const where = result === null ? ' at 0:0' : result.line === undefined ? '' : ` at ${result.line}:${result.column}`;
      return { stdout: '', stderr: `Failed to parse '${path}'${where}: ${result === null ? 'No such file or directory' : result.message}\n`, status: 1 };
    }
    policy = result.policy;
  }
  const analyses: Analysis[] = [];
  let status = 0;
  for (const path of parsed.files) {
    const unit = readUnit(host, path, parsed.version);
    if (unit === null) {
      stderr += `Failed to prepare filename ${path}: No such file or directory\n`;
      status = 1;
      continue;
    }
    const analysis = analyze(unit.files, policy === undefined ? { version: parsed.version, unit: unit.unit } : { version: parsed.version, unit: unit.unit, policy });
    for (const d of analysis.diagnostics) stderr += `${formatDiagnostic(d, unit.dir)}\n`;
    if (!analysis.ok) status = 1;
    analyses.push(analysis);
  }
  // A policy that weighs nothing trips an assertion: systemd aborts, and its buffered stdout is lost.
  if (analyses.some((a) => a.ok && a.weightSum === 0)) {
    return { stdout: '', stderr: `${stderr}${WEIGHT_SUM_ASSERTION[parsed.version]}\n`, status: 134 };
  }
  const glyphs = glyphsFor(host.env, parsed.version);
  let stdout = '';
  for (const analysis of analyses) {
    if (!analysis.ok) continue;
    stdout += parsed.json === 'off' ? formatText(analysis, glyphs) : formatJson(analysis, parsed.json);
    if (analysis.exposure > parsed.threshold) status = 1;
  }
  return { stdout, stderr, status };
}
