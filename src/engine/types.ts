/**
 * The engine's public data shapes. Everything the site, the CLI and the tests exchange with the
 * engine is one of these plain, serialisable values: no classes, no functions, no prose that is not
 * systemd's own output.
 */

/**
 * A systemd major version whose `systemd-analyze security` the engine reproduces. 245, 247 and 249
 * have no `--offline` mode: only {@link AnalysisMode} `live` exists for them.
 */
export type SystemdVersion = '245' | '247' | '249' | '252' | '254' | '255' | '257' | '262';

/**
 * How the real tool is asked. `offline`: `systemd-analyze security --offline=true ./x.service`, which
 * loads the file itself. `live`: `systemd-analyze security x.service` on a running system, which asks
 * the manager over D-Bus about the unit it loaded from `/etc/systemd/system` (with its drop-ins).
 */
export type AnalysisMode = 'offline' | 'live';

/**
 * One input file. `path` is relative to the unit's folder, with `/` separators:
 * `foo.service` for the unit itself, `foo.service.d/10-x.conf` for a drop-in,
 * `service.d/x.conf` for a type-wide drop-in, `foo@.service.d/y.conf` for a template's drop-in.
 * Files that do not apply to the analysed unit are ignored (drop-ins not ending in `.conf`, drop-in
 * folders for other units).
 */
export interface UnitFile {
  readonly path: string;
  readonly text: string;
  /**
   * The file's permission bits, when known (the CLI reads them; a browser has none). An execute
   * or world-write bit draws systemd's "Configuration file … is marked …" warning as the file is read.
   */
  readonly mode?: number;
}

/**
 * Where something came from: a file (as named in {@link UnitFile.path}), the 1-based line of the
 * logical line's first physical line, and UTF-16 offsets `[start, end)` into that file's text.
 * For an assignment the range covers the whole logical line including continuations.
 */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Severity as systemd logs it: `warning` lines are printed and ignored, `error` refuses the unit. */
export type Severity = 'warning' | 'error';

/**
 * A message the loader or analyzer prints on stderr, as a code with typed arguments.
 * The exact systemd wording is produced by `formatDiagnostic()`; the UI may add its own hints.
 * `span` is absent for messages about the unit as a whole (e.g. "has a bad unit file setting").
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly span?: Span;
  /** Arguments substituted into the message, e.g. `{ key: 'Foo', section: 'Service' }`. */
  readonly args: Readonly<Record<string, string>>;
}

/** Overall rating bands, from best to worst. */
export type RatingLabel = 'PERFECT' | 'SAFE' | 'OK' | 'MEDIUM' | 'EXPOSED' | 'UNSAFE' | 'DANGEROUS';

/** A rating band: label, the emoji systemd prints on a UTF-8 terminal, and its ASCII fallback. */
export interface Rating {
  readonly label: RatingLabel;
  /** Lowest exposure (0–100) that earns this label. */
  readonly min: number;
  readonly emoji: string;
  readonly ascii: string;
}

/** One assessed setting, scored. */
export interface Row {
  /** systemd's `json_field`, used as the stable id (note `…_BROADCAST_RAW)` really ends in `)`). */
  readonly id: string;
  /** The NAME column, e.g. `PrivateTmp=` or `SystemCallFilter=~@clock`. */
  readonly name: string;
  /** 1-based position in systemd's assessor table; the sort's last tie-break. */
  readonly index: number;
  readonly weight: number;
  readonly range: number;
  /** 0..range, or `null` when the row does not apply (N/A): then it counts in neither sum. */
  readonly badness: number | null;
  /** `true` = ✓ (badness 0), `false` = ✗, `null` = N/A. */
  readonly set: boolean | null;
  /** The row's own exposure in tenths (the EXPOSURE column), `null` when badness is 0 or N/A. */
  readonly exposure: number | null;
  /** The DESCRIPTION cell; `null` only where systemd prints an empty cell (ProtectProc=noaccess). */
  readonly description: string | null;
  /** The assignments that decided this row, in file order; empty when only defaults decided it. */
  readonly spans: readonly Span[];
}

/**
 * RestrictAddressFamilies= as the loader left it, in systemd's own form: a list of families and
 * whether it is an allow-list. No setting (or an empty assignment) is an empty deny-list, so every
 * family is allowed; `none` is an empty allow-list, so none is.
 */
export interface AddressFamilyList {
  readonly allowList: boolean;
  /** The listed families by their first name (`AF_UNIX`, never its alias `AF_LOCAL`), in number order. */
  readonly families: readonly string[];
}

/**
 * What the loader resolved for settings whose effect no single row states (the
 * `RestrictAddressFamilies=~AF_(INET|INET6)` row turns ✓ when either family is denied; the
 * `CAP_NET_(BIND_SERVICE|BROADCAST|RAW)` row stays ✗ while one of three remains). Every list and
 * merge rule of the analysed version and mode is already applied, and so are the loader's implied
 * changes (PrivateDevices=yes drops CAP_MKNOD and CAP_SYS_RAWIO, …) and, live, what the manager
 * does not export. Read it with `familyAllowed()` and `capabilityKept()` rather than by hand.
 */
