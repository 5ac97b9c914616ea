/**
 * Every reason `analyze()` can refuse a unit for has its wording in refusal-messages.ts (what the
 * embed and `<unitscore-report>` show), worded exactly as messages.ts words it for the CLI: one
 * hand-made unit per reason code, then every refusal among the vendored corpus and golden cases.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, diagnosticMessage, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { REFUSAL_TEMPLATES, refusalMessage } from '../../src/engine/refusal-messages.ts';
import { readCases } from '../../scripts/lib/cases.ts';
import { readCorpusUnits } from '../../scripts/lib/corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const VERSIONS: readonly SystemdVersion[] = ['252', '257', '262'];
const service = (body: string): UnitFile[] => [{ path: 'x.service', text: `[Service]\n${body}\n` }];
const START = 'ExecStart=/bin/true';

describe('each refusal reason', () => {
  it.each<[code: string, version: SystemdVersion, files: UnitFile[]]>([
    ['invalid-filename', '262', [{ path: 'no-suffix', text: '[Service]\n' }]],
    ['masked', '262', [{ path: 'x.service', text: '' }]],
    ['load-failed', '262', service(`${START}\nManagedOOMSwap=kill`)],
    ['no-exec', '262', service('Type=oneshot')],
    ['multiple-exec-start', '262', service(`${START}\n${START}`)],
    ['no-exec-start', '262', service('Type=simple\nExecStop=/bin/true')],
    ['no-exec-start-remain', '262', service('Type=oneshot\nExecStop=/bin/true')],
    ['private-users-managed', '262', service(`${START}\nPrivateUsers=managed\nUser=foo`)],
    ['oneshot-restart', '262', service(`Type=oneshot\n${START}\nRestart=always`)],
    ['dbus-no-busname', '262', service(`Type=dbus\n${START}`)],
    ['pam-kill-mode', '262', service(`${START}\nPAMName=login\nKillMode=process`)],
    ['pam-kill-mode-legacy', '252', service(`${START}\nPAMName=login\nKillMode=process`)],
    ['invalid-section-header', '262', [{ path: 'x.service', text: '[Service\n' }]],
    ['bad-section-header', '257', [{ path: 'x.service', text: '[Ser"vice]\n' }]],
    ['invalid-section-header-strict', '262', [{ path: 'x.service', text: '[Ser"vice]\n' }]],
    ['specifiers', '262', service(`${START}\nRootDirectory=/srv/%Q`)],
    ['not-absolute', '262', service(`${START}\nRootDirectory=srv`)],
    ['exec-unbalanced-quotes', '262', service('ExecStart=/bin/echo "abc')],
    ['exec-empty-path', '262', service('ExecStart=@')],
    ['exec-specifiers', '262', service('ExecStart=/bin/%Q')],
    ['exec-not-executable', '262', service('ExecStart=bin/true')],
    ['invalid-user', '262', service(`${START}\nUser=a:b`)],
    ['dynamic-user-legacy', '252', service(`${START}\nDynamicUser=maybe`)],
    ['dynamic-user', '262', service(`${START}\nDynamicUser=maybe`)],
    // A lone backslash before the line's end (a trailing space keeps it from continuing the line):
    // fatal here, so systemd says "Invalid syntax: a\" without the warnings' ", ignoring".
    ['invalid-syntax-fatal', '262', service(`${START}\nSupplementaryGroups=a\\ `)],
  ])('%s (systemd %s)', (code, version, files) => {
    const analysis = analyze(files, { version });
    expect(analysis.ok).toBe(false);
    if (analysis.ok) return;
    expect(analysis.reason.code).toBe(code);
    expect(refusalMessage(analysis.reason)).toBe(diagnosticMessage(analysis.reason));
  });
});

describe('refusalMessage', () => {
  it('words every template as diagnosticMessage does', () => {
    for (const code of Object.keys(REFUSAL_TEMPLATES)) {
      const d = { code, severity: 'error' as const, args: { unit: 'x.service', key: 'K', value: 'V', path: 'P', header: 'H', error: 'E' } };
      expect(refusalMessage(d), code).toBe(diagnosticMessage(d));
    }
  });

  it('renders a code that is no refusal reason as the code', () => {
    expect(refusalMessage({ code: 'unknown-key', severity: 'warning', args: { key: 'K', section: 'S' } })).toBe('unknown-key');
  });

  it.each(VERSIONS)('has the wording of every refusal in the corpus and cases (systemd %s)', (version) => {
    const subjects = [
      ...readCorpusUnits().map((u) => u.files),
      ...readCases(join(here, '../fixtures/cases')).map((c) => c.files),
    ];
    const reasons = new Set<string>();
    for (const files of subjects) {
      const analysis = analyze(files, { version });
      if (analysis.ok) continue;
      reasons.add(analysis.reason.code);
      expect(refusalMessage(analysis.reason), analysis.reason.code).toBe(diagnosticMessage(analysis.reason));
    }
    expect(reasons.size).toBeGreaterThan(5);
  });
});
