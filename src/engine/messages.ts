/**
 * The one place where diagnostic wording lives: each code maps to systemd's exact message template.
 * Where versions word the same problem differently, they use different codes (chosen by the
 * version profile), so a code always renders the same way.
 */
import type { Diagnostic } from './types.ts';
import { fillTemplate, REFUSAL_TEMPLATES } from './refusal-messages.ts';

const TEMPLATES: Readonly<Record<string, string>> = {
  // The reasons systemd gives for refusing a unit (kept apart so score-only bundles carry only them).
  ...REFUSAL_TEMPLATES,
  // Unit-file syntax (config_parse).
  'assignment-outside-section': 'Assignment outside of section. Ignoring.',
  'missing-equals': "Missing '=', ignoring line.",
  'missing-key': "Missing key name before '=', ignoring line.",
  'unknown-section': "Unknown section '{section}'. Ignoring.",
  'unknown-key': "Unknown key '{key}' in section [{section}], ignoring.",
  'unknown-key-quoted': "Unknown key name '{key}' in section '{section}', ignoring.",
  'invalid-syntax': 'Invalid syntax, ignoring: {value}',
  // Loading the unit as a whole.
  'fatal-setting': '{unit}: Unit configuration has fatal error, unit will not be started.',
  'bad-unit-setting': 'Unit {unit} has a bad unit file setting.',
  'invalid-hostname': 'Invalid hostname is specified to {key}=, ignoring: {value}',
  // BusName= (see settings/bus-name.ts), and a service wanting a name an earlier one of the same call watches.
  'bus-name-specifiers': 'Failed to resolve unit specifiers in {value}, ignoring: {error}',
  'bus-name-invalid': 'Invalid bus name, ignoring: {value}',
  'bus-name-hashmap': 'Failed to put bus name to hashmap: File exists',
  'bus-name-taken': '{unit}: Two services allocated for the same bus name {name}, refusing operation.',
  // Values (252 wording, then 257+ wording).
  'bool-legacy': 'Failed to parse boolean value, ignoring: {value}',
  'tristate-legacy': 'Failed to parse boolean value for {key}=, ignoring: {value}',
  'parse-assignment': 'Failed to parse {key}={value}, ignoring: {error}',
  'parse-assignment-bare': 'Failed to parse {key}={value}, ignoring.',
  'protect-home-legacy': 'Failed to parse protect home value, ignoring: {value}',
  'protect-system-legacy': 'Failed to parse protect system value, ignoring: {value}',
  'keyring-legacy': 'Failed to parse keyring mode, ignoring: {value}',
  'protect-proc-legacy': 'Failed to parse /proc/ protection mode, ignoring: {value}',
  'proc-subset-legacy': 'Failed to parse /proc/ subset mode, ignoring: {value}',
  'notify-access-legacy': 'Failed to parse notify access specifier, ignoring: {value}',
  'umask-legacy': 'Failed to parse mode value, ignoring: {value}',
  'device-policy-legacy': 'Failed to parse device policy, ignoring: {value}',
  'service-type-legacy': 'Failed to parse service type, ignoring: {value}',
  'device-path': "Invalid device node path '{path}', ignoring.",
  'path-not-normalized': '{key}= path is not normalized, ignoring: {path}',
  'device-rights': "Invalid device rights '{rights}', ignoring.",
  'controller': "Invalid controller name '{name}', ignoring",
  'namespaces': 'Failed to parse namespace type string, ignoring: {value}',
  'address-family': 'Failed to parse address family, ignoring: {value}',
  'syscall-legacy': 'Failed to parse system call, ignoring: {value}',
  'syscall-unknown': 'System call {name} is not known, ignoring.',
  'syscall-group': 'Unknown system call group, ignoring: {value}',
  'syscall-errno': 'Failed to parse syscall:errno, ignoring: {value}',
  'syscall-allow-errno': 'Allow-listed system calls cannot take error number, ignoring: {value}',
  'arch': 'Failed to parse system call architecture "{value}", ignoring: Invalid argument',
  'ip-prefix-legacy': 'Address prefix is invalid, ignoring assignment: {value}',
  'ip-prefix': 'Invalid address prefix is specified in [{section}] {key}=, ignoring assignment: {value}',
  'filter-path': '{key}= path is not absolute, ignoring: {value}',
  'credential-base64-legacy': 'Encrypted credential data not valid Base64 data, ignoring.',
  'credential-base64': 'Encrypted credential data not valid Base64 data, ignoring: {error}',
  'credential-name': 'Credential name "{name}" not valid, ignoring.',
  'credential-source': 'Credential source "{source}" not valid, ignoring.',
  'nobody-user': 'Special user nobody configured, this is not safe!',
  'lax-user-name': "Accepting user/group name '{name}', which does not match strict user/group name rules.",
  'device-extract': "Failed to extract device path and rights from '{value}', ignoring.",
  // Deprecations and compatibility notices of settings that are not scored.
  'syslog-output': 'Standard output type {value} is obsolete, automatically updating to {replacement}. Please update your unit file, and consider removing the setting altogether.',
  'kill-mode-none': "Unit uses KillMode=none. This is unsafe, as it disables systemd's process lifecycle management for the service. Please update the service to use a safer KillMode=, such as 'mixed' or 'control-group'. Support for KillMode=none is deprecated and will eventually be removed.",
  'deprecated-option': 'Unit uses {key}=; please use {advice} instead. Support for {key}= will be removed soon.',
  'removed-option': 'Support for option {key}= has been removed and it is ignored',
  'emergency-action': 'Failed to parse {key}=, ignoring: {value}',
  'environment-assignment': 'Invalid environment assignment, ignoring: {value}',
  'environment-specifiers': 'Failed to resolve specifiers in {value}, ignoring: Invalid slot',
  'marked-executable': 'Configuration file {dir}/{path} is marked executable. Please remove executable permission bits. Proceeding anyway.',
  'marked-world-writable': 'Configuration file {dir}/{path} is marked world-writable. Please remove world writability permission bits. Proceeding anyway.',
  'invalid-url': 'Invalid URL, ignoring: {value}',
  'pidfile-legacy': 'PIDFile= references a path below legacy directory /var/run/, updating {value} → {replacement}; please update the unit file accordingly.',
  'exec-empty-path-ignoring': 'Empty path in command line, ignoring: {value}',
  'exec-specifiers-ignoring': "Failed to resolve unit specifiers in '{value}', ignoring: Invalid slot",
  'exec-not-executable-ignoring': 'Neither a valid executable name nor an absolute path, ignoring: {value}',
  'specifiers-ignoring': "Failed to resolve unit specifiers in '{value}', ignoring: Invalid slot",
  'exec-double-bang': 'The !! modifier for {key}= lines is no longer supported and is now ignored. Please update your unit files and remove the modifier.',
};

