/**
 * `unitscore security …`: a thin shell over the engine, with the same stdout, stderr and exit
 * status as `systemd-analyze security` of the chosen version: offline (`--offline=true`, the
 * default) for the same files in the same folder, or live (`--offline=false`) for the same files
 * installed in /etc/systemd/system and loaded by a running manager.
 * The host (file system, environment) is passed in so tests can run it on an in-memory folder.
 */
import {
  analyze, dropInFoldersFor, formatDiagnostic, formatJson, formatLogLine, formatOverview, formatStyledOverview, formatStyledText, formatText, glyphsFor, isPlainTerminal,
  isSystemdVersion, logLevelOf, modesOf, parsePolicy, parseUnitName, profileFor, terminalFor,
  DEFAULT_VERSION, VERSIONS, type Analysis, type AnalysisMode, type Report, type SecurityPolicy, type SystemdVersion, type UnitFile, type UnitLink, type LogLevel, type VersionProfile,
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
  /**
   * The permission bits of the file at an absolute path (`0o644`), or null if unknown. Optional: a
   * host without modes never gets systemd's "is marked executable" warnings.
   */
  fileMode?(path: string): number | null;
  /**
   * Whether stdout and stderr are terminals, and stdout's width in columns. Optional (default: not
   * terminals): with both terminals the output is coloured, linked and fitted as systemd's is there
   * (the environment's SYSTEMD_COLORS, NO_COLOR, SYSTEMD_URLIFY, COLUMNS and TERM count too).
   */
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly terminalColumns?: number | null;
  /** The machine's node name, in the `file://HOST/PATH` links of a unit's name (default: none). */
  readonly hostname?: string;
}

/** Everything a run produced. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

const VERSION_IDS = VERSIONS.map((v) => v.id).join('|');

const USAGE = `Usage: unitscore security [--offline=true|false] [--json=off|short|pretty] [--threshold=N]
                          [--security-policy=FILE] [--systemd=${VERSION_IDS}] FILE...

Prints, byte for byte, what systemd-analyze security of the chosen systemd version (default
${DEFAULT_VERSION}) prints for each unit FILE:
  --offline=true   (the default) systemd-analyze security --offline=true FILE, for the file and
                   the drop-ins beside it (FILE.d/*.conf);
  --offline=false  systemd-analyze security NAME on a running system, with FILE and FILE.d/
                   installed in /etc/systemd/system (NAME is FILE's base name). ${VERSIONS.filter((v) => !v.modes.includes('offline')).map((v) => v.id).join(', ')}
                   have only this mode, and no --offline, --json, --threshold or --security-policy:
                   given them, unitscore answers as those versions do.
`;

interface Options {
  json: 'off' | 'short' | 'pretty';
  threshold: number;
  policyPath: string | null;
  version: SystemdVersion;
  /** null: not given on the command line (offline, unless the version has only live mode). */
  mode: AnalysisMode | null;
  /** The security options given, in order, with the profile's name for each (see `securityOptions`). */
  securityArgs: { readonly arg: string; readonly option: SecurityOption }[];
  files: string[];
  /** `--instance=NAME` (256+): the instance template files are analysed as. */
  instance: string | null;
  /** `--root=DIR` / `--image=FILE`: units are looked for there, not beside FILE. */
  root: string | null;
  image: string | null;
  global: boolean;
}

type SecurityOption = VersionProfile['securityOptions'][number];

/** The flags of `systemd-analyze security` that not every version knows, by the profile's name for them. */
const SECURITY_FLAGS: Readonly<Record<string, SecurityOption>> = {
  '--offline': 'offline', '--json': 'json', '--threshold': 'threshold', '--security-policy': 'securityPolicy', '--instance': 'instance',
};

/** An error line (ending in `\n`) as `version` prints it: in bold red on 245 and 247, whatever the output is. */
function errorLine(version: SystemdVersion, line: string): string {
  return profileFor(version, 'live').errorsHighlighted ? `\x1b[0;1;31m${line.slice(0, -1)}\x1b[0m\n` : line;
}

/** What `--global` gets: the verbs it applies to grew and shrank with the versions. */
const GLOBAL_REFUSAL: Readonly<Record<SystemdVersion, string>> = {
  '245': 'Option --global only makes sense with verbs dot, unit-paths, verify.\n',
  '247': 'Option --global only makes sense with verbs dot, unit-paths, verify.\n',
  '249': 'Option --global only makes sense with verbs dot, unit-paths, verify.\n',
  '252': 'Option --global only makes sense with verbs dot, unit-paths, verify.\n',
  '254': 'Option --global only makes sense with verbs dot, unit-paths, verify.\n',
  '255': 'Option --global only makes sense with verbs dot, unit-paths, verify.\n',
  '257': 'Option --global only makes sense with verb unit-paths.\n',
  '262': 'Option --global only makes sense with verb unit-paths.\n',
};

