/** Hand-made cases for values and cross-setting refusals the loader checks on settings it does not score. */
import { service, single, TEXT_ONLY, type CaseDefinition } from './define.ts';

const unitThenService = (unitLines: string[], serviceLines: string[]): string =>
  ['[Unit]', ...unitLines, '[Service]', ...serviceLines].map((l) => `${l}\n`).join('');

export const loaderCheckCases: readonly CaseDefinition[] = [
  single('emergency-actions-from-254', 'SuccessAction=halt, kexec, soft-reboot (and -force): unknown to 252 ("Failed to parse SuccessAction=, ignoring"), accepted from 254',
    unitThenService(['SuccessAction=halt', 'SuccessAction=halt-force', 'SuccessAction=kexec', 'SuccessAction=kexec-force', 'SuccessAction=soft-reboot',
      'SuccessAction=soft-reboot-force', 'SuccessAction=halt-immediate', 'SuccessAction=exit-force'], ['ExecStart=/bin/true']), { runs: TEXT_ONLY }),
  single('emergency-action-only-success-action-halt', 'A oneshot service with only SuccessAction=halt: 252 ignores the value and refuses the service',
    unitThenService(['SuccessAction=halt'], ['Type=oneshot']), { runs: TEXT_ONLY }),
  single('emergency-action-keys', 'FailureAction=, StartLimitAction=, JobTimeoutAction= in [Unit] and [Service]: empty, wrong case, unknown values',
    unitThenService(['SuccessAction=', 'FailureAction=halt', 'StartLimitAction=kexec', 'JobTimeoutAction=Reboot', 'FailureAction=reboot-immediate'],
      ['ExecStart=/bin/true', 'FailureAction=halt-immediate', 'StartLimitAction=x', 'StartLimitAction=poweroff-force']), { runs: TEXT_ONLY }),
  single('environment-invalid-assignments', 'Environment= words without a valid NAME=: "Invalid environment assignment, ignoring"; bad specifiers; unbalanced quotes',
    service('Environment=production', 'Environment="A=1" B C=2 =x 1A=2 _ok=3', 'Environment=', 'Environment=%z=1', 'Environment="unbalanced'), { runs: TEXT_ONLY }),
  single('private-ipc-invalid', 'PrivateIPC= values that are not booleans: maybe, 2, empty', service('PrivateIPC=maybe', 'PrivateIPC=2', 'PrivateIPC=', 'PrivateIPC=yes'),
    { runs: TEXT_ONLY }),
  single('private-pids-forking-refused', 'Type=forking with PrivatePIDs=yes is refused from 257 (an unknown key before)',
    ['[Service]', 'Type=forking', 'ExecStart=/bin/true', 'PrivatePIDs=yes'].map((l) => `${l}\n`).join(''), { runs: TEXT_ONLY }),
  single('private-pids-forking-no', 'Type=forking with PrivatePIDs=no (after yes) is accepted',
    ['[Service]', 'Type=forking', 'ExecStart=/bin/true', 'PrivatePIDs=yes', 'PrivatePIDs=no'].map((l) => `${l}\n`).join(''), { runs: TEXT_ONLY }),
  single('private-pids-invalid', 'PrivatePIDs= values that are not booleans (257+)', service('PrivatePIDs=maybe', 'PrivatePIDs='), { runs: TEXT_ONLY }),
  single('private-pids-pam-refused', 'PAMName= with PrivatePIDs=yes: refused by 262 before the service checks; 257 checks the kill mode',
    ['[Service]', 'Type=oneshot', 'Restart=always', 'ExecStart=/bin/true', 'PAMName=login', 'KillMode=process', 'PrivatePIDs=yes'].map((l) => `${l}\n`).join(''),
    { runs: TEXT_ONLY }),
  single('pam-kill-mode-before-service-checks', 'PAMName= with KillMode=process and no Exec lines: 257+ check the kill mode first ("Unit has PAM enabled"), 252 finds no ExecStart= first',
    ['[Service]', 'PAMName=login', 'KillMode=process'].map((l) => `${l}\n`).join(''), { runs: TEXT_ONLY }),
  single('bus-name-values', 'BusName= values: empty (ignored, not a reset), names that are not bus names (no dot, an element starting with a digit, an empty element, a trailing dot, a space), a unique name, specifiers (%n, unknown %z), 255 and 256 characters, and 256 only after %n',
    service('BusName=org.a', 'BusName=', 'BusName=-bad', 'BusName=org.1a', 'BusName=a..b', 'BusName=org.a.', 'BusName=org.a b', 'BusName=:1.5', 'BusName=org.%z',
      `BusName=org.${'a'.repeat(252)}`, `BusName=org.${'b'.repeat(251)}`, `BusName=org.${'c'.repeat(245)}.%n`, 'BusName=org.%n'), { runs: TEXT_ONLY }),
  single('bus-name-invalid-type-dbus', 'Type=dbus whose only BusName= is not a bus name: ignored, so the service is refused for having none',
    service('Type=dbus', 'BusName=example'), { runs: TEXT_ONLY }),
  {
    name: 'bus-name-taken-in-one-call',
    input: {
      description: 'Offline, every FILE loads into one manager: a second service allocated for the same bus name is refused ("File exists"), whatever its Type=; a name given twice is one unit',
      unit: 'c.service',
      runs: [
        ['--offline=true', './a.service', './b.service'],
        ['--offline=true', '--json=short', './a.service', './b.service'],
        ['--offline=true', './b.service', './a.service', './b.service'],
      ],
      files: [
        { path: 'a.service', text: service('Type=dbus', 'BusName=org.example.Foo') },
        { path: 'b.service', text: service('Type=simple', 'BusName=org.example.Foo', 'User=nobody') },
        { path: 'c.service', text: service('BusName=org.example.%N') },
      ],
    },
  },
  {
    name: 'bus-name-held-by-refused-units',
    input: {
      description: 'A service refused by the service checks (no ExecStart=) or by 262\'s ManagedOOM…=kill still holds its bus name; one with a fatal setting never took it',
      unit: 'c.service',
      runs: [['--offline=true', './a.service', './b.service', './d.service', './e.service', './g.service']],
      files: [
        { path: 'a.service', text: '[Service]\nBusName=org.x\n' },
        { path: 'b.service', text: service('BusName=org.y', 'RootDirectory=relative') },
        { path: 'd.service', text: service('BusName=org.y') },
        { path: 'e.service', text: service('BusName=org.z', 'ManagedOOMMemoryPressure=kill') },
        { path: 'g.service', text: service('BusName=org.x') },
        { path: 'c.service', text: service('BusName=org.z', 'ManagedOOMMemoryPressure=kill') },
      ],
    },
  },
  {
    name: 'bus-name-template-instances',
    input: {
      description: 'Instances of one template: a bus name with %i differs per instance, a fixed one is taken by the first',
      unit: 'u@.service',
      runs: [['--offline=true', './t@1.service', './t@2.service', './u@1.service', './u@2.service']],
      files: [
        { path: 't@.service', text: service('BusName=org.tmpl.i%i') },
        { path: 'u@.service', text: service('BusName=org.same') },
      ],
    },
  },
];
