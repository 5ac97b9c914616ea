/**
 * Per-version behaviour of the loader and analyzer, as data. Every difference between the systemd
 * versions the engine imitates is a field here (or in the per-version syscall/directive data);
 * the code reads the profile and never branches on a version number.
 */
import type { AnalysisMode, SystemdVersion } from '../types.ts';
import { effectiveMode } from './list.ts';

/** How one systemd version loads and scores a unit, where versions and modes differ. */
export interface VersionProfile {
  readonly version: SystemdVersion;
  /** The way of asking this profile imitates (see {@link AnalysisMode}). */
  readonly mode: AnalysisMode;
  /** Instance name a template is analysed under offline (`foo@.service` → `foo@i.service`). */
  readonly templateInstance: string;
  /** 252 words value errors per parser ("Failed to parse boolean value"); 257+ as "Failed to parse KEY=VALUE". */
  readonly legacyWarnings: boolean;
  /** PrivateMounts= became a tri-state in 254; offline, "unset" counts as yes (✓ by default). */
  readonly privateMountsUnsetIsTrue: boolean;
  /** Accepted non-boolean values of settings that became enums; any accepted value other than `no` counts as on. */
  readonly enumValues: Readonly<Record<'PrivateTmp' | 'PrivateUsers' | 'ProtectControlGroups' | 'ProtectHostname', readonly string[]>>;
  /** ProtectHostname= also accepts `private:NAME` (262). */
  readonly protectHostnamePrivateName: boolean;
  /** Highest capability number accepted in CapabilityBoundingSet=/AmbientCapabilities=. */
  readonly capabilityNumberMax: number;
  /** The capability tokenizer tolerates unbalanced quotes (257+). */
  readonly capabilityRelaxedQuotes: boolean;
  /** A `~` capability value is masked to bits 0..62 and so never looks "unset" again (262). */
  readonly capabilityInvertMasked: boolean;
  /** An unknown address family ends the RestrictAddressFamilies= line instead of being skipped (262). */
  readonly addressFamilyUnknownStops: boolean;
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
  /** `ManagedOOM…=kill` makes the offline load fail: the oomd unit it needs is missing (262). */
  readonly managedOomKillFailsLoad: boolean;
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
}

/** cgroup-v1 settings 252 and 257 still read, with what to use instead. */
const DEPRECATED_CGROUP_V1: Readonly<Record<string, string>> = {
      MemoryLimit: 'MemoryMax=', CPUShares: 'CPUWeight=', StartupCPUShares: 'CPUWeight=',
      BlockIODeviceWeight: 'IO*= settings', BlockIOReadBandwidth: 'IO*= settings', BlockIOWriteBandwidth: 'IO*= settings',
    };

/** Emergency actions up to 253. */
const ACTIONS_252: readonly string[] = ['none', 'reboot', 'reboot-force', 'reboot-immediate', 'poweroff', 'poweroff-force', 'poweroff-immediate', 'exit', 'exit-force'];
/** From 254: soft-reboot, kexec and halt. */
const ACTIONS_254: readonly string[] = [...ACTIONS_252, 'soft-reboot', 'soft-reboot-force', 'kexec', 'kexec-force', 'halt', 'halt-force', 'halt-immediate'];

type BaseProfile = Omit<VersionProfile, 'mode' | 'privateMountsImplied' | 'loaderWarningsOnStderr' | 'servicesOnly'>;