/**
 * What systemd prints when it aborts because a policy left no row with a weight (exit 134), per
 * version. Only the CLI can reach it, so the engine's version profiles (which the embed carries) do not hold it.
 */
const WEIGHT_SUM_ASSERTION: Readonly<Record<SystemdVersion, string | null>> = {
  // 245, 247 and 249 have no --security-policy, so they never get here.
  '245': null,
  '247': null,
  '249': null,
  '252': "Assertion 'weight_sum > 0' failed at src/analyze/analyze-security.c:1859, function assess(). Aborting.",
  '254': "Assertion 'weight_sum > 0' failed at src/analyze/analyze-security.c:1857, function assess(). Aborting.",
  '255': "Assertion 'weight_sum > 0' failed at src/analyze/analyze-security.c:1855, function assess(). Aborting.",
  '257': "Assertion 'weight_sum > 0' failed at src/analyze/analyze-security.c:1847, function assess(). Aborting.",
  '262': "systemd-analyze: ../src/analyze/analyze-security.c:1876: assess: Assertion `weight_sum > 0' failed.",
};

/** The values `--offline=` accepts, as systemd's parse_boolean() does. */
const OFFLINE_TRUE: ReadonlySet<string> = new Set(['1', 'yes', 'y', 'true', 't', 'on']);
const OFFLINE_FALSE: ReadonlySet<string> = new Set(['0', 'no', 'n', 'false', 'f', 'off']);

function parseArgs(argv: readonly string[]): Options | string {
  const command = argv[0];
  if (command === '--help' || command === '-h' || command === undefined) return USAGE;
  if (command !== 'security') return `Unknown command verb '${command}'.\n`;
  const options: Options = {
    json: 'off', threshold: 100, policyPath: null, version: DEFAULT_VERSION, mode: null, securityArgs: [], files: [],
    instance: null, root: null, image: null, global: false,
  };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const value = arg.slice(eq + 1); // without `=`: the whole argument, which the error messages then quote
    const option = SECURITY_FLAGS[flag];
    // `--offline=false` is unitscore's way of choosing live mode, which every version has.
    if (option !== undefined && !(option === 'offline' && OFFLINE_FALSE.has(value))) options.securityArgs.push({ arg, option });
    if (flag === '--help') return USAGE;
    else if (flag === '--offline') {
      if (OFFLINE_TRUE.has(value)) options.mode = 'offline';
      else if (OFFLINE_FALSE.has(value)) options.mode = 'live';
      else return `Failed to parse --offline= argument: ${value}\n`;
    } else if (flag === '--json') {
      if (value !== 'off' && value !== 'short' && value !== 'pretty') return `Unknown argument to --json=: ${value}\n`;
      options.json = value;
    } else if (flag === '--threshold') {
      if (!/^[0-9]+$/.test(value) || Number(value) > 100) return `Failed to parse threshold: ${value}\n`;
      options.threshold = Number(value);
    } else if (flag === '--security-policy') options.policyPath = value;
    else if (flag === '--instance') options.instance = value;
    else if (flag === '--root') options.root = value;
    else if (flag === '--image') options.image = value;
    else if (flag === '--global' && eq < 0) options.global = true;
    else if (flag === '--no-pager' && eq < 0) {
      // unitscore never pages: its output is the real tool's with --no-pager (or SYSTEMD_PAGER=cat).
    }
    else if (flag === '--man' || flag === '--generators') {
      // Offline, manual pages are not read and generators add nothing to a unit named by its file.
      if (eq >= 0 && !OFFLINE_TRUE.has(value) && !OFFLINE_FALSE.has(value)) {
        return Number(options.version) < 262 ? `Failed to parse boolean argument to ${flag}: ${value}.\n` : `Failed to parse boolean argument to '${flag}': ${value}\n`;
      }
    } else if (flag === '--profile') {
      // Portable profiles: by name from the (here absent) portable profile folders, or a .conf file.
      if (value.includes('/') && !value.endsWith('.conf')) return `Profile file name must end with .conf: ${value}\n`;
      if (!value.includes('/')) return `Failed to find portable profile ${value}: No such file or directory\n`;
      return `unitscore: --profile=FILE is not supported\n`;
    }
    else if (flag === '--systemd') {
      if (!isSystemdVersion(value)) return `Unknown systemd version '${value}': use ${VERSIONS.map((v) => v.id).join(', ')}.\n`;
      options.version = value;
    } else return `Unknown option '${flag}'.\n`;
  }
  // getopt stops at the first option the version does not know (245–249 know none of them).
  const known = profileFor(options.version, 'live').securityOptions;
  const unknown = options.securityArgs.find((a) => !known.includes(a.option));
  if (unknown !== undefined) return `systemd-analyze: unrecognized option '${unknown.arg}'\n`;
  if (options.global) return errorLine(options.version, GLOBAL_REFUSAL[options.version]);
  if (options.root !== null && options.image !== null) return errorLine(options.version, 'Please specify either --root= or --image=, the combination of both is not supported.\n');
  if (options.files.length === 0) {
    return modeOf(options) === 'offline'
      ? 'Option --offline= requires one or more units to perform a security review.\n'
      : 'unitscore: live mode needs one or more unit files (a running system would list all its loaded units).\n';
  }
  return options;
}

