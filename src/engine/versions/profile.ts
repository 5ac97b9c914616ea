/**
 * Per-version behaviour of the loader and analyzer, as data. Every difference between the systemd
 * versions the engine imitates is a field here (or in the per-version syscall/directive data);
 * the code reads the profile and never branches on a version number.
 */
import type { AnalysisMode, SystemdVersion } from '../types.ts';
import type { PaletteName } from '../format/palette.ts';
import type { ColorMode } from '../format/terminal.ts';
import { manPageUrl } from '../man-page.ts';
import { effectiveMode } from './list.ts';

/** How one systemd version loads and scores a unit, where versions and modes differ. */
export interface VersionProfile {
  readonly version: SystemdVersion;
  /** The way of asking this profile imitates (see {@link AnalysisMode}). */
  readonly mode: AnalysisMode;
  /** Instance name a template is analysed under offline (`foo@.service` → `foo@i.service`). */
  readonly templateInstance: string;
  /** The instance name a template is analysed under live (`test-instance` up to 256, `test_instance` from 257). */
  readonly liveTemplateInstance: string;
  /** 252 words value errors per parser ("Failed to parse boolean value"); 257+ as "Failed to parse KEY=VALUE". */
  readonly legacyWarnings: boolean;
  /** PrivateMounts= is a tri-state (254 on): an empty value resets it to "unset", whatever the mode. */
  readonly privateMountsTristate: boolean;
  /**
   * How "unset" reads: offline, from 254 on, as yes (✓ by default); live it is the D-Bus property's
   * false (and before 254 there is no "unset" but the default).
   */
  readonly privateMountsUnsetIsTrue: boolean;
  /** Accepted non-boolean values of settings that became enums; any accepted value other than `no` counts as on. */
  readonly enumValues: Readonly<Record<'PrivateTmp' | 'PrivateUsers' | 'ProtectControlGroups' | 'ProtectHostname', readonly string[]>>;
  /** ProtectHostname= also accepts `private:NAME` (262). */
  readonly protectHostnamePrivateName: boolean;
  /** Highest capability number accepted in CapabilityBoundingSet=/AmbientCapabilities=. */
  readonly capabilityNumberMax: number;
  /** The capability tokenizer tolerates unbalanced quotes (257+). */
  readonly capabilityRelaxedQuotes: boolean;
  /**
   * `kill` is accepted after `:` in SystemCallFilter= (`uname:kill`, 247+); before, it is not an
   * errno and the entry is ignored with a warning.
   */
  readonly syscallKillAction: boolean;
  /**
   * How an errno on a SystemCallFilter= entry bends the list's polarity. `from-248`: an allow entry
   * with an errno (`read:EPERM`) is refused with a warning, and a deny entry with an errno inside an
   * allow-list adds the call with that errno. `plain` (245, 247): neither is special; an entry adds
   * its calls when its polarity is the list's, and removes them otherwise.
   */
  readonly syscallErrnoRules: 'plain' | 'from-248';
  /** UMask= takes a leading `+` (`+022`; 245 parses with strtol); later releases refuse a sign. */
  readonly umaskPlusSign: boolean;
  /** A `~` capability value is masked to bits 0..62 and so never looks "unset" again (262). */
  readonly capabilityInvertMasked: boolean;
  /** An unknown address family ends the RestrictAddressFamilies= line instead of being skipped (262). */
  readonly addressFamilyUnknownStops: boolean;
  /**
   * The highest socket family number the build knows (systemd's table comes from the kernel headers
   * it was built with): 45 (AF_MCTP, Linux 5.15) everywhere but Debian 11's 247, built on 5.10, for
   * which AF_MCTP is an unknown name.
   */
  readonly addressFamilyMax: number;
  /** The TPM device that encrypted credentials add to DeviceAllow=, or null when they add none. */
  readonly credentialTpmDevice: string | null;
  /** Cells a TAB takes when sizing a column (1 in 252, 8 from 257 on). */
  readonly tabColumnWidth: number;
  /** Cells a TAB is assumed to take when padding a cell (1 up to 257, 8 in 262). */
  readonly tabPaddingWidth: number;
  /** `SYSTEMD_UTF8=<bool>` forces UTF-8 mode on or off (257+). */
  readonly utf8EnvOverride: boolean;
  /** A row with no description sorts first (262) instead of by glibc's merge-sort accident. */
  readonly emptyDescriptionSortsFirst: boolean;
  /** SystemCallArchitectures= knows `loongarch64` (255+). */
  readonly architectureLoongarch64: boolean;
  /** Section headers: `[]` is fatal and bad characters are worded "Section header invalid" (262). */
  readonly strictSectionHeaders: boolean;
  /** Exec*= accepts the `|` prefix (run through the shell; 258+). */
  readonly execShellPrefix: boolean;
  /** Exec*= lines with the `!!` prefix draw a "no longer supported" notice (262). */
  readonly execDoubleBangNotice: boolean;
  /** PIDFile= below /var/run/ is rewritten with a notice (257+). */
  readonly pidFileLegacyNotice: boolean;
  /** Deprecated cgroup-v1 settings → the notice's advice (252/257: "Unit uses X=; please use …"). */
  readonly deprecatedOptions: Readonly<Record<string, string>>;
  /** Settings whose support is gone: "Support for option X= has been removed and it is ignored" (262). */
  readonly removedOptions: readonly string[];
  /** The values SuccessAction=, FailureAction=, StartLimitAction=, JobTimeoutAction= accept (halt, kexec, soft-reboot… from 254). */
  readonly emergencyActions: readonly string[];
  /** PrivatePIDs= exists (257+): a boolean, refused with Type=forking. */
  readonly privatePids: boolean;
  /** PAMName= with PrivatePIDs=yes is refused (262). */
  readonly pamPrivatePidsRefused: boolean;
  /** The "Unknown key" warning's code: 255 words it "Unknown key name 'K' in section 'S'" (`unknown-key-quoted`). */
  readonly unknownKeyCode: 'unknown-key' | 'unknown-key-quoted';
  /**
   * A bad IPAddressAllow=/Deny= prefix warns "Address prefix is invalid, ignoring assignment" and an
   * unknown system call "Failed to parse system call, ignoring" (252, 254; 255 words both anew).
   */
  readonly legacyListWarnings: boolean;
  /**
   * Live before 250, the manager lists a SystemCallFilter= entry that carries an errno as
   * `name:ERRNO` and the analyzer, matching names exactly, does not find `name`: such entries are
   * never "included" in a group (the list still counts as defined).
   */
  readonly errnoEntriesUnmatched: boolean;
  /**
   * Live, the analyzer stores IPEgressFilterPath= in its ingress flag after reading
   * IPIngressFilterPath=, so only egress filters count as custom filters (245, 247).
   */
  readonly ipEgressFilterOnly: boolean;
  /** SystemCallArchitectures= knows `riscv64` (246+). */
  readonly architectureRiscv64: boolean;
  /** User=/Group= names follow 245's stricter "compat" rule (no spaces, `@`, …), not the relaxed one of 246+. */
  readonly userNameCompatRule: boolean;
  /** RestrictAddressFamilies=none is a keyword (249+); before, `none` is an unknown family. */
  readonly addressFamilyNoneKeyword: boolean;
  /** Section names are not checked for unsafe characters (before 250): `[Ser"vice]` is an unknown section, not fatal. */
  readonly laxSectionHeaders: boolean;
  /** IPAddressAllow=/Deny=: a bad word ends the line, dropping the words after it too (before 250). */
  readonly ipBadWordEndsLine: boolean;
  /**
   * The manager reduces an IP list after each assignment it reads to the end (a prefix covered by
   * another is dropped), so the live analyzer sees `127.0.0.0/8` alone where
   * `127.0.0.1/32 127.0.0.0/8` was written (before 250). A line a bad word ends is not reduced.
   */
  readonly ipPrefixesReduced: boolean;
  /** RestrictNamespaces= knows `time` (250+); before, a list naming it is ignored whole. */
  readonly timeNamespace: boolean;
  /**
   * The rating's face is an emoji only when TERM is set (252+); before 250 an unset TERM does not
   * stop it (only `dumb` and `linux` do).
   */
  readonly emojiNeedsTerm: boolean;
  /** Type=notify-reload exists (253+). */
  readonly notifyReloadType: boolean;
  /** `ManagedOOM…=kill` makes the offline load fail: the oomd unit it needs is missing (262). */
  readonly managedOomKillFailsLoad: boolean;
  /**
   * A `Type=dbus` service without a bus name crashes the manager as it loads: 247 watches the name
   * of every D-Bus service before checking it has one (an assertion in `unit_watch_bus_name()`),
   * and the analyzer's D-Bus call fails with "Connection reset by peer".
   */
  readonly dbusWithoutBusNameCrashes: boolean;
  /**
   * Live: the analyzer counts PrivateMounts= as on when the unit sets up a mount namespace anyway
   * (PrivateDevices, PrivateTmp, ProtectControlGroups, ProtectKernelTunables, ProtectKernelModules,
   * ProtectHome≠no, ProtectSystem≠no or RootImage), as its D-Bus path does on every version.
   */
  readonly privateMountsImplied: boolean;
  /** The loader's warnings reach the analyzer's stderr (offline); live they go to the manager's log. */
  readonly loaderWarningsOnStderr: boolean;
  /** Only `.service` units can be analysed: others are refused ("is not a service unit") live. */
  readonly servicesOnly: boolean;
  /**
   * Live: an IPAddressAllow= entry counts as localhost only as 127.x.x.x/8 or ::1/128 (the D-Bus
   * reader looks at the prefix length); offline any prefix of 127.0.0.0/8 or ::1 does.
   */
  readonly localhostNeedsHostPrefix: boolean;
  /**
   * How the rows are ordered (text and JSON): `description` (250+: DESCRIPTION descending, then NAME,
   * then table position; see sort.ts) or `weight` (up to 249: WEIGHT descending, then NAME, then
   * table position). Both come from the same `table_set_sort(3, 1)` + reverse(3): before 250 the
   * table had no json_field column, so its column 3 was the weight.
   */
  readonly rowOrder: 'description' | 'weight';
  /**
   * An empty EXPOSURE cell (a ✓ or N/A row) is padded to the column's width, so every row ends in
   * blanks (245). From 247 on (upstream 248; Debian backported it to 247.3) trailing blanks of the
   * last column are dropped, and such a row ends with its padded description and one space.
   */
  readonly emptyExposurePadded: boolean;
  /** The description of DefaultDependencies=no rows: "… option does not apply" in 245, "… option is not appropriate" from 247 on. */
  readonly specialBootPhaseDescription: string;
  /**
   * The options of the `security` verb this version knows, beyond unit names. Up to 249 it knows
   * none of them: `--offline=`, `--json=`, `--threshold=` and `--security-policy=` all fail with
   * `systemd-analyze: unrecognized option '--json=short'` on stderr, nothing on stdout, exit 1.
   * Without `threshold` the exit status is 0 whatever the exposure.
   */
  readonly securityOptions: readonly ('offline' | 'json' | 'threshold' | 'securityPolicy' | 'instance')[];
  /**
   * 245 words the IP and system call lists "whitelist"/"blacklist" (`Service does not define an IP
   * address whitelist`, `System call whitelist defined for service, and @clock is included`) and
   * names no example system call; from 247 on: "allow list"/"deny list", with `(e.g. X is allowed)`.
   */
  readonly whitelistWording: boolean;
  /** Badness of a SystemCallFilter= row whose group a deny-list fully includes: 5 in 245, 0 from 247 on. */
  readonly syscallDenyListIncludedBadness: number;
  /**
   * The DeviceAllow= row's "some special devices" description lists the entries
   * (`…special devices: /dev/null:rw`, 251+); before, it ends at "devices".
   */
  readonly deviceAllowListed: boolean;
  /**
   * Error lines on stderr are wrapped in bold red (`ESC[0;1;31m` … `ESC[0m`) even into a file or a
   * pipe and with SYSTEMD_COLORS=0 (245, 247).
   */
  readonly errorsHighlighted: boolean;
  /**
   * Live: settings whose D-Bus property this version's manager does not export, so the live
   * analyzer reads their default whatever the unit says (245: ProtectClock=).
   */
  readonly liveUnexported: readonly 'protectClock'[];
  /**
   * `SYSTEMD_COLORS` values other than booleans and what they select: none in 245 and 247 (`16`
   * and `256` are not booleans there, so the variable is ignored), `16` and `256` from 249, and
   * `24bit` from 257.
   */
  readonly colorValues: Readonly<Record<string, ColorMode>>;
  /** The colour mode at a terminal when nothing says otherwise: `on` (245, 247; no modes yet) or `256`. */
  readonly defaultColorMode: ColorMode;
  /** `COLORTERM=truecolor|24bit` selects the 24-bit mode at a terminal (252+). */
  readonly colorTermTrueColor: boolean;
  /** Numbers (`COLUMNS`) may be written `0b…`/`0o…` (247+). */
  readonly binaryOctalPrefixes: boolean;
  /** How table cells are wrapped in escape sequences (see table-print.ts): up to 253, 254–255, 256+. */
  readonly tableStyle: 'legacy' | 'header-cells' | 'underline-flags';
  /** The escape sequences (palette.ts). */
  readonly ansiPalette: PaletteName;
  /** A non-ASCII cell is cut one character shorter than needed even when it would fit (up to 253; ellipsize.ts). */
  readonly ellipsizeMakesRoomAlways: boolean;
  /** An N/A row's mark is a blank string (before 250), not an empty cell, which colours paint grey. */
  readonly naMarkBlank: boolean;
  /**
   * When stderr's log lines end in `\r\n` instead of `\n`: `never` (before 250), when stderr is a
   * terminal (`tty`), or when it is one and `TERM` is set and not `dumb` (`tty-not-dumb`, 256+).
   */
  readonly logCrLf: 'never' | 'tty' | 'tty-not-dumb';
  /**
   * Rows whose man-page link (row-links.ts) is not systemd.exec(5) at the NAME's setting, by row
   * id (null: no link): in 262 DeviceAllow= links to systemd.resource-control(5), IPAddressDeny= to nothing.
   */
  readonly rowLinks: Readonly<Record<string, string | null>>;
}