export interface ResolvedSettings {
  /**
   * The capabilities left in the bounding set, in number order, by name (`CAP_CHOWN`); a capability
   * without a name in the analysed builds (41–63) by its number (`41`). All 64 when nothing limits it.
   */
  readonly capabilityBoundingSet: readonly string[];
  /** AmbientCapabilities=, written as {@link capabilityBoundingSet}; empty by default. */
  readonly ambientCapabilities: readonly string[];
  readonly addressFamilies: AddressFamilyList;
  /**
   * The namespace kinds RestrictNamespaces= still allows (`cgroup`, `ipc`, `net`, `mnt`, `pid`,
   * `user`, `uts`, `time`), or `null` when it restricts nothing (not set, or reset by an empty value).
   */
  readonly namespaces: readonly string[] | null;
  /**
   * The service type the manager runs the unit as: its valid `Type=`, else `dbus` with `BusName=`,
   * `simple` with `ExecStart=`, and `oneshot` without (service_add_extras(), the same in every
   * analysed release). Live `systemd-analyze security` without arguments leaves `oneshot` services
   * out of its overview. `null` for a unit that is not a service.
   */
  readonly serviceType: string | null;
}

/** A unit the analyzer accepted: its rows and overall score. */
export interface Report {
  readonly ok: true;
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  /** The unit id printed in the summary line (`foo.service`, `foo@i.service`). */
  readonly unitId: string;
  /** All rows in systemd's table order (not the printed order; see `sortRows()`). */
  readonly rows: readonly Row[];
  /** Σ ceil(badness·weight/range) over rows that apply (each row's `contribution()`). */
  readonly badnessSum: number;
  /** Σ weight over rows that apply. */
  readonly weightSum: number;
  /** Overall exposure 0–100 (printed as `X.Y`). */
  readonly exposure: number;
  readonly rating: Rating;
  /** What the loader resolved for the settings lessons and hints ask about (see {@link ResolvedSettings}). */
  readonly resolved: ResolvedSettings;
  /** Everything printed on stderr, in order (offline: the loader's warnings; live: nothing). */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Live: what the manager logs while it loads the unit (to its journal, not to the analyzer's
   * stderr): the loader's warnings and, for a refusal, why it failed to load. Empty offline, where
   * all of it is in `diagnostics`.
   */
  readonly managerLog: readonly Diagnostic[];
  /**
   * Offline, the bus name (`BusName=`, after specifiers) this service watches once loaded: a later
   * unit of the same call wanting it is refused (see {@link AnalyzeOptions.busNamesTaken}). Absent
   * when it has none, and live, where the manager lets go of a unit it loaded only to be asked about.
   */
  readonly busName?: string;
}

/** A unit the analyzer refused: nothing on stdout, exit status 1, and the reason on stderr. */
export interface Refusal {
  readonly ok: false;
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  /** The unit id if the file name was valid enough to derive one. */
  readonly unitId: string | null;
  /** The diagnostic that caused the refusal (also the last error in `diagnostics`). */
  readonly reason: Diagnostic;
  /** Everything printed on stderr, in order, including the refusal. */
  readonly diagnostics: readonly Diagnostic[];
  /** Live: what the manager logs while loading the unit (see {@link Report.managerLog}); empty offline. */
  readonly managerLog: readonly Diagnostic[];
  /**
   * As {@link Report.busName}: a service refused only after it watched its bus name (by the service
   * checks, or 262's ManagedOOM…=kill) still holds it for the rest of the call.
   */
  readonly busName?: string;
}

/** The outcome of analysing one unit. */
export type Analysis = Report | Refusal;

/** Per-assessor overrides from a `--security-policy=` JSON file, keyed by json_field. */
export interface PolicyEntry {
  readonly weight?: number;
  readonly range?: number;
  readonly description_good?: string;
  readonly description_bad?: string;
  readonly description_na?: string;
}

/** A parsed security policy: json_field → overrides. */
export type SecurityPolicy = Readonly<Record<string, PolicyEntry>>;

/** Options for `analyze()`. */
export interface AnalyzeOptions {
  /** Which systemd to imitate; defaults to the newest (`DEFAULT_VERSION`). */
  readonly version?: SystemdVersion;
  /**
   * Which way of asking to imitate; defaults to `offline`. A version without an offline mode
   * (245, 247, 249) is analysed `live` whatever this says: see `modesOf()`.
   */
  readonly mode?: AnalysisMode;
  /** Overrides per json_field, as `--security-policy=` would apply them. */
  readonly policy?: SecurityPolicy;
  /** Which of the files is the unit; defaults to the first file with no `/` in its path. */
  readonly unit?: string;
  /**
   * The instance a template unit file (`foo@.service`) is analysed as: `--instance=NAME`, or the
   * instance named on the command line whose template was read instead. Default: the version's.
   */
  readonly instance?: string;
  /**
   * Offline: the bus names watched by the services loaded before this one in the same call (each
   * analysis's `busName`). systemd-analyze loads every FILE into one manager, which refuses a second
   * service allocated for a name ("Two services allocated for the same bus name"). Default: none.
   * Ignored live.
   */
  readonly busNamesTaken?: ReadonlySet<string>;
}
