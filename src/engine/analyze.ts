/**
 * `analyze()`: one unit, its drop-ins, a systemd version and a mode → the report `systemd-analyze
 * security` would print (offline: `--offline=true ./x.service`; live: `x.service` on a running
 * manager that loaded the files from /etc/systemd/system), or the refusal it would print instead.
 */
import type { AnalysisMode, AnalyzeOptions, Analysis, Diagnostic, Refusal, Report, UnitFile } from './types.ts';
// Import order decides module order in the bundles: the assessor table and its checks first, the
// version data last, which compresses the small bundles (the web component, /embed) best.
import { ASSESSORS } from './assess/assessors.ts';
import { score } from './assess/score.ts';
import { parseUnitName, unitIdFor, unitPathOf } from './unit/name.ts';
import { dropInsFor } from './unit/dropins.ts';
import { loadUnit } from './settings/load.ts';
import type { LoadState } from './settings/state.ts';
import { resolvedSettings, serviceTypeOf } from './settings/resolved.ts';
import { ratingFor } from './format/rating.ts';
import { fullKeyCatalogue, type KeyCatalogueFor } from './key-catalogue.ts';
import { profileFor, type VersionProfile } from './versions/profile.ts';
import { DEFAULT_VERSION, syscallData } from './versions/index.ts';

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/**
 * The refusal the analyzer prints. Offline that is the loader's own error, after its warnings. Live
 * the analyzer sees only the manager's load state, so the reason becomes `liveCode` ("not loaded
 * properly", "masked") and everything the loader said goes to the manager's log.
 */
function refuse(profile: VersionProfile, unitId: string | null, diagnostics: Diagnostic[], reason: Diagnostic, liveCode = 'live-not-loaded'): Refusal {
  const { version, mode } = profile;
  if (mode === 'offline') return { ok: false, version, mode, unitId, reason, diagnostics, managerLog: NO_DIAGNOSTICS };
  const live: Diagnostic = { code: liveCode, severity: 'error', args: { unit: unitId ?? '' } };
  return { ok: false, version, mode, unitId, reason: live, diagnostics: [live], managerLog: diagnostics };
}

/**
 * `analysis` with the bus name it holds (see `Report.busName`), or itself when it holds none: a
 * copy, so that the reports of most services, which have none, keep one shape.
 */
function holding<T extends Analysis>(analysis: T, busName: string | null): T {
  return busName === null ? analysis : { ...analysis, busName };
}

/** service_verify(): the reasons systemd refuses a service that loaded fine. */
function verifyService(state: LoadState, profile: VersionProfile): string | null {
  if (state.privateUsers === 'managed' && (state.user !== null || state.dynamicUser || state.hasGroupOrPam)) return 'private-users-managed';
  if (profile.pamPrivatePidsRefused && state.privatePids && state.pamName) return 'pam-private-pids';
  const pamKillModeBad = state.pamName && state.killMode !== 'control-group' && state.killMode !== 'mixed';
  // 252 checks the kill mode among the service's checks ("Service has PAM enabled"), later versions for every unit first ("Unit has PAM enabled").
  if (pamKillModeBad && !profile.legacyWarnings) return 'pam-kill-mode';
  const type = serviceTypeOf(state);
  if (state.execStart === 0 && state.execStop === 0 && !state.successAction) return 'no-exec';
  if (type !== 'oneshot' && state.execStart === 0) return 'no-exec-start';
  if (!state.remainAfterExit && state.execStart === 0 && !state.successAction) return 'no-exec-start-remain';
  if (type !== 'oneshot' && state.execStart > 1) return 'multiple-exec-start';
  if (type === 'oneshot' && (state.restart === 'always' || state.restart === 'on-success')) return 'oneshot-restart';
  if (type === 'dbus' && state.busName === null) return 'dbus-no-busname';
  if (pamKillModeBad) return 'pam-kill-mode-legacy';
  if (type === 'forking' && state.privatePids) return 'forking-private-pids';
  return null;
}

/**
 * Analyses the unit among `files` (by default the first file whose path has no `/`) with its
 * drop-ins, as `systemd-analyze security --offline=true` of `options.version` (default: newest).
 * Never throws: bad input gives a {@link Refusal} or warnings in `diagnostics`.
 */
export function analyze(files: readonly UnitFile[], options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(fullKeyCatalogue, files, options);
}

/**
 * {@link analyze} with the key catalogue given: `fullKeyCatalogue` (what `analyze` uses) or
 * `scoredKeyCatalogue`, which gives the same report and refusals without "Unknown key" warnings.
 */