/** cgroup-v1 settings 252 and 257 still read, with what to use instead. */
const DEPRECATED_CGROUP_V1: Readonly<Record<string, string>> = {
      MemoryLimit: 'MemoryMax=', CPUShares: 'CPUWeight=', StartupCPUShares: 'CPUWeight=',
      BlockIODeviceWeight: 'IO*= settings', BlockIOReadBandwidth: 'IO*= settings', BlockIOWriteBandwidth: 'IO*= settings',
    };

/** DefaultDependencies=no rows from 247 on. */
const SPECIAL_BOOT_PHASE = 'Service runs in special boot phase, option is not appropriate';

/** The options the `security` verb gained in 250. */
const SECURITY_OPTIONS_250 = ['offline', 'json', 'threshold', 'securityPolicy'] as const;
/** From 256: `--instance=` too. */
const SECURITY_OPTIONS_256 = [...SECURITY_OPTIONS_250, 'instance'] as const;

/** What the versions before 250 share where they differ from 252 (measured on the live oracles). */
const BEFORE_250: Partial<BaseProfile> = {
  colorTermTrueColor: false,
  naMarkBlank: true,
  logCrLf: 'never',
  laxSectionHeaders: true,
  ipBadWordEndsLine: true,
  ipPrefixesReduced: true,
  errnoEntriesUnmatched: true,
  timeNamespace: false,
  emojiNeedsTerm: false,
  rowOrder: 'weight',
  securityOptions: [],
  deviceAllowListed: false,
};
/** Emergency actions up to 253. */
const ACTIONS_252: readonly string[] = ['none', 'reboot', 'reboot-force', 'reboot-immediate', 'poweroff', 'poweroff-force', 'poweroff-immediate', 'exit', 'exit-force'];
/** From 254: soft-reboot, kexec and halt. */
const ACTIONS_254: readonly string[] = [...ACTIONS_252, 'soft-reboot', 'soft-reboot-force', 'kexec', 'kexec-force', 'halt', 'halt-force', 'halt-immediate'];

