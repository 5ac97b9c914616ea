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
];
