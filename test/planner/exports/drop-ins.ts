/**
 * Planned drop-ins the export tests share: ordinary ones and nasty ones (unit names with `@`, `\x2d`,
 * a dot, a Nix keyword; values with `"`, `$`, `\`, `'`, `${`, `$${`, Jinja's `{{`; text lines that
 * are here-document delimiters), with their text written as a drop-in is: a header comment,
 * `[Service]`, each assignment under its comment lines.
 */
import type { PlannedAssignment, PlannedDropIn } from '../../../src/planner/index.ts';

/** An assignment; `stops`/`breaks` empty unless given (as for a reset line). */
export function set(key: string, value: string, stops = '', breaks = ''): PlannedAssignment {
  return { key, value, stops, breaks };
}

/**
 * A drop-in for `unit` at `/etc/systemd/system/<unit>.d/hardening.conf` whose text holds the
 * assignments under their comments, then `extra` lines (text the exports must carry as it is).
 */
export function dropIn(unit: string, assignments: readonly PlannedAssignment[], extra: readonly string[] = []): PlannedDropIn {
  const lines = [`# Hardening of ${unit}, planned by unitscore.`, '[Service]'];
  for (const a of assignments) {
    if (a.stops !== '') lines.push(`# stops: ${a.stops}`);
    if (a.breaks !== '') lines.push(`# can break: ${a.breaks}`);
    lines.push(`${a.key}=${a.value}`);
  }
  return { unit, path: `/etc/systemd/system/${unit}.d/hardening.conf`, assignments, text: `${[...lines, ...extra].join('\n')}\n` };
}

/** `d` with another text (for texts the planner would not write but an export must still carry). */
export function withText(d: PlannedDropIn, text: string): PlannedDropIn {
  return { ...d, text };
}

/** A network server's usual plan: scalars, booleans, a reset list, a key given twice. */
export const NGINX = dropIn('nginx.service', [
  set('ProtectSystem', 'strict', 'writes to /usr, /boot and /etc', 'a service that writes its own configuration'),
  set('ProtectHome', 'yes', 'reads of /home, /root and /run/user'),
  set('PrivateTmp', 'yes', 'other services seeing its /tmp'),
  set('NoNewPrivileges', 'yes', 'gaining privileges through setuid programs', 'setuid helpers such as sendmail'),
  set('CapabilityBoundingSet', ''),
  set('CapabilityBoundingSet', 'CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID', 'every capability but binding low ports and switching user'),
  set('RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6', 'sockets of other families'),
  set('SystemCallFilter', '@system-service', 'system calls outside the service set'),
  set('SystemCallFilter', '~@privileged @resources', 'privileged system calls'),
  set('SystemCallArchitectures', 'native'),
  set('MemoryDenyWriteExecute', 'no', 'nothing: the JIT needs it'),
  set('UMask', '0077'),
]);

/** An instance with an escaped dash, and values full of quoting traps. */
export const NASTY = dropIn(
  'foo@bar\\x2dbaz.service',
  [
    set('Environment', `"GREETING=it's \\"quoted\\"" 'PRICE=$5' PATH_HINT=C:\\\\dir`, 'a value with "quotes", $, \\ and \''),
    set('Environment', 'TEMPLATE=${HOME}/x $${literal} {{ jinja }} {% raw %}'),
    set('ExecStartPre', '/bin/sh -c \'echo "$MAINPID" > /run/x; exit 0\''),
    set('RestrictNamespaces', 'yes', 'every namespace kind'),
    set('InaccessiblePaths', '-/var/lib/secret\\x20dir'),
  ],
  ['# the delimiters of here-documents, as lines of their own:', 'EOF', 'EOF_1', " EOF", 'EOF ', '\tEOF', "'EOF'"],
);

/** A template (no instance). */
export const TEMPLATE = dropIn('getty@.service', [set('PrivateDevices', 'true', 'access to raw devices'), set('ProtectKernelTunables', 'false')]);

/** A name that is a plain Nix identifier with dashes, and a text line that starts with spaces. */
export const JOURNALD = dropIn('systemd-journald.service', [set('ProtectClock', 'yes')], ['  # an indented comment', '', '']);

/** A dotted name (quoted in Nix) with a key given three times and no reset. */
export const DOTTED = dropIn('my.app.service', [set('ReadWritePaths', '/var/lib/my.app'), set('ReadWritePaths', '-/var/cache/my.app'), set('ReadWritePaths', '/run/my app')]);

/** A name Nix reads as a keyword, and a plan with nothing to set. */
export const KEYWORD = dropIn('rec.service', []);

/** A reset alone, and a boolean spelling where the key takes no boolean (it stays a string). */
export const RESET_ONLY = dropIn('reset.service', [set('SupplementaryGroups', ''), set('Environment', 'yes')]);

/** Every drop-in above, by a name for the test tables. */
export const DROP_INS: ReadonlyArray<readonly [string, PlannedDropIn]> = [
  ['nginx', NGINX],
  ['nasty instance', NASTY],
  ['template', TEMPLATE],
  ['journald', JOURNALD],
  ['dotted', DOTTED],
  ['keyword, empty', KEYWORD],
  ['reset only', RESET_ONLY],
];
