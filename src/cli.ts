/**
 * `unitscore security …`: a thin shell over the engine, with the same stdout, stderr and exit
 * status as `systemd-analyze security` of the chosen version: offline (`--offline=true`, the
 * default) for the same files in the same folder, or live (`--offline=false`) for the same files
 * installed in /etc/systemd/system and loaded by a running manager.
 * The host (file system, environment) is passed in so tests can run it on an in-memory folder.
 */
import {
  analyze, dropInFoldersFor, formatDiagnostic, formatJson, formatLogLine, formatOverview, formatSarif, formatStyledOverview, formatStyledText, formatText, formatTextLines, glyphsFor, isPlainTerminal,
  isSystemdVersion, logLevelOf, modesOf, parsePolicy, parseUnitName, profileFor, terminalFor,
  DEFAULT_VERSION, type Analysis, type AnalysisMode, type Report, type SarifUnit, type SecurityPolicy, type SystemdVersion, type UnitFile, type UnitLink, type LogLevel, type Streams,
} from './engine/index.ts';
import {
  ansibleTasks, formatPath, isNeedsError, nixosServiceConfig, systemctlEditCommand, needsErrorMessage, parseNeeds, parseTarget, plan, unmetMessage, DEFAULT_PROFILE, NEED_QUESTIONS, NEEDS, PROFILES, PROFILE_SUMMARIES, type Plan, type ProfileName,
} from './planner/index.ts';
import { modeOf, parseSecurityArgs, versionAskedIn, OFFLINE_FALSE, OFFLINE_TRUE, USAGE, VERSION_IDS } from './cli-args.ts';

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
  /**
   * Where a `security` run may print stdout as it goes, in order, so a long run's output flows out
   * while it works (as the analyzer's does) instead of all at its end. Optional: without it, stdout
   * comes back whole in {@link CliResult.stdout}. With it, the result's `stdout` is what is left to
   * print after everything handed over. Each call gets pieces (most of them text table lines) to
   * print in order; the array is reused after the call returns. The lines of one table position are
   * the same string objects from one unit to the next while they read the same, so the host can
   * encode each distinct line once (`bin/unitscore.js`). Used only when nothing printed can be
   * taken back: without `--security-policy=` (see {@link main}).
   */
  writeStdout?(pieces: readonly string[]): void;
}