const PROFILES: Readonly<Record<'252' | '257' | '262', BaseProfile>> = {
  '252': {
    version: '252',
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
    legacyWarnings: true,
    privateMountsUnsetIsTrue: false,
    enumValues: { PrivateTmp: [], PrivateUsers: [], ProtectControlGroups: [], ProtectHostname: [] },
    protectHostnamePrivateName: false,
    capabilityNumberMax: 63,
    capabilityRelaxedQuotes: false,
    capabilityInvertMasked: false,
    addressFamilyUnknownStops: false,
    credentialTpmDevice: '/dev/tpmrm0',
    emptyDescriptionSortsFirst: false,
    pidFileLegacyNotice: false,
    deprecatedOptions: DEPRECATED_CGROUP_V1,
    removedOptions: [],
    managedOomKillFailsLoad: false,
  },
  '257': {
    version: '257',
    emergencyActions: ACTIONS_254,
    privatePids: true,
    pamPrivatePidsRefused: false,
    strictSectionHeaders: false,
    execShellPrefix: false,
    tabColumnWidth: 8,
    tabPaddingWidth: 1,
    utf8EnvOverride: true,
    execDoubleBangNotice: false,
    architectureLoongarch64: true,
    templateInstance: 'test_instance',
    legacyWarnings: false,
    privateMountsUnsetIsTrue: true,
    enumValues: {
      PrivateTmp: ['connected', 'disconnected'],
      PrivateUsers: ['self', 'identity'],
      ProtectControlGroups: ['private', 'strict'],
      ProtectHostname: [],
    },
    protectHostnamePrivateName: false,
    capabilityNumberMax: 62,
    capabilityRelaxedQuotes: true,
    capabilityInvertMasked: false,
    addressFamilyUnknownStops: false,
    credentialTpmDevice: 'char-tpm',
    emptyDescriptionSortsFirst: false,
    pidFileLegacyNotice: true,
    deprecatedOptions: DEPRECATED_CGROUP_V1,
    removedOptions: [],
    managedOomKillFailsLoad: false,
  },
  '262': {
    version: '262',
    emergencyActions: ACTIONS_254,
    privatePids: true,
    pamPrivatePidsRefused: true,
    strictSectionHeaders: true,
    execShellPrefix: true,
    tabColumnWidth: 8,
    tabPaddingWidth: 8,
    utf8EnvOverride: true,
    execDoubleBangNotice: true,
    architectureLoongarch64: true,
    templateInstance: 'test_instance',
    legacyWarnings: false,
    privateMountsUnsetIsTrue: true,
    enumValues: {
      PrivateTmp: ['connected', 'disconnected'],
      PrivateUsers: ['self', 'identity', 'full', 'managed'],
      ProtectControlGroups: ['private', 'strict'],
      ProtectHostname: ['private'],
    },
    protectHostnamePrivateName: true,
    capabilityNumberMax: 62,
    capabilityRelaxedQuotes: true,
    capabilityInvertMasked: true,
    addressFamilyUnknownStops: true,
    credentialTpmDevice: null,
    emptyDescriptionSortsFirst: true,
    pidFileLegacyNotice: true,
    deprecatedOptions: {},
    removedOptions: [
      'MemoryLimit', 'CPUShares', 'StartupCPUShares', 'BlockIOAccounting', 'BlockIOWeight', 'StartupBlockIOWeight',
      'BlockIODeviceWeight', 'BlockIOReadBandwidth', 'BlockIOWriteBandwidth', 'CPUAccounting',
    ],
    managedOomKillFailsLoad: true,
  },
};

/**
 * The versions added for live mode and Ubuntu's releases, each as the nearest of the three above
 * until its own differences are measured against its oracle.
 */
const BASE: Readonly<Record<SystemdVersion, BaseProfile>> = {
  '245': { ...PROFILES['252'], version: '245' },
  '247': { ...PROFILES['252'], version: '247' },
  '249': { ...PROFILES['252'], version: '249' },
  '252': PROFILES['252'],
  // Templates became test_instance offline in 256.
  '254': { ...PROFILES['257'], version: '254', privatePids: false, templateInstance: 'i' },
  '255': { ...PROFILES['257'], version: '255', privatePids: false, templateInstance: 'i' },
  '257': PROFILES['257'],
  '262': PROFILES['262'],
};

/** What asking a running manager changes, the same on every version (analyze-security.c's D-Bus path). */
const LIVE: Partial<VersionProfile> = {
  mode: 'live',
  templateInstance: 'test-instance',
  privateMountsUnsetIsTrue: false,
  privateMountsImplied: true,
  loaderWarningsOnStderr: false,
  servicesOnly: true,
};

const OFFLINE = { mode: 'offline', privateMountsImplied: false, loaderWarningsOnStderr: true, servicesOnly: false } as const;

const cache = new Map<string, VersionProfile>();

/**
 * The behaviour profile of `version` asked in `mode` (default `offline`; a version without an
 * offline mode gives its live profile). Cached: the same object for the same arguments.
 */
export function profileFor(version: SystemdVersion, mode: AnalysisMode = 'offline'): VersionProfile {
  const effective = effectiveMode(version, mode);
  const key = `${version}/${effective}`;
  let profile = cache.get(key);
  if (profile === undefined) {
    profile = effective === 'live' ? { ...BASE[version], ...OFFLINE, ...LIVE } : { ...BASE[version], ...OFFLINE };
    cache.set(key, profile);
  }
  return profile;
}
