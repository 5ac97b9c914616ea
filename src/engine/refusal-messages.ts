/**
 * The wording of every diagnostic that can be the reason `analyze()` refuses a unit (a refusal's
 * `reason`), apart from the rest of messages.ts so that bundles showing only a score and its
 * refusal (score-only.ts) need not carry every warning's wording. messages.ts includes these, so
 * `diagnosticMessage` words them identically; a test checks that every reason has its wording here.
 */
import type { Diagnostic } from './types.ts';

/** Refusal reason code → systemd's message template (`{arg}` placeholders). */
export const REFUSAL_TEMPLATES: Readonly<Record<string, string>> = {
  'invalid-section-header': "Invalid section header '{header}'",
  'bad-section-header': "Bad characters in section header '{header}'",
  'invalid-section-header-strict': "Section header invalid '{header}'",
  'invalid-filename': 'Failed to prepare filename {path}: Invalid argument',
  'masked': 'Unit {unit} is masked.',
  'load-failed': 'Unit {unit} failed to load properly, please adjust/correct and reload service manager: {error}',
  'no-exec': '{unit}: Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.',
  'multiple-exec-start': '{unit}: Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.',
  'no-exec-start': '{unit}: Service has no ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.',
  'no-exec-start-remain': '{unit}: Service has no ExecStart= and no SuccessAction= settings and does not have RemainAfterExit=yes set. Refusing.',
  'private-users-managed': '{unit}: PrivateUsers=managed may not be used in combination with User=/DynamicUser=/Group=/PAMName=. Refusing.',
  'oneshot-restart': '{unit}: Service has Restart= set to either always or on-success, which isn\'t allowed for Type=oneshot services. Refusing.',
  'dbus-no-busname': '{unit}: Service is of type D-Bus but no D-Bus service name has been specified. Refusing.',
  'forking-private-pids': '{unit}: Service of Type=forking does not support PrivatePIDs=yes. Refusing.',
  'pam-private-pids': '{unit}: PAM is not supported under PrivatePIDs=. Refusing.',
  'invalid-syntax-fatal': 'Invalid syntax: {value}',
  'dynamic-user-legacy': 'Failed to parse boolean value: {value}',
  'dynamic-user': 'Failed to parse {key}={value}: Invalid argument',
  'invalid-user': 'Invalid user/group name or numeric ID: {value}',
  'not-absolute': '{key}= path is not absolute: {value}',
  'specifiers': 'Failed to resolve unit specifiers in {value}: Invalid slot',
  'exec-unbalanced-quotes': 'Unbalanced quoting, ignoring: "{value}"',
  'exec-empty-path': 'Empty path in command line: {value}',
  'exec-specifiers': "Failed to resolve unit specifiers in '{value}': Invalid slot",
  'exec-not-executable': 'Neither a valid executable name nor an absolute path: {value}',
  'pam-kill-mode': "{unit}: Unit has PAM enabled. Kill mode must be set to 'control-group' or 'mixed'. Refusing.",
  'pam-kill-mode-legacy': "{unit}: Service has PAM enabled. Kill mode must be set to 'control-group' or 'mixed'. Refusing.",
  // Live: the analyzer only sees the manager's load state; why a unit failed to load is in the manager's log.
  'live-not-service': 'Unit {unit} is not a service unit, refusing.',
  'live-not-found': 'Unit {unit} not found, cannot analyze.',
  // 247's manager dies loading a Type=dbus service without a bus name (profile: dbusWithoutBusNameCrashes).
  'live-manager-crashed': 'Failed to get unit properties: Connection reset by peer',
  'live-masked': 'Unit {unit} is masked, cannot analyze.',
  'live-not-loaded': 'Unit {unit} not loaded properly, cannot analyze.',
};

/** `template` with each `{name}` replaced by `d.args.name` (missing arguments become empty). */
export function fillTemplate(template: string, d: Diagnostic): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => d.args[name] ?? '');
}

/**
 * systemd's message for a refusal reason, as `diagnosticMessage` words it; a code that is not a
 * refusal reason renders as the code itself.
 */
export function refusalMessage(d: Diagnostic): string {
  const template = REFUSAL_TEMPLATES[d.code];
  return template === undefined ? d.code : fillTemplate(template, d);
}
