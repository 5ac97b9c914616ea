/** Hand-made cases for users and refusals, CLI options, environment, policies and several files. */
import { assessorTable } from '../../src/engine/index.ts';
import { service, single, TEXT_ONLY, type CaseDefinition } from './define.ts';

const HARDENED = service(
  'DynamicUser=yes', 'PrivateNetwork=yes', 'PrivateDevices=yes', 'ProtectKernelTunables=yes', 'ProtectKernelModules=yes',
  'ProtectKernelLogs=yes', 'ProtectClock=yes', 'ProtectControlGroups=yes', 'ProtectHostname=yes', 'ProtectHome=yes',
  'RestrictNamespaces=yes', 'LockPersonality=yes', 'MemoryDenyWriteExecute=yes', 'RestrictRealtime=yes',
  'SystemCallArchitectures=native', 'SystemCallFilter=@system-service', 'SystemCallFilter=~@privileged @resources',
  'CapabilityBoundingSet=', 'RestrictAddressFamilies=AF_UNIX', 'IPAddressDeny=any', 'UMask=0077', 'PrivateUsers=yes',
  'ProtectProc=invisible', 'ProcSubset=pid', 'PrivateMounts=yes',
);

/** Every json_field (the same table in all supported versions). */
const ALL_JSON_FIELDS = assessorTable('262').map((a) => a.id);

export const userCases: readonly CaseDefinition[] = [
  single('root-service-with-dynamicuser',
    'root.service + DynamicUser=yes counts as root (derived user name)',
    service('DynamicUser=yes'), { unitName: 'root.service' }),
  single('nobody-service-with-dynamicuser',
    'nobody.service + DynamicUser=yes gives the nobody message',
    service('DynamicUser=yes'), { unitName: 'nobody.service' }),
  single('dynamicuser-empty-refused', 'DynamicUser= with an empty value is fatal', service('DynamicUser=')),
  single('dynamicuser-invalid-refused', 'DynamicUser=maybe is fatal', service('DynamicUser=maybe')),
  single('dynamicuser-with-explicit-user', 'DynamicUser=yes with User=app', service('DynamicUser=yes', 'User=app')),
  single('dynamicuser-implications', 'DynamicUser=yes implies PrivateTmp, RemoveIPC, ProtectSystem=strict, ProtectHome=read-only, NoNewPrivileges, RestrictSUIDSGID',
    service('DynamicUser=yes')),
  single('dynamicuser-keeps-explicit-protecthome', 'DynamicUser=yes does not weaken an explicit ProtectHome=yes',
    service('ProtectHome=yes', 'DynamicUser=yes', 'ProtectSystem=full')),
  single('rootdirectory-relative-refused', 'A relative RootDirectory= is fatal', service('RootDirectory=srv/root')),
  single('rootdirectory-dash-prefix-refused', 'A leading - in RootDirectory= is part of a non-absolute path', service('RootDirectory=-/srv/root')),
  single('rootdirectory-absolute', 'An absolute RootDirectory= is good', service('RootDirectory=/srv/root')),
  single('user-name-with-space-accepted-with-warning', 'User=foo bar is accepted with a relaxed-name warning', service('User=foo bar')),
  single('user-invalid-refused', 'User=a/b (a slash) is fatal', service('User=a/b')),
  single('user-numeric-65535-refused', 'User=65535 is not a valid numeric ID and is fatal', service('User=65535')),
  single('user-root-by-number', 'User=0 counts as root', service('User=0')),
  single('user-nobody-literal', 'User=nobody gets the nobody message', service('User=nobody')),
  single('user-regular-with-groups', 'A regular user with supplementary groups', service('User=app', 'SupplementaryGroups=adm', 'SupplementaryGroups=')),
  single('supplementarygroups-invalid-refused', 'An invalid SupplementaryGroups= name is fatal', service('User=app', 'SupplementaryGroups=a/b')),
  single('supplementarygroups-bad-quoting-refused', 'A trailing backslash in SupplementaryGroups= is fatal ("Invalid syntax:", no ", ignoring")',
    service('User=app', 'SupplementaryGroups=a\\ ')),
  single('hardened-low-exposure', 'A heavily hardened unit (low score, good labels)', HARDENED),
];

/** Command lines with a bad argument: each stops at its first, as getopt reads them. */
const ARGUMENT_ERROR_RUNS: readonly (readonly string[])[] = [
  ['--offline=true', '--threshold=abc'],
  ['--offline=true', '--threshold=101'],
  ['--offline=true', '--json=xx'],
  ['--offline=maybe'],
  ['--offline=true', '--bogus'],
  ['--offline=true', '--bogus=1'],
  ['--offline=true', '--man=maybe'],
  ['--offline=true', '--threshold=abc', '--bogus'],
  ['--offline=true', '--no-pager=1'],
  // --threshold without `=` takes the next argument as its value (offline only: the run names a file).
  ['--offline=true', '--threshold', './x.service'],
];