export function analyzeWith(catalogueFor: KeyCatalogueFor, files: readonly UnitFile[], options: AnalyzeOptions = {}): Analysis {
  const version = options.version ?? DEFAULT_VERSION;
  const profile = profileFor(version, options.mode ?? 'offline');
  const mode: AnalysisMode = profile.mode;
  const unitPath = unitPathOf(files, options.unit);
  const unitFile = files.find((f) => f.path === unitPath);
  const name = parseUnitName(unitPath);
  if (profile.servicesOnly && name?.type !== 'service') {
    const reason: Diagnostic = { code: 'live-not-service', severity: 'error', args: { unit: unitPath } };
    return { ok: false, version, mode, unitId: null, reason, diagnostics: [reason], managerLog: NO_DIAGNOSTICS };
  }
  if (name === null || unitFile === undefined) {
    const reason: Diagnostic = { code: 'invalid-filename', severity: 'error', args: { path: `./${unitPath}` } };
    return refuse(profile, null, [reason], reason, 'live-not-found');
  }
  const templateInstance = options.instance ?? profile.templateInstance;
  const unitId = unitIdFor(name, templateInstance);
  const unitArgs = { unit: unitId };
  if (unitFile.text.length === 0) {
    const reason: Diagnostic = { code: 'masked', severity: 'error', args: unitArgs };
    return refuse(profile, unitId, [reason], reason, 'live-masked');
  }
  const instance = name.instance === '' ? templateInstance : name.instance ?? '';
  const syscalls = syscallData(version);
  const loaded = loadUnit({
    files: [unitFile, ...dropInsFor(files, unitId, name)],
    profile,
    syscalls,
    catalogue: catalogueFor(version, name.type),
    unit: { id: unitId, prefix: name.prefix, instance, type: name.type },
  });
  const diagnostics = loaded.diagnostics; // the load's own list, kept by nothing else: extended in place
  if (loaded.fatal !== null) {
    const trailer: Diagnostic[] = loaded.fatal.kind === 'parse'
      ? [{ code: 'load-failed', severity: 'error', args: { ...unitArgs, error: 'Bad message' } }]
      : [{ code: 'fatal-setting', severity: 'error', args: unitArgs }, { code: 'bad-unit-setting', severity: 'error', args: unitArgs }];
    diagnostics.push(...trailer);
    return refuse(profile, unitId, diagnostics, loaded.fatal.diagnostic);
  }
  if (profile.dbusWithoutBusNameCrashes && name.type === 'service' && serviceTypeOf(loaded.state) === 'dbus' && loaded.state.busName === null) {
    const reason: Diagnostic = { code: 'dbus-no-busname', severity: 'error', args: unitArgs };
    return refuse(profile, unitId, diagnostics, reason, 'live-manager-crashed');
  }
  // The service's extras watch its bus name before the service checks: one refused by them (or by
  // 262's ManagedOOM…=kill, later still) holds the name for the rest of an offline call.
  const busName = mode === 'offline' && name.type === 'service' ? loaded.state.busName : null;
  if (busName !== null && options.busNamesTaken?.has(busName) === true) {
    const reason: Diagnostic = { code: 'load-failed', severity: 'error', args: { ...unitArgs, error: 'File exists' } };
    diagnostics.push(
      { code: 'bus-name-hashmap', severity: 'warning', args: {} },
      { code: 'bus-name-taken', severity: 'error', args: { ...unitArgs, name: busName } },
      reason,
    );
    return refuse(profile, unitId, diagnostics, reason);
  }
  if (profile.managedOomKillFailsLoad && loaded.state.managedOomKill) {
    const reason: Diagnostic = { code: 'load-failed', severity: 'error', args: { ...unitArgs, error: 'No such file or directory' } };
    diagnostics.push(reason);
    return holding(refuse(profile, unitId, diagnostics, reason), busName);
  }
  if (name.type === 'service') {
    const problem = verifyService(loaded.state, profile);
    if (problem !== null) {
      const reason: Diagnostic = { code: problem, severity: 'error', args: unitArgs };
      diagnostics.push(reason, { code: 'bad-unit-setting', severity: 'error', args: unitArgs });
      return holding(refuse(profile, unitId, diagnostics, reason), busName);
    }
  }
  const scored = score(ASSESSORS, { state: loaded.state, profile, syscalls }, options.policy);
  const live = mode === 'live';
  const report: Report = {
    ok: true,
    version,
    mode,
    unitId,
    rows: scored.rows,
    badnessSum: scored.badnessSum,
    weightSum: scored.weightSum,
    exposure: scored.exposure,
    rating: ratingFor(scored.exposure),
    resolved: resolvedSettings(loaded.state, name.type),
    diagnostics: live ? NO_DIAGNOSTICS : diagnostics,
    managerLog: live ? diagnostics : NO_DIAGNOSTICS,
  };
  return holding(report, busName);
}
