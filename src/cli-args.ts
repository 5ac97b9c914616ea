/**
 * The command line of `unitscore security`: systemd-analyze's options as the chosen version reads
 * them (getopt, left to right, stopping at the first bad one, worded and coloured as that version
 * reports it), plus unitscore's own `--systemd=` and `--format=`.
 */
import { isSystemdVersion, modesOf, profileFor, DEFAULT_VERSION, VERSIONS, type AnalysisMode, type SystemdVersion, type VersionProfile } from './engine/index.ts';

/** The versions, as the usage texts list them (`245|247|…`). */
export const VERSION_IDS = VERSIONS.map((v) => v.id).join('|');

/** `unitscore security --help`. */
export const USAGE = `Usage: unitscore security [--offline=true|false] [--json=off|short|pretty] [--threshold=N]
                          [--security-policy=FILE] [--systemd=${VERSION_IDS}]
                          [--format=text|sarif] FILE...

Prints, byte for byte, what systemd-analyze security of the chosen systemd version (default
${DEFAULT_VERSION}) prints for each unit FILE:
  --offline=true   (the default) systemd-analyze security --offline=true FILE, for the file and
                   the drop-ins beside it (FILE.d/*.conf);
  --offline=false  systemd-analyze security NAME on a running system, with FILE and FILE.d/
                   installed in /etc/systemd/system (NAME is FILE's base name). ${VERSIONS.filter((v) => !v.modes.includes('offline')).map((v) => v.id).join(', ')}
                   have only this mode, and no --offline, --json, --threshold or --security-policy:
                   given them, unitscore answers as those versions do.
  --format=sarif   unitscore's own: instead of the table, a SARIF 2.1.0 log for code scanning,
                   one result per failing row on the line that decides it (same exit status).
systemd-analyze's other options (-q, --no-pager, --root=, ...) are read as that version reads them;
--image=, -M/--machine=, --user and, in live mode, -H/--host= are refused.
`;

/** What a `security` command line asks for. */
export interface SecurityArgs {
  json: 'off' | 'short' | 'pretty';
  /** `--format=`: systemd's own output (`text`, shaped by `--json=`), or unitscore's SARIF log. */
  format: 'text' | 'sarif';
  threshold: number;
  policyPath: string | null;
  version: SystemdVersion;
  /** null: not given on the command line (offline, unless the version has only live mode). */
  mode: AnalysisMode | null;
  files: string[];
  /** `--instance=NAME` (256+): the instance template files are analysed as. */
  instance: string | null;
  /** `--root=DIR` / `--image=FILE`: units are looked for there, not beside FILE. */
  root: string | null;
  image: string | null;
}

/**
 * A command line that runs nothing: `--help` (the usage on stdout, status 0), or an error (one line
 * on stderr, status 1). `logged` errors are systemd's own log lines, red where its errors are red
 * (see `formatLogLine()`); the others are printed as they are: getopt's, and unitscore's own.
 */
export type ArgsOutcome =
  | { readonly kind: 'usage' }
  | { readonly kind: 'error'; readonly text: string; readonly logged: boolean; readonly version: SystemdVersion };

/** The values `--offline=` (and the other boolean options) accept, as systemd's parse_boolean() does. */
export const OFFLINE_TRUE: ReadonlySet<string> = new Set(['1', 'yes', 'y', 'true', 't', 'on']);
export const OFFLINE_FALSE: ReadonlySet<string> = new Set(['0', 'no', 'n', 'false', 'f', 'off']);

type SecurityOption = VersionProfile['securityOptions'][number];

/** The options of `systemd-analyze security` that not every version knows, by the profile's name for them. */
const VERSIONED_OPTIONS: Readonly<Record<string, SecurityOption>> = {
  '--offline': 'offline', '--json': 'json', '--threshold': 'threshold', '--security-policy': 'securityPolicy', '--instance': 'instance',
};

/** The other systemd-analyze options unitscore takes, and its own (`--systemd`, `--format`). */
const OTHER_OPTIONS: ReadonlySet<string> = new Set([
  '--help', '--root', '--image', '--global', '--no-pager', '--man', '--generators', '--profile', '--systemd', '--format',
  '--host', '--machine', '--system', '--user', '--quiet', '--unit',
]);

/** Options of {@link OTHER_OPTIONS} that only versions from this one on know (older ones: "unrecognized option"). */
const OPTION_SINCE: Readonly<Record<string, SystemdVersion>> = { '--image': '252', '--quiet': '252', '--unit': '252' };