type BaseProfile = Omit<VersionProfile, 'mode' | 'privateMountsImplied' | 'loaderWarningsOnStderr' | 'servicesOnly' | 'localhostNeedsHostPrefix'>;

/**
 * The switches of the releases measured first (252, 257, 262) that are the same in all three; the
 * older releases differ from them in `BEFORE_250` and their own entries below.
 */
const FROM_250 = {
  unknownKeyCode: 'unknown-key',
  errnoEntriesUnmatched: false,
  ipEgressFilterOnly: false,
  architectureRiscv64: true,
  userNameCompatRule: false,
  addressFamilyNoneKeyword: true,
  laxSectionHeaders: false,
  ipBadWordEndsLine: false,
  ipPrefixesReduced: false,
  timeNamespace: true,
  emojiNeedsTerm: true,
  rowOrder: 'description',
  emptyExposurePadded: false,
  specialBootPhaseDescription: SPECIAL_BOOT_PHASE,
  whitelistWording: false,
  syscallDenyListIncludedBadness: 0,
  deviceAllowListed: true,
  errorsHighlighted: false,
  liveUnexported: [],
  syscallKillAction: true,
  syscallErrnoRules: 'from-248',
  umaskPlusSign: false,
  colorValues: { '16': '16', '256': '256' },
  defaultColorMode: '256',
  colorTermTrueColor: true,
  binaryOctalPrefixes: true,
  naMarkBlank: false,
  logCrLf: 'tty',
  rowLinks: {},
} as const;