/**
 * Short options (getopt's clusters), the scope and transport options systemd-analyze takes and
 * unitscore can answer for, and --unit=/--root=/--image= where parse_argv refuses them. Runs naming
 * a file are offline only: live, -H would reach for ssh and the live oracle takes no --root=.
 */
const OPTION_RUNS: readonly (readonly string[])[] = [
  ['-x'],
  ['--offline=true', '-qx'],
  ['--offline=true', '-q'],
  ['--offline=true', '-Ux'],
  ['--offline=true', '--unit=x.service'],
  ['--offline=true', '--quiet', '--system'],
  ['--offline=true', '-Hfoo', './x.service'],
  ['--offline=false', '--root=/tmp', './x.service'],
  ['--offline=false', '--image=/x.img', './x.service'],
];

export const cliCases: readonly CaseDefinition[] = [
  single('cli-argument-errors', 'Bad values of --threshold=, --json=, --offline= and --man=, and options no version knows: the first one decides the message', service(),
    { runs: ARGUMENT_ERROR_RUNS }),
  single('cli-short-and-other-options', 'Short options (-x unknown, -q, -U, -H, clustered), --quiet, --system, --unit=, and --root=/--image= in live mode, as each version reads them', service(),
    { runs: OPTION_RUNS }),
  single('cli-colored-short-options', 'Short-option errors with SYSTEMD_COLORS=1 (SYSTEMD_URLIFY=0): getopt\'s plain before 262, red on 262; --unit= refused, logged', service(),
    { runs: [['-x'], ['--offline=true', '-Ux']], env: { SYSTEMD_COLORS: '1', SYSTEMD_URLIFY: '0' } }),
  single('cli-colored-argument-errors', 'The argument errors with SYSTEMD_COLORS=1 (SYSTEMD_URLIFY=0: no links to the host): red where systemd logs them, plain where glibc\'s getopt prints them', service(),
    { runs: ARGUMENT_ERROR_RUNS, env: { SYSTEMD_COLORS: '1', SYSTEMD_URLIFY: '0' } }),
  single('threshold-below-at-above',
    'Exit status with --threshold below, at and above the exposure (96 on 252, 94 on 257/262)',
    service(),
    { runs: [93, 94, 95, 96, 97].map((t) => ['--offline=true', `--threshold=${t}`]) }),
  single('threshold-with-json', '--threshold also decides the exit status in JSON mode',
    service(), { runs: [['--offline=true', '--json=short', '--threshold=50'], ['--offline=true', '--json=short', '--threshold=100']] }),
  single('json-pretty', '--json=pretty layout', service('PrivateTmp=yes', 'ProtectProc=noaccess'),
    { runs: [['--offline=true', '--json=pretty']] }),
  single('json-off', '--json=off is the text table', service('PrivateTmp=yes'), { runs: [['--offline=true', '--json=off']] }),
  single('env-lc-all-c', 'In the C locale the glyphs become +, - and ->, and the emoji an ASCII face',
    service('PrivateTmp=yes'), { env: { LC_ALL: 'C' }, runs: TEXT_ONLY }),
  single('env-term-unset', 'Without TERM the emoji becomes an ASCII face', service('PrivateTmp=yes'), { env: { TERM: null }, runs: TEXT_ONLY }),
  single('env-term-dumb', 'TERM=dumb disables the emoji', service('PrivateTmp=yes'), { env: { TERM: 'dumb' }, runs: TEXT_ONLY }),
  single('env-term-linux', 'TERM=linux disables the emoji', service('PrivateTmp=yes'), { env: { TERM: 'linux' }, runs: TEXT_ONLY }),
  single('env-systemd-emoji-1-without-term', 'SYSTEMD_EMOJI=1 forces the emoji without TERM', service('PrivateTmp=yes'),
    { env: { TERM: null, SYSTEMD_EMOJI: '1' }, runs: TEXT_ONLY }),
  single('env-systemd-emoji-0', 'SYSTEMD_EMOJI=0 turns the emoji off on a capable terminal', service('PrivateTmp=yes'),
    { env: { SYSTEMD_EMOJI: '0' }, runs: TEXT_ONLY }),
  single('env-lang-utf8-without-lc-all', 'LANG=C.UTF-8 without LC_ALL still gives UTF-8 glyphs', service('PrivateTmp=yes'),
    { env: { LC_ALL: null, LANG: 'C.UTF-8' }, runs: TEXT_ONLY }),
  single('env-lang-c-without-lc-all', 'LANG=C without LC_ALL gives ASCII glyphs', service('PrivateTmp=yes'),
    { env: { LC_ALL: null, LANG: 'C' }, runs: TEXT_ONLY }),
  single('env-no-locale', 'No locale variables at all: systemd still assumes UTF-8', service('PrivateTmp=yes'),
    { env: { LC_ALL: null }, runs: TEXT_ONLY }),
  single('env-lc-all-c-hardened', 'C locale on a low-exposure unit (ASCII face of a good label)', HARDENED, { env: { LC_ALL: 'C' }, runs: TEXT_ONLY }),
  single('policy-all-weights-zero', 'A policy that weighs every row 0 trips an assertion: systemd aborts (status 134), stdout lost',
    service(), { policy: JSON.stringify(Object.fromEntries(ALL_JSON_FIELDS.map((id) => [id, { weight: 0 }]))), runs: TEXT_ONLY }),
  single('policy-file-missing', 'A --security-policy= file that does not exist: "at 0:0: No such file or directory"', service(),
    { runs: [['--offline=true', '--security-policy=nope.json']] }),
  single('policy-weight-zero', 'A policy with weight 0 excludes rows ("Option excluded by policy, skipping")', service(),
    { policy: '{"PrivateNetwork": {"weight": 0}, "UserOrDynamicUser": {"weight": 0}}' }),
  single('policy-changed-range-and-weight', 'A policy changing weight and range', service('ProtectSystem=full', 'ProtectHome=read-only'),
    { policy: '{"ProtectSystem": {"range": 20, "weight": 3000}, "PrivateTmp": {"weight": 5000, "range": 2}}' }),
  single('policy-descriptions', 'A policy replacing good, bad and n/a descriptions', service('PrivateTmp=yes'),
    { policy: '{"PrivateTmp": {"description_good": "Tmp is private", "description_bad": "Tmp is shared"}, "PrivateNetwork": {"description_bad": "Network: host"}, "SupplementaryGroups": {"description_na": "n/a here"}}' }),
  single('policy-unknown-field-and-key', 'A policy with an unknown json_field and an unknown key', service(),
    { policy: '{"NoSuchAssessor": {"weight": 1}, "PrivateTmp": {"colour": "red"}}' }),
  single('policy-invalid-json', 'A policy file that is not JSON', service(), { policy: '{"PrivateTmp": ', runs: TEXT_ONLY.map((r) => [...r, '--security-policy=policy.json']) }),
  {
    name: 'multiple-files-one-run',
    input: {
      description: 'Several FILE arguments in one call: tables printed one after another',
      unit: 'b.service',
      runs: [['--offline=true', './a.service'], ['--offline=true', '--json=short', './a.service']],
      files: [{ path: 'a.service', text: service('PrivateTmp=yes') }, { path: 'b.service', text: service('DynamicUser=yes') }],
    },
  },
  {
    name: 'multiple-files-first-refused',
    input: {
      description: 'Several FILE arguments where the first is refused',
      unit: 'b.service',
      runs: [['--offline=true', './a.service'], ['--offline=true', '--threshold=50', './a.service']],
      files: [{ path: 'a.service', text: '[Service]\nPrivateTmp=yes\n' }, { path: 'b.service', text: service('DynamicUser=yes') }],
    },
  },
  {
    name: 'multiple-files-with-dropins-and-template',
    input: {
      description: 'Three units in one call, one a template and one with a drop-in',
      unit: 'c@.service',
      runs: [['--offline=true', './a.service', './b.service']],
      files: [
        { path: 'a.service', text: service('ProtectProc=noaccess') },
        { path: 'a.service.d/10.conf', text: '[Service]\nPrivateTmp=yes\n' },
        { path: 'b.service', text: service('User=nobody') },
        { path: 'c@.service', text: service('User=%i') },
      ],
    },
  },
  single('socket-unit', 'A .socket unit is assessed offline (KeyringMode default shared)', '[Socket]\nListenStream=/run/x.sock\n', { unitName: 'x.socket' }),
  single('target-unit', 'A .target has no exec context', '[Unit]\nDescription=t\n', { unitName: 'x.target' }),
  single('mount-unit', 'A .mount unit named after its path', '[Mount]\nWhat=/dev/sda1\nWhere=/srv\nPrivateTmp=yes\n', { unitName: 'srv.mount' }),
  single('timer-unit', 'A .timer unit', '[Timer]\nOnCalendar=daily\n', { unitName: 'x.timer' }),
  single('managed-oom-kill', 'ManagedOOMMemoryPressure=kill (refused by 262 per the corpus README)', service('ManagedOOMMemoryPressure=kill')),
];