/** Codes systemd logs without a `FILE:LINE:` location even though they come from one assignment. */
const UNLOCATED: ReadonlySet<string> = new Set(['lax-user-name']);

/** Codes whose message names a file by its full path: `{dir}` is the folder `formatDiagnostic` is given. */
const IN_FOLDER: ReadonlySet<string> = new Set(['marked-executable', 'marked-world-writable']);

/** systemd's message for `d`, without the `FILE:LINE: ` prefix. Unknown codes render as the code. */
export function diagnosticMessage(d: Diagnostic): string {
  const template = TEMPLATES[d.code];
  return template === undefined ? d.code : fillTemplate(template, d);
}

/** True when `code` has a wording (used by tests to keep codes and templates in step). */
export function hasMessage(code: string): boolean {
  return code in TEMPLATES;
}

/**
 * The stderr line systemd prints for `d`: `DIR/FILE:LINE: message` when the diagnostic has a
 * span, else the bare message. `dir` is the folder the files live in (absolute, no trailing `/`).
 */
export function formatDiagnostic(d: Diagnostic, dir: string): string {
  const message = IN_FOLDER.has(d.code) ? fillTemplate(TEMPLATES[d.code] ?? d.code, { ...d, args: { ...d.args, dir } }) : diagnosticMessage(d);
  return d.span === undefined || UNLOCATED.has(d.code) ? message : `${dir}/${d.span.file}:${d.span.line}: ${message}`;
}