/** The switches 257 and 262 share where they differ from 252 (254 and 255 take them too, see below). */
const FROM_257 = {
  emergencyActions: ACTIONS_254,
  privatePids: true,
  tabColumnWidth: 8,
  utf8EnvOverride: true,
  architectureLoongarch64: true,
  templateInstance: 'test_instance',
  liveTemplateInstance: 'test_instance',
  legacyWarnings: false,
  privateMountsTristate: true,
  privateMountsUnsetIsTrue: true,
  capabilityNumberMax: 62,
  capabilityRelaxedQuotes: true,
  pidFileLegacyNotice: true,
  notifyReloadType: true,
  legacyListWarnings: false,
  securityOptions: SECURITY_OPTIONS_256,
  colorValues: { '16': '16', '256': '256', '24bit': '24bit' },
  tableStyle: 'underline-flags',
  ellipsizeMakesRoomAlways: false,
  logCrLf: 'tty-not-dumb',
} as const;

const PROFILES: Readonly<Record<'252' | '257' | '262', BaseProfile>> = {
  '252': {
    ...FROM_250,
    version: '252',
    tableStyle: 'legacy',
    ansiPalette: 'v249',
    ellipsizeMakesRoomAlways: true,
    emergencyActions: ACTIONS_252,
    privatePids: false,
    pamPrivatePidsRefused: false,
    strictSectionHeaders: false,
    execShellPrefix: false,
    tabColumnWidth: 1,
    tabPaddingWidth: 1,
    utf8EnvOverride: false,
    execDoubleBangNotice: false,
    architectureLoongarch64: false,
    templateInstance: 'i',
    liveTemplateInstance: 'test-instance',
    legacyWarnings: true,
    privateMountsTristate: false,
    privateMountsUnsetIsTrue: false,
    enumValues: { PrivateTmp: [], PrivateUsers: [], ProtectControlGroups: [], ProtectHostname: [] },
    protectHostnamePrivateName: false,
    capabilityNumberMax: 63,
    capabilityRelaxedQuotes: false,
    capabilityInvertMasked: false,
    addressFamilyUnknownStops: false,
    addressFamilyMax: 45,
    credentialTpmDevice: '/dev/tpmrm0',
    emptyDescriptionSortsFirst: false,
    pidFileLegacyNotice: false,
    deprecatedOptions: DEPRECATED_CGROUP_V1,
    removedOptions: [],
    notifyReloadType: false,
    legacyListWarnings: true,
    managedOomKillFailsLoad: false,
    dbusWithoutBusNameCrashes: false,
    securityOptions: SECURITY_OPTIONS_250,
  },
  '257': {
    ...FROM_250,
    ...FROM_257,
    version: '257',
    ansiPalette: 'v257',
    pamPrivatePidsRefused: false,
    strictSectionHeaders: false,
    execShellPrefix: false,
    tabPaddingWidth: 1,
    execDoubleBangNotice: false,
    enumValues: {
      PrivateTmp: ['connected', 'disconnected'],
      PrivateUsers: ['self', 'identity'],
      ProtectControlGroups: ['private', 'strict'],
      ProtectHostname: [],
    },
    protectHostnamePrivateName: false,
    capabilityInvertMasked: false,
    addressFamilyUnknownStops: false,
    addressFamilyMax: 45,
    credentialTpmDevice: 'char-tpm',
    emptyDescriptionSortsFirst: false,
    deprecatedOptions: DEPRECATED_CGROUP_V1,
    removedOptions: [],
    managedOomKillFailsLoad: false,
    dbusWithoutBusNameCrashes: false,
  },
  '262': {
    ...FROM_250,
    ...FROM_257,
    version: '262',
    ansiPalette: 'v262',
    rowLinks: { DeviceAllow: manPageUrl('systemd.resource-control', 'DeviceAllow='), IPAddressDeny: null },
    pamPrivatePidsRefused: true,
    strictSectionHeaders: true,
    execShellPrefix: true,
    tabPaddingWidth: 8,
    execDoubleBangNotice: true,
    enumValues: {
      PrivateTmp: ['connected', 'disconnected'],
      PrivateUsers: ['self', 'identity', 'full', 'managed'],
      ProtectControlGroups: ['private', 'strict'],
      ProtectHostname: ['private'],
    },
    protectHostnamePrivateName: true,
    capabilityInvertMasked: true,
    addressFamilyUnknownStops: true,
    addressFamilyMax: 45,
    credentialTpmDevice: null,
    emptyDescriptionSortsFirst: true,
    deprecatedOptions: {},
    removedOptions: [
      'MemoryLimit', 'CPUShares', 'StartupCPUShares', 'BlockIOAccounting', 'BlockIOWeight', 'StartupBlockIOWeight',
      'BlockIODeviceWeight', 'BlockIOReadBandwidth', 'BlockIOWriteBandwidth', 'CPUAccounting',
    ],
    managedOomKillFailsLoad: true,
    dbusWithoutBusNameCrashes: false,
  },
};