/** Everything a run produced. */
export interface CliResult {
  /** What the run printed on stdout (after what it handed to {@link Host.writeStdout}, if it did). */
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

const HARDEN_USAGE = `Usage: unitscore harden [--systemd=${VERSION_IDS}] [--offline=true|false] [--target=X]
                        [--needs=PROFILE|LIST] [--show=WHAT] FILE

Plans a drop-in (FILE.d/hardening.conf) that brings the unit's exposure, as systemd-analyze security
of that version prints it, to X or lower (a number such as 2.0, or a band: OK, SAFE; default 2.0),
using only settings that keep what the service needs. Prints the drop-in on stdout, each line
commented with what it stops and what it can break. --show=path prints every step instead, in
order of risk and gain, with the exposure after each; --show=systemctl-edit a shell command that
installs the drop-in on a server of that version, --show=nixos a NixOS serviceConfig, --show=ansible
Ansible tasks that install it. Exit status 0 when the target is met; 2 when
it cannot be met without breaking a need (the best drop-in is still printed, and stderr says which
need stands in the way); 1 on bad input.

--needs= is a profile, optionally followed by single needs: +NEED (or NEED) adds one, -NEED
removes one, writes=/path:/other adds paths it writes; start with none to begin from no needs.
Example: --needs=network-server,+jit,writes=/var/lib/app. Default: ${DEFAULT_PROFILE}.
Profiles:
${Object.keys(PROFILES).map((p) => `  ${p.padEnd(16)} ${PROFILE_SUMMARIES[p as ProfileName]} (${PROFILES[p as ProfileName].join(', ') || 'no needs'})`).join('\n')}
Needs:
${NEEDS.map((n) => `  ${n.id.padEnd(16)} ${NEED_QUESTIONS[n.id]}`).join('\n')}
`;

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

/** A folder listing's names that could be drop-in folders (`….d`). */
const dropInNames = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The names in a folder listing that could be drop-in folders (`….d`), found once per listing: one
 * call naming 1,500 units in one folder would otherwise scan its 1,500 names for each unit (and
 * again for each drop-in folder the unit could have), 10 million string comparisons.
 */
function dropInFolderNames(entries: readonly string[]): ReadonlySet<string> {
  let names = dropInNames.get(entries);
  if (names === undefined) dropInNames.set(entries, (names = new Set(entries.filter((entry) => entry.endsWith('.d')))));
  return names;
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
  const folders = entries === null ? null : dropInFolderNames(entries);
  if (folders !== null && folders.size === 0) return { dir, files, unit, instance: asInstance };
  for (const folder of dropInFoldersFor(unit, version, mode, asInstance)) {
    if (folders !== null && !folders.has(folder)) continue;
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

/**
 * The folder `dir` (absolute) as a SARIF log names it: relative to `cwd` when inside it (`''` for
 * `cwd` itself), else absolute.
 */
function folderFor(cwd: string, dir: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  if (dir === cwd || `${dir}/` === prefix) return '';
  return dir.startsWith(prefix) ? dir.slice(prefix.length) : dir;
}

/** A run that ends with one error line of systemd `version`'s log (red where its errors are red). */
function failed(text: string, version: SystemdVersion, host: Host, streams: Streams): CliResult {
  return { stdout: '', stderr: formatLogLine(text, 'err', terminalFor(host.env, streams, version), version), status: 1 };
}

/** Runs the CLI with `argv` (without `node` and the script), e.g. `['security', '--offline=true', './x.service']`. */
export function main(argv: readonly string[], host: Host): CliResult {
  const verb = argv[0];
  if (verb === 'harden') return harden(argv.slice(1), host);
  if (verb === undefined || verb === '--help' || verb === '-h') return { stdout: USAGE, stderr: '', status: 0 };
  const streams = { stdoutIsTTY: host.stdoutIsTTY ?? false, stderrIsTTY: host.stderrIsTTY ?? false, columns: host.terminalColumns ?? null };
  if (verb !== 'security') return failed(`Unknown command verb '${verb}'.`, versionAskedIn(argv), host, streams);
  const parsed = parseSecurityArgs(argv.slice(1));
  if ('kind' in parsed) {
    if (parsed.kind === 'usage') return { stdout: USAGE, stderr: '', status: 0 };
    return parsed.logged ? failed(parsed.text, parsed.version, host, streams) : { stdout: '', stderr: `${parsed.text}\n`, status: 1 };
  }
  let stderr = '';
  let policy: SecurityPolicy | undefined;
  if (parsed.policyPath !== null) {
    const path = absolute(host.cwd, parsed.policyPath);
    const text = host.readFile(path);
    const result = text === null ? null : parsePolicy(text);
    if (result === null || !result.ok) {
      const where = result === null ? ' at 0:0' : result.line === undefined ? '' : ` at ${result.line}:${result.column}`;
      return failed(`Failed to parse '${path}'${where}: ${result === null ? 'No such file or directory' : result.message}`, parsed.version, host, streams);
    }
    policy = result.policy;
  }
  const mode = modeOf(parsed);
  const terminal = terminalFor(host.env, streams, parsed.version);
  const plainOutput = isPlainTerminal(terminal);
  /** A line of systemd's log on stderr (`text` without its end), coloured and ended as at this terminal. */
  const log = (text: string, level: LogLevel): string => formatLogLine(text, level, terminal, parsed.version);
  // Null once printed when nothing later reads it (offline, printing as it goes): 1,500 reports kept
  // to the end would double the time spent collecting garbage.
  const analyses: (Analysis | null)[] = [];
  // The file each analysis read, for the links of a terminal's output (live: where it is installed).
  const links: UnitLink[] = [];
  // Only a terminal's output links its units: plain output needs no link, so none is made.
  const noLink: UnitLink = { fileUrl: '' };
  const fileUrl = (path: string): UnitLink => (plainOutput ? noLink : { fileUrl: `file://${host.hostname ?? ''}${path}` });
  let status = 0;
  let aborted = false;
  if (mode === 'offline' && parsed.root !== null && host.listDir(absolute(host.cwd, parsed.root)) === null) {
    return failed(`Failed to initialize unit search paths for root directory ${parsed.root}: No such file or directory`, parsed.version, host, streams);
  }
  const glyphs = glyphsFor(host.env, parsed.version);
  const plain = plainOutput;
  // Printed as analysed only without a policy: only a policy that weighs nothing trips the assertion
  // below, which loses all of stdout (NoNewPrivileges= alone weighs 1000 and is never N/A), and SARIF
  // is one document made at the end.
  const stream = host.writeStdout !== undefined && policy === undefined && parsed.format !== 'sarif' ? host.writeStdout.bind(host) : null;
  const release = stream !== null && mode === 'offline';
  // What is printed and not handed over: concatenated, never joined (a join copies every character,
  // a concatenation only links the pieces); or, streaming, the pieces for the next hand-over.
  let stdout = '';
  const out: string[] = [];
  const emit = stream === null ? (piece: string): void => void (stdout += piece) : (piece: string): void => void out.push(piece);
  let printed = 0;
  /** Formats the analyses before `end` not printed yet, and hands them over when streaming. */
  const printUpTo = (end: number): void => {
    for (; printed < end; printed++) {
      const analysis = analyses[printed] as Analysis;
      if (release) analyses[printed] = null;
      // Live, every unit after the first is preceded by an empty line, printed before it is looked at.
      if (mode === 'live' && printed > 0) emit('\n');
      if (!analysis.ok) continue;
      if (parsed.json !== 'off') emit(formatJson(analysis, parsed.json));
      else if (!plain) emit(formatStyledText(analysis, glyphs, terminal, links[printed] as UnitLink));
      else if (stream === null) emit(formatText(analysis, glyphs));
      else {
        // A text table goes over as the formatter made it, after what was printed before it.
        if (out.length > 0) {
          stream(out);
          out.length = 0;
        }
        stream(formatTextLines(analysis, glyphs));
      }
      if (analysis.exposure > parsed.threshold) status = 1;
    }
    if (stream !== null && out.length > 0) {
      stream(out);
      out.length = 0;
    }
  };
  // Offline, a unit name is loaded once: a later FILE with the same base name is the first one again.
  // Only names given more than once are remembered: the others are never looked up.
  const loadedByName = new Map<string, { readonly analysis: Analysis; readonly index: number }>();
  const repeated = new Set<string>();
  if (mode === 'offline' && parsed.files.length > 1) {
    const seen = new Set<string>();
    for (const path of parsed.files) {
      const base = path.slice(path.lastIndexOf('/') + 1);
      if (seen.has(base)) repeated.add(base);
      seen.add(base);
    }
  }
  // Offline, every FILE loads into one manager: a service wanting a bus name an earlier one watches is refused.
  const busNamesTaken = new Set<string>();
  // For --format=sarif (only): where each analysis came from.
  const sources = new Map<Analysis, SarifUnit>();
  for (const path of parsed.files) {
    if (stream !== null) printUpTo(analyses.length);
    const base = path.slice(path.lastIndexOf('/') + 1);
    const earlier = mode === 'offline' ? loadedByName.get(base) : undefined;
    if (earlier !== undefined) {
      analyses.push(earlier.analysis);
      links.push(links[earlier.index] as UnitLink);
      continue;
    }
    // Under --root= units are looked for in the root's unit folders, which SYSTEMD_UNIT_PATH= (empty) leaves out.
    const unit = mode === 'offline' && parsed.root !== null ? null : readUnit(host, path, parsed.version, mode, parsed.instance);
    if (unit === null) {
      // Live, a file that is not there is a unit the manager cannot find.
      stderr += log(mode === 'offline' ? notFound(path, parsed.version, parsed.instance) : `Unit ${base} not found, cannot analyze.`, 'err');
      status = 1;
      if (mode === 'live') {
        const refusal: Analysis = { ok: false, version: parsed.version, mode, unitId: base, reason: { code: 'live-not-found', severity: 'error', args: { unit: base } }, diagnostics: [], managerLog: [] };
        analyses.push(refusal);
        links.push(fileUrl(''));
        const abs = absolute(host.cwd, path);
        if (parsed.format === 'sarif') sources.set(refusal, { analysis: refusal, files: [], unit: base, folder: folderFor(host.cwd, abs.slice(0, abs.lastIndexOf('/'))) });
      }
      continue;
    }
    const options = { version: parsed.version, mode, unit: unit.unit, busNamesTaken, ...(unit.instance === undefined ? {} : { instance: unit.instance }) };
    const analysis = analyze(unit.files, policy === undefined ? options : { ...options, policy });
    if (analysis.busName !== undefined) busNamesTaken.add(analysis.busName);
    if (repeated.has(base)) loadedByName.set(base, { analysis, index: analyses.length });
    if (parsed.format === 'sarif') sources.set(analysis, { analysis, files: unit.files, unit: unit.unit, folder: folderFor(host.cwd, unit.dir) });
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
  if (analyses.some((a) => a !== null && a.ok && a.weightSum === 0)) {
    return { stdout: '', stderr: `${stderr}${WEIGHT_SUM_ASSERTION[parsed.version] ?? ''}\n`, status: 134 };
  }
  if (parsed.format === 'sarif') {
    const units = analyses.flatMap((a) => (a === null ? [] : sources.get(a) ?? []));
    for (const a of analyses) if (a !== null && a.ok && a.exposure > parsed.threshold) status = 1;
    return { stdout: formatSarif(units, { version: parsed.version, mode, threshold: parsed.threshold }), stderr, status };
  }
  printUpTo(analyses.length);
  // Live, several units end with an overview of those analysed (unless a refusal ended the run).
  if (mode === 'live' && parsed.files.length !== 1 && !aborted) {
    const reports = analyses.filter((a): a is Report => a !== null && a.ok);
    const reportLinks = links.filter((_, i) => analyses[i]?.ok === true);
    emit(`\n${plain || parsed.json !== 'off' ? formatOverview(reports, glyphs, parsed.json, parsed.version) : formatStyledOverview(reports, reportLinks, glyphs, terminal, parsed.version)}`);
  }
  // Streaming, what is left (the live overview) is returned, not handed over.
  for (const piece of out) stdout += piece;
  return { stdout, stderr, status };
}

/** What `unitscore harden --show=WHAT` prints of a plan. */
const SHOWS: Readonly<Record<string, (plan: Plan, version: SystemdVersion) => string>> = {
  'drop-in': (p) => p.dropIn.text,
  path: (p) => formatPath(p),
  'systemctl-edit': (p, version) => systemctlEditCommand(p.dropIn, { version }),
  nixos: (p) => nixosServiceConfig(p.dropIn),
  ansible: (p) => ansibleTasks(p.dropIn),
};

/** `unitscore harden …`: the planner on one unit file (see {@link HARDEN_USAGE}). */
function harden(argv: readonly string[], host: Host): CliResult {
  const fail = (message: string): CliResult => ({ stdout: '', stderr: `unitscore harden: ${message}\n`, status: 1 });
  let version: SystemdVersion = DEFAULT_VERSION;
  let offline: boolean | null = null;
  let target = 20;
  let needsList: string | undefined;
  let show = 'drop-in';
  const files: string[] = [];
  for (const arg of argv) {
    const eq = arg.indexOf('=');
    const [flag, value] = eq < 0 ? [arg, ''] : [arg.slice(0, eq), arg.slice(eq + 1)];
    if (flag === '--help' || flag === '-h') return { stdout: HARDEN_USAGE, stderr: '', status: 0 };
    if (!arg.startsWith('--')) files.push(arg);
    else if (flag === '--systemd' && isSystemdVersion(value)) version = value;
    else if (flag === '--offline' && (OFFLINE_TRUE.has(value) || OFFLINE_FALSE.has(value))) offline = OFFLINE_TRUE.has(value);
    else if (flag === '--target' && parseTarget(value) !== null) target = parseTarget(value) ?? target;
    else if (flag === '--needs') needsList = value;
    else if (flag === '--show' && Object.hasOwn(SHOWS, value)) show = value;
    else return fail(`bad option '${arg}' (see unitscore harden --help)`);
  }
  if (files.length !== 1) return fail('give exactly one unit FILE (see unitscore harden --help)');
  const modes = modesOf(version);
  const mode: AnalysisMode = offline === false || !modes.includes('offline') ? 'live' : 'offline';
  if (offline === true && !modes.includes('offline')) return fail(`systemd ${version} has no offline mode: use --offline=false`);
  const needs = parseNeeds(needsList);
  if (isNeedsError(needs)) return fail(needsErrorMessage(needs));
  const path = files[0] as string;
  const unit = readUnit(host, path, version, mode, null);
  if (unit === null) return fail(`no unit file at ${path}`);
  const result = plan({ files: unit.files, unit: unit.unit, version, mode, target, needs });
  if (!result.ok) {
    const reason = result.analysis.ok ? '' : formatDiagnostic(result.analysis.reason, unit.dir);
    return fail(`systemd ${version} (${mode}) does not analyse ${path}, so there is nothing to plan: ${reason}`);
  }
  const stdout = SHOWS[show]?.(result, version) ?? result.dropIn.text;
  if (result.met) return { stdout, stderr: '', status: 0 };
  const floor = result.steps.at(-1)?.exposure ?? result.before.exposure;
  return { stdout, stderr: `unitscore harden: ${unmetMessage(target, floor, result.blockers)}\n`, status: 2 };
}