/**
 * The short options, as getopt's option string gives them: each letter's long option, and whether
 * it takes a value. A letter is known from the version its long option is (see {@link OPTION_SINCE};
 * probed: the 252 and 255 builds take `-q` although their sources' option strings lack it).
 */
const SHORT_OPTIONS: Readonly<Record<string, { readonly long: string; readonly value: boolean }>> = {
  h: { long: '--help', value: false },
  H: { long: '--host', value: true },
  M: { long: '--machine', value: true },
  U: { long: '--unit', value: true },
  q: { long: '--quiet', value: false },
};

/** Options that take no value (getopt refuses `--global=1`)… */
const NO_VALUE: ReadonlySet<string> = new Set(['--help', '--global', '--no-pager', '--system', '--user', '--quiet']);
/** …and those whose value is optional (`--man` alone is `--man=yes`); the others need one, from the next argument if not after `=`. */
const OPTIONAL_VALUE: ReadonlySet<string> = new Set(['--man', '--generators']);

/**
 * How each version reports a bad option, as data only the CLI needs (the engine's profiles travel
 * with the embed). `booleanValue`: a value `parse_boolean()` refuses (`--offline=`, `--man=`,
 * `--generators=`), `{flag}` and `{value}` filled in. `getoptLogged`: whether getopt's complaints
 * ("unrecognized option", "requires an argument") are systemd's own logged errors (262: red where
 * errors are, naming the option without its value) or glibc's plain lines (naming the whole argument).
 */
const OPTION_ERRORS: Readonly<Record<SystemdVersion, { readonly booleanValue: string; readonly getoptLogged: boolean }>> = {
  '245': { booleanValue: 'Failed to parse {flag}= argument.', getoptLogged: false },
  '247': { booleanValue: 'Failed to parse {flag}= argument.', getoptLogged: false },
  '249': { booleanValue: 'Failed to parse boolean argument to {flag}: {value}.', getoptLogged: false },
  '252': { booleanValue: 'Failed to parse boolean argument to {flag}: {value}.', getoptLogged: false },
  '254': { booleanValue: 'Failed to parse boolean argument to {flag}: {value}.', getoptLogged: false },
  '255': { booleanValue: 'Failed to parse boolean argument to {flag}: {value}.', getoptLogged: false },
  '257': { booleanValue: 'Failed to parse boolean argument to {flag}: {value}.', getoptLogged: false },
  '262': { booleanValue: "Failed to parse boolean argument to '{flag}': {value}", getoptLogged: true },
};

/** What `--global` gets: the verbs it applies to grew and shrank with the versions. */
const GLOBAL_REFUSAL: Readonly<Record<SystemdVersion, string>> = {
  '245': 'Option --global only makes sense with verbs dot, unit-paths, verify.',
  '247': 'Option --global only makes sense with verbs dot, unit-paths, verify.',
  '249': 'Option --global only makes sense with verbs dot, unit-paths, verify.',
  '252': 'Option --global only makes sense with verbs dot, unit-paths, verify.',
  '254': 'Option --global only makes sense with verbs dot, unit-paths, verify.',
  '255': 'Option --global only makes sense with verbs dot, unit-paths, verify.',
  '257': 'Option --global only makes sense with verb unit-paths.',
  '262': 'Option --global only makes sense with verb unit-paths.',
};

/** What `--root=`/`--image=` get in live mode (252 on; before, --root has its own refusal and --image does not exist). */
const ROOT_REFUSAL: Readonly<Record<SystemdVersion, string>> = {
  '245': '', '247': '', '249': '',
  '252': 'Options --root= and --image= are only supported for cat-config, verify, condition and security when used with --offline= right now.',
  '254': 'Options --root= and --image= are only supported for cat-config, verify, condition and security when used with --offline= right now.',
  '255': 'Options --root= and --image= are only supported for cat-config, verify, condition and security when used with --offline= right now.',
  '257': 'Options --root= and --image= are only supported for cat-config, verify, condition and security when used with --offline= right now.',
  '262': 'Options --root= and --image= are only supported for cat-config, verify, condition, unit-gdb, and security when used with --offline= right now.',
};

/**
 * The version a command line asks for (`--systemd=V` or `--systemd V`, wherever it is; the last one
 * counts), so that an error before it is still reported as that version reports it. The default
 * when absent or invalid.
 */
export function versionAskedIn(argv: readonly string[]): SystemdVersion {
  let version: SystemdVersion = DEFAULT_VERSION;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg.startsWith('--systemd=') ? arg.slice('--systemd='.length) : arg === '--systemd' ? argv[i + 1] : undefined;
    if (value !== undefined && isSystemdVersion(value)) version = value;
  }
  return version;
}