/**
 * Where 254 and 255 are still 252 (measured against their oracles): PrivateTmp=, PrivateUsers= and
 * ProtectControlGroups= are booleans (their enum values came in 257), templates are `@i` offline and
 * `@test-instance` live, there is no PrivatePIDs=, and value errors are worded per parser ("Failed
 * to parse boolean value, ignoring: …").
 */
const FROM_254_TO_256: Partial<BaseProfile> = {
  enumValues: PROFILES['252'].enumValues,
  // Their analyzers run on libseccomp 2.5.4, which knows no loongarch64.
  architectureLoongarch64: false,
  legacyWarnings: true,
  privatePids: false,
  templateInstance: 'i',
  liveTemplateInstance: 'test-instance',
  colorValues: { '16': '16', '256': '256' },
  tableStyle: 'header-cells',
  ansiPalette: 'v254',
};

/**
 * The versions added for live mode and Ubuntu's releases, each as the nearest of the three above
 * until its own differences are measured against its oracle.
 */
const BASE: Readonly<Record<SystemdVersion, BaseProfile>> = {
  '245': {
    ...PROFILES['252'], ...BEFORE_250, version: '245',
    errorsHighlighted: true,
    addressFamilyNoneKeyword: false,
    ipEgressFilterOnly: true,
    userNameCompatRule: true,
    architectureRiscv64: false,
    liveUnexported: ['protectClock'],
    emptyExposurePadded: true,
    specialBootPhaseDescription: 'Service runs in special boot phase, option does not apply',
    whitelistWording: true,
    syscallDenyListIncludedBadness: 5,
    // 245 takes a capability number only below the count of capability names it was compiled with
    // (from the build's kernel headers): the oracle's build knows 41 (up to CAP_CHECKPOINT_RESTORE);
    // 247 and later take any number below 64.
    capabilityNumberMax: 40,
    syscallKillAction: false,
    syscallErrnoRules: 'plain',
    umaskPlusSign: true,
    colorValues: {},
    defaultColorMode: 'on',
    binaryOctalPrefixes: false,
    ansiPalette: 'v245',
  },
  '247': {
    ...PROFILES['252'], ...BEFORE_250, version: '247', errorsHighlighted: true, addressFamilyNoneKeyword: false, ipEgressFilterOnly: true, syscallErrnoRules: 'plain',
    colorValues: {}, defaultColorMode: 'on', ansiPalette: 'v245', dbusWithoutBusNameCrashes: true, addressFamilyMax: 44,
  },
  '249': { ...PROFILES['252'], ...BEFORE_250, version: '249' },
  '252': PROFILES['252'],
  // Templates became test_instance offline in 256.
  '254': { ...PROFILES['257'], ...FROM_254_TO_256, version: '254', pidFileLegacyNotice: false, legacyListWarnings: true },
  // 255.4 has the /var/run notice and the newer prefix warning, and its own "Unknown key" wording.
  // Its log lines end in CRLF at a terminal whatever TERM says: Debian's 254.26 has the later rule.
  '255': { ...PROFILES['257'], ...FROM_254_TO_256, version: '255', unknownKeyCode: 'unknown-key-quoted', ansiPalette: 'v255', logCrLf: 'tty' },
  '257': PROFILES['257'],
  '262': PROFILES['262'],
};