/** The mode a run imitates: the one asked for, else offline where the version has it, else live. */
function modeOf(options: Options): AnalysisMode {
  const modes = modesOf(options.version);
  return options.mode !== null && modes.includes(options.mode) ? options.mode : modes.includes('offline') ? 'offline' : 'live';
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

/** `file` with the permission bits the host knows for `abs`, if it knows them. */
function withMode(host: Host, abs: string, file: UnitFile): UnitFile {
  const mode = host.fileMode?.(abs) ?? null;
  return mode === null ? file : { ...file, mode };
}

/** A unit file and the drop-ins beside it, read for analysis; paths relative to the unit's folder. */
interface ReadUnit {
  readonly dir: string;
  readonly files: UnitFile[];
  /** The path of the unit file among `files` (the template's, for an instance read from its template). */
  readonly unit: string;
  /** The instance to analyse a template file as, if not the version's default. */
  readonly instance: string | undefined;
}

/**
 * Reads the unit FILE names, as the offline analyzer finds it: the file itself, else (for an
 * instance, `getty@tty1.service`) its template beside it; with the drop-ins of the instance and the
 * template. Null when there is neither.
 */
function readUnit(host: Host, path: string, version: SystemdVersion, mode: AnalysisMode, instance: string | null): ReadUnit | null {
  const abs = absolute(host.cwd, path);
  const slash = abs.lastIndexOf('/');
  const dir = abs.slice(0, slash);
  const base = abs.slice(slash + 1);
  let unit = base;
  let text = host.readFile(abs);
  let asInstance = instance ?? undefined;
  const name = parseUnitName(base);
  if (text === null && mode === 'offline' && name !== null && name.instance !== null && name.instance !== '') {
    unit = `${name.prefix}@.${name.type}`;
    text = host.readFile(`${dir}/${unit}`);
    asInstance = name.instance;
  }
  if (text === null) return null;
  const files: UnitFile[] = [withMode(host, `${dir}/${unit}`, { path: unit, text })];
  // Drop-in folders are only looked for when the unit's folder lists one, or cannot be listed:
  // one listing costs less than probing the three or four possible folders, nearly always absent.
  const entries = host.listDir(dir);
  if (entries !== null && !hasDropInFolder(entries)) return { dir, files, unit, instance: asInstance };
  for (const folder of dropInFoldersFor(unit, version, mode, asInstance)) {
    if (entries !== null && !entries.includes(folder)) continue;
    for (const entry of host.listDir(`${dir}/${folder}`) ?? []) {
      if (!entry.endsWith('.conf')) continue;
      const conf = host.readFile(`${dir}/${folder}/${entry}`);
      if (conf !== null) files.push(withMode(host, `${dir}/${folder}/${entry}`, { path: `${folder}/${entry}`, text: conf }));
    }
  }
  return { dir, files, unit, instance: asInstance };
}

/**
 * Why the offline analyzer finds no unit for FILE (one line, without its end): its base name is not a unit name ("Failed to
 * prepare filename"), or nothing by that name is there ("Unit NAME not found.", a template under
 * the instance it would have been analysed as).
 */
function notFound(path: string, version: SystemdVersion, instance: string | null): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const name = parseUnitName(base);
  if (name === null) return `Failed to prepare filename ${path}: Invalid argument`;
  const id = name.instance === '' ? `${name.prefix}@${instance ?? profileFor(version).templateInstance}.${name.type}` : base;
  return `Unit ${id} not found.`;
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
  const mode = modeOf(parsed);
  const streams = { stdoutIsTTY: host.stdoutIsTTY ?? false, stderrIsTTY: host.stderrIsTTY ?? false, columns: host.terminalColumns ?? null };
  const terminal = terminalFor(host.env, streams, parsed.version);
  /** A line of systemd's log on stderr (`text` without its end), coloured and ended as at this terminal. */
  const log = (text: string, level: LogLevel): string => formatLogLine(text, level, terminal, parsed.version);
  const analyses: Analysis[] = [];
  // The file each analysis read, for the links of a terminal's output (live: where it is installed).
  const links: UnitLink[] = [];
  const fileUrl = (path: string): UnitLink => ({ fileUrl: `file://${host.hostname ?? ''}${path}` });
  let status = 0;
  let aborted = false;
  if (mode === 'offline' && parsed.root !== null && host.listDir(absolute(host.cwd, parsed.root)) === null) {
    return { stdout: '', stderr: `Failed to initialize unit search paths for root directory ${parsed.root}: No such file or directory\n`, status: 1 };
  }
  // Offline, a unit name is loaded once: a later FILE with the same base name is the first one again.
  const loadedByName = new Map<string, Analysis>();
  for (const path of parsed.files) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const earlier = mode === 'offline' ? loadedByName.get(base) : undefined;
    if (earlier !== undefined) {
      analyses.push(earlier);
      links.push(links[analyses.indexOf(earlier)] as UnitLink);
      continue;
    }
    // Under --root= units are looked for in the root's unit folders, which SYSTEMD_UNIT_PATH= (empty) leaves out.
    const unit = mode === 'offline' && parsed.root !== null ? null : readUnit(host, path, parsed.version, mode, parsed.instance);
    if (unit === null) {
      // Live, a file that is not there is a unit the manager cannot find.
      stderr += log(mode === 'offline' ? notFound(path, parsed.version, parsed.instance) : `Unit ${base} not found, cannot analyze.`, 'err');
      status = 1;
      if (mode === 'live') {
        analyses.push({ ok: false, version: parsed.version, mode, unitId: base, reason: { code: 'live-not-found', severity: 'error', args: { unit: base } }, diagnostics: [], managerLog: [] });
        links.push(fileUrl(''));
      }
      continue;
    }
    const options = { version: parsed.version, mode, unit: unit.unit, ...(unit.instance === undefined ? {} : { instance: unit.instance }) };
    const analysis = analyze(unit.files, policy === undefined ? options : { ...options, policy });
    if (mode === 'offline') loadedByName.set(base, analysis);
    for (const d of analysis.diagnostics) {
      // The analyzer names a file it cannot take as a unit as it was given.
      const line = d.code === 'invalid-filename' ? `Failed to prepare filename ${path}: Invalid argument` : formatDiagnostic(d, unit.dir);
      // Live, stderr holds only the analyzer's own errors.
      stderr += log(line, mode === 'live' ? 'err' : logLevelOf(d));
    }
    if (!analysis.ok) status = 1;
    analyses.push(analysis);
    links.push(fileUrl(`${mode === 'live' ? '/etc/systemd/system' : unit.dir}/${unit.unit}`));
    // Live, the analyzer returns at the first name that is not a service's, leaving the rest unread.
    if (!analysis.ok && analysis.reason.code === 'live-not-service') {
      aborted = true;
      break;
    }
  }
  // A policy that weighs nothing trips an assertion: systemd aborts, and its buffered stdout is lost.
  if (analyses.some((a) => a.ok && a.weightSum === 0)) {
    return { stdout: '', stderr: `${stderr}${WEIGHT_SUM_ASSERTION[parsed.version] ?? ''}\n`, status: 134 };
  }
  const glyphs = glyphsFor(host.env, parsed.version);
  const plain = isPlainTerminal(terminal);
  let stdout = '';
  analyses.forEach((analysis, i) => {
    // Live, every unit after the first is preceded by an empty line, printed before it is looked at.
    if (mode === 'live' && i > 0) stdout += '\n';
    if (!analysis.ok) return;
    if (parsed.json !== 'off') stdout += formatJson(analysis, parsed.json);
    else stdout += plain ? formatText(analysis, glyphs) : formatStyledText(analysis, glyphs, terminal, links[i] as UnitLink);
    if (analysis.exposure > parsed.threshold) status = 1;
  });
  // Live, several units end with an overview of those analysed (unless a refusal ended the run).
  if (mode === 'live' && parsed.files.length !== 1 && !aborted) {
    const reports = analyses.filter((a): a is Report => a.ok);
    const reportLinks = links.filter((_, i) => analyses[i]?.ok === true);
    stdout += `\n${plain || parsed.json !== 'off' ? formatOverview(reports, glyphs, parsed.json, parsed.version) : formatStyledOverview(reports, reportLinks, glyphs, terminal, parsed.version)}`;
  }
  return { stdout, stderr, status };
}