/** An {@link ArgsOutcome} error. */
function argError(text: string, logged: boolean, version: SystemdVersion): ArgsOutcome {
  return { kind: 'error', text, logged, version };
}

/** Whether `version` is `since` or later (the ids are release numbers). */
function isAtLeast(version: SystemdVersion, since: SystemdVersion | undefined): boolean {
  return since === undefined || Number(version) >= Number(since);
}

/**
 * Short option `-${letter}` with the value it takes (from the rest of its argument or the next
 * one), as getopt reads it, or the error getopt gives for it; `value` undefined when it takes none.
 */
function shortOption(letter: string, rest: string, next: string | undefined, version: SystemdVersion): { readonly flag: string; readonly value: string | undefined; readonly usedNext: boolean } | ArgsOutcome {
  const logged = OPTION_ERRORS[version].getoptLogged;
  const option = SHORT_OPTIONS[letter];
  if (option === undefined || !isAtLeast(version, OPTION_SINCE[option.long])) {
    return argError(logged ? `systemd-analyze: unrecognized option '-${letter}'` : `systemd-analyze: invalid option -- '${letter}'`, logged, version);
  }
  if (!option.value) return { flag: option.long, value: undefined, usedNext: false };
  if (rest !== '') return { flag: option.long, value: rest, usedNext: false };
  if (next === undefined) {
    return argError(logged ? `systemd-analyze: option '-${letter}' requires an argument` : `systemd-analyze: option requires an argument -- '${letter}'`, logged, version);
  }
  return { flag: option.long, value: next, usedNext: true };
}

/**
 * What unitscore cannot imitate, by option: its own refusal, given after systemd's own checks.
 * `--host=` only live: offline, no version looks at it.
 */
const UNSUPPORTED: Readonly<Record<string, { readonly text: string; readonly offlineToo: boolean }>> = {
  '--machine': { text: 'unitscore: --machine=/-M (a container\'s service manager) is not supported: give the unit files instead', offlineToo: true },
  '--user': { text: 'unitscore: --user (a user\'s service manager) is not supported: give the unit files instead', offlineToo: true },
  '--host': { text: 'unitscore: --host=/-H (a remote system\'s service manager) is not supported in live mode: give the unit files instead', offlineToo: false },
  // What the analyzer says depends on the machine (loop devices, privileges, blkid): nothing to imitate.
  '--image': { text: 'unitscore: --image= (a disk image) is not supported: unpack it and give --root= its folder instead', offlineToo: true },
};

/**
 * Reads `unitscore security …` (`argv` without the verb). Options come in any order among the FILEs;
 * the first bad one ends the reading, as getopt does.
 */