/** What asking a running manager changes, the same on every version (analyze-security.c's D-Bus path). */
const LIVE = {
  mode: 'live',
  // A running manager has systemd-oomd.service, which the offline tool's fake manager lacks.
  managedOomKillFailsLoad: false,
  privateMountsUnsetIsTrue: false,
  privateMountsImplied: true,
  loaderWarningsOnStderr: false,
  servicesOnly: true,
  localhostNeedsHostPrefix: true,
} as const;

const OFFLINE = { mode: 'offline', privateMountsImplied: false, loaderWarningsOnStderr: true, servicesOnly: false, localhostNeedsHostPrefix: false } as const;

/** Per version, its profile in each mode (a mode it lacks gives the one it has). */
const cache = new Map<SystemdVersion, Readonly<Record<AnalysisMode, VersionProfile>>>();

/**
 * The behaviour profile of `version` asked in `mode` (default `offline`; a version without an
 * offline mode gives its live profile). Cached: the same object for the same arguments.
 */
export function profileFor(version: SystemdVersion, mode: AnalysisMode = 'offline'): VersionProfile {
  let modes = cache.get(version);
  if (modes === undefined) {
    const base = BASE[version];
    const live: VersionProfile = { ...base, ...LIVE, templateInstance: base.liveTemplateInstance };
    const offline: VersionProfile = effectiveMode(version, 'offline') === 'offline' ? { ...base, ...OFFLINE } : live;
    cache.set(version, (modes = { offline, live }));
  }
  return modes[mode];
}