export function parseSecurityArgs(argv: readonly string[]): SecurityArgs | ArgsOutcome {
  const version = versionAskedIn(argv);
  const profile = profileFor(version, 'live');
  const errors = OPTION_ERRORS[version];
  // Errors are made by plain calls, not closures: the throughput benchmark runs this once per unit.
  const logged = true;
  const own = false;
  const args: SecurityArgs = {
    json: 'off', format: 'text', threshold: 100, policyPath: null, version, mode: null, files: [], instance: null, root: null, image: null,
  };
  let global = false;
  let unit = false;
  /** The options unitscore cannot imitate, in the order given (see {@link UNSUPPORTED}). */
  const unsupported: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    let flag: string;
    let value: string;
    let eq: number;
    if (!arg.startsWith('--')) {
      // A cluster of short options (`-qH host`): each letter in turn, the first taking a value ending
      // it. Only `-q`, which does nothing here, can come before another letter.
      for (let j = 1; ; j++) {
        const option = shortOption(arg[j] as string, arg.slice(j + 1), argv[i + 1], version);
        if ('kind' in option) return option;
        if (option.value === undefined && j + 1 < arg.length && option.flag !== '--help') continue;
        if (option.usedNext) i++;
        flag = option.flag;
        value = option.value ?? '';
        break;
      }
      eq = -1;
    } else {
      eq = arg.indexOf('=');
      flag = eq < 0 ? arg : arg.slice(0, eq);
      value = arg.slice(eq + 1); // without `=`: the whole argument, which some messages then quote
      const versioned = VERSIONED_OPTIONS[flag];
      // `--offline=false` is unitscore's way of choosing live mode, which every version has.
      const known = versioned === undefined ? OTHER_OPTIONS.has(flag) && isAtLeast(version, OPTION_SINCE[flag]) : profile.securityOptions.includes(versioned) || (versioned === 'offline' && OFFLINE_FALSE.has(value));
      if (!known) return argError(`systemd-analyze: unrecognized option '${errors.getoptLogged ? flag : arg}'`, errors.getoptLogged, version);
      if (NO_VALUE.has(flag) && eq >= 0) return argError(`systemd-analyze: option '${flag}' doesn't allow an argument`, errors.getoptLogged, version);
      if (!NO_VALUE.has(flag) && !OPTIONAL_VALUE.has(flag) && eq < 0) {
        const next = argv[++i];
        if (next === undefined) return argError(`systemd-analyze: option '${flag}' requires an argument`, errors.getoptLogged, version);
        value = next;
      }
    }
    if (UNSUPPORTED[flag] !== undefined) unsupported.push(flag);
    if (flag === '--help') return { kind: 'usage' };
    else if (flag === '--offline') {
      if (OFFLINE_TRUE.has(value)) args.mode = 'offline';
      else if (OFFLINE_FALSE.has(value)) args.mode = 'live';
      else return argError(errors.booleanValue.replace('{flag}', flag).replace('{value}', value), logged, version);
    } else if (flag === '--json') {
      if (value !== 'off' && value !== 'short' && value !== 'pretty') return argError(`Unknown argument to --json= switch: ${value}`, logged, version);
      args.json = value;
    } else if (flag === '--threshold') {
      if (!/^[0-9]+$/.test(value) || Number(value) > 100) return argError(`Failed to parse threshold: ${value}`, logged, version);
      args.threshold = Number(value);
    } else if (flag === '--format') {
      if (value !== 'text' && value !== 'sarif') return argError(`unitscore: unknown output format '${value}' (use --format=text or --format=sarif)`, own, version);
      args.format = value;
    } else if (flag === '--security-policy') args.policyPath = value;
    else if (flag === '--instance') args.instance = value;
    else if (flag === '--root') args.root = value;
    else if (flag === '--image') args.image = value;
    else if (flag === '--global') global = true;
    else if (flag === '--unit') unit = true;
    else if (flag === '--man' || flag === '--generators') {
      // Offline, manual pages are not read and generators add nothing to a unit named by its file.
      if (eq >= 0 && !OFFLINE_TRUE.has(value) && !OFFLINE_FALSE.has(value)) return argError(errors.booleanValue.replace('{flag}', flag).replace('{value}', value), logged, version);
    } else if (flag === '--profile') {
      // Portable profiles: by name from the (here absent) portable profile folders, or a .conf file.
      if (value.includes('/') && !value.endsWith('.conf')) return argError(`Profile file name must end with .conf: ${value}`, logged, version);
      if (!value.includes('/')) return argError(`Failed to find portable profile ${value}: No such file or directory`, logged, version);
      return argError('unitscore: --profile=FILE is not supported', own, version);
    } else if (flag === '--systemd' && !isSystemdVersion(value)) {
      return argError(`Unknown systemd version '${value}': use ${VERSIONS.map((v) => v.id).join(', ')}.`, own, version);
    }
    // --no-pager: unitscore never pages; its output is the real tool's with --no-pager (or SYSTEMD_PAGER=cat).
  }
  if (args.format === 'sarif' && args.json !== 'off') return argError('unitscore: --format=sarif and --json= exclude each other', own, version);
  if (global) return argError(GLOBAL_REFUSAL[version], logged, version);
  const live = modeOf(args) === 'live';
  if (!isAtLeast(version, '252') && args.root !== null) return argError('Option --root is only supported for cat-config right now.', logged, version);
  if (live && (args.root !== null || args.image !== null)) return argError(ROOT_REFUSAL[version], logged, version);
  if (args.root !== null && args.image !== null) return argError('Please specify either --root= or --image=, the combination of both is not supported.', logged, version);
  if (unit) return argError('Option --unit= is only supported for condition', logged, version);
  for (const option of unsupported) {
    const refusal = UNSUPPORTED[option];
    if (refusal !== undefined && (live || refusal.offlineToo)) return argError(refusal.text, own, version);
  }
  if (args.files.length === 0) {
    return !live
      ? argError('Option --offline= requires one or more units to perform a security review.', logged, version)
      : argError('unitscore: live mode needs one or more unit files (a running system would list all its loaded units).', own, version);
  }
  return args;
}

/** The mode a run imitates: the one asked for, else offline where the version has it, else live. */
export function modeOf(args: Pick<SecurityArgs, 'mode' | 'version'>): AnalysisMode {
  const modes = modesOf(args.version);
  return args.mode !== null && modes.includes(args.mode) ? args.mode : modes.includes('offline') ? 'offline' : 'live';
}
