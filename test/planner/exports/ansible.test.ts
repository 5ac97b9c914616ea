/**
 * The Ansible export, read back with the `yaml` package (as YAML 1.2 and as YAML 1.1, the version
 * PyYAML and so Ansible read), with PyYAML itself where python3-yaml is installed, and run by the
 * real `ansible-playbook` where Debian's ansible-core is installed (on this machine, with the
 * drop-in's path moved below a temporary folder and `systemctl` stubbed).
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type ScalarTag } from 'yaml';
import { ansibleTasks, type PlannedDropIn } from '../../../src/planner/index.ts';
import { checkProperty } from '../../support/property.ts';
import { testOutputDir } from '../../support/output-dir.ts';
import { DROP_INS, JOURNALD, NASTY, NGINX, withText } from './drop-ins.ts';

/** Ansible's `!unsafe`: the string as it is, marked so the test can see which values carried the tag. */
const UNSAFE: ScalarTag = { tag: '!unsafe', resolve: (s: string) => ({ unsafe: s }) };

type Task = Record<string, unknown>;

/** The three tasks as Ansible's YAML reader sees them (`version: '1.1'`) or as a YAML 1.2 reader does. */
function tasksOf(yaml: string, version: '1.1' | '1.2'): readonly [Task, Task, Task] {
  const value: unknown = parse(yaml, { version, customTags: [UNSAFE], strict: true, prettyErrors: false });
  expect(Array.isArray(value) && value.length).toBe(3);
  return value as [Task, Task, Task];
}

/** A string value, with whether it was tagged `!unsafe`. */
function unwrap(value: unknown): { text: unknown; unsafe: boolean } {
  return typeof value === 'object' && value !== null && 'unsafe' in value ? { text: value.unsafe, unsafe: true } : { text: value, unsafe: false };
}

/** Whether Ansible would template a string: it holds a Jinja2 start. */
const templated = (s: string): boolean => /\{\{|\{%|\{#/.test(s);

describe.each(['1.1', '1.2'] as const)('Ansible export, read as YAML %s', (version) => {
  it.each(DROP_INS)('%s: three tasks that install exactly the drop-in and reload', (_name, d) => {
    const [folder, copy, reload] = tasksOf(ansibleTasks(d), version);
    expect(folder).toEqual({
      name: `Drop-in folder of ${d.unit}`,
      'ansible.builtin.file': { path: d.path.slice(0, d.path.lastIndexOf('/')), state: 'directory', owner: 'root', group: 'root', mode: '0755' },
    });
    const args = copy['ansible.builtin.copy'] as Record<string, unknown>;
    expect(copy.name).toBe(`Hardening drop-in of ${d.unit}`);
    expect({ ...args, content: undefined }).toEqual({ dest: d.path, owner: 'root', group: 'root', mode: '0644', content: undefined });
    expect(unwrap(args.content)).toEqual({ text: d.text, unsafe: templated(d.text) });
    expect(copy.register).toBe('unitscore_hardening');
    expect(reload).toEqual({ name: 'Reload systemd', 'ansible.builtin.systemd_service': { daemon_reload: true }, when: 'unitscore_hardening.changed' });
  });

  it.each([
    ['no final newline', '[Service]\nPrivateTmp=yes'],
    ['blank lines at the end', '[Service]\nPrivateTmp=yes\n\n\n'],
    ['a first line that starts with spaces', '   # indented\n[Service]\n'],
    ['a line of spaces only', '[Service]\n   \nPrivateTmp=yes\n'],
    ['trailing spaces and tabs', '[Service]  \n\tPrivateTmp=yes\t\n'],
    ['a carriage return', '[Service]\r\nPrivateTmp=yes\r\n'],
    ['control characters and YAML 1.1 line breaks', '[Service]\n# \u0007 \u0085 \u2028 \u2029 \ufeff\n'],
    ['YAML syntax in the text', '- a: b\n---\n...\n# c\n"d": [e]\n'],
    ['nothing', ''],
    ['only newlines', '\n\n'],
  ])('carries a text with %s', (_name, text) => {
    const [, copy] = tasksOf(ansibleTasks(withText(NGINX, text)), version);
    expect(unwrap((copy['ansible.builtin.copy'] as Record<string, unknown>).content).text).toBe(text);
  });

  it('carries any text and any unit name', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('\n', ' ', '\t', '\r', '#', ':', '- ', '{{', '"', "'", '\\', '|', 'é', '\u0085', '\u2028'), { maxLength: 20 }).map((a) => a.join('')));
    checkProperty(
      `planner/exports: Ansible YAML ${version} carries any text`,
      fc.property(text, text, (t, unit) => {
        const d: PlannedDropIn = { unit, path: `/etc/systemd/system/${unit}.d/hardening.conf`, assignments: [], text: t };
        const [folder, copy] = tasksOf(ansibleTasks(d), version);
        expect(unwrap((folder['ansible.builtin.file'] as Record<string, unknown>).path)).toEqual({ text: `/etc/systemd/system/${unit}.d`, unsafe: templated(unit) });
        const args = copy['ansible.builtin.copy'] as Record<string, unknown>;
        expect(unwrap(args.dest)).toEqual({ text: d.path, unsafe: templated(unit) });
        expect(unwrap(args.content)).toEqual({ text: t, unsafe: templated(t) });
      }),
      { numRuns: 300 },
    );
  });
});

describe('Ansible export: how it reads', () => {
  it('writes the drop-in as a literal block, quotes unit names, tags templates !unsafe', () => {
    const yaml = ansibleTasks(NASTY);
    expect(yaml).toContain("- name: 'Drop-in folder of foo@bar\\x2dbaz.service'\n");
    expect(yaml).toContain("    dest: '/etc/systemd/system/foo@bar\\x2dbaz.service.d/hardening.conf'\n");
    expect(yaml).toContain(`    content: !unsafe |2\n      # Hardening of foo@bar\\x2dbaz.service, planned by unitscore.\n      [Service]\n`);
    expect(ansibleTasks(NGINX)).toContain('    content: |\n      # Hardening of nginx.service');
    expect(ansibleTasks(JOURNALD)).toContain('    content: |2+\n');
  });
});

/** Whether python3 with PyYAML (Ansible's YAML reader) is here. */
const HAS_PYYAML = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!HAS_PYYAML)('Ansible export: PyYAML reads what the test reads', () => {
  it('every drop-in, and 300 random texts', () => {
    const texts = [...DROP_INS.map(([, d]) => d.text), ...fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 300 })];
    const documents = texts.map((t) => ansibleTasks(withText(NGINX, t)));
    const script = [
      'import json, sys, yaml',
      "yaml.SafeLoader.add_constructor('!unsafe', lambda loader, node: loader.construct_scalar(node))",
      "print(json.dumps([yaml.safe_load(d)[1]['ansible.builtin.copy']['content'] for d in json.load(sys.stdin)]))",
    ].join('\n');
    const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(documents), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(texts);
  });
});

/** Whether Debian's ansible-core is here. */
const HAS_ANSIBLE = spawnSync('ansible-playbook', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!HAS_ANSIBLE)('Ansible export: ansible-playbook runs it', () => {
  it('installs the drop-ins byte for byte, 0644 in a 0755 folder, and reloads', { timeout: 120_000 }, () => {
    const root = mkdtempSync(join(testOutputDir('planner-exports'), 'ansible-'));
    const bin = join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'systemctl'), `#!/bin/sh\necho "$@" >> '${root}/systemctl.log'\n`);
    chmodSync(join(bin, 'systemctl'), 0o755);
    // Three drop-ins (a plain block, a `|2+` block, an `!unsafe` `|2` block): each task costs
    // ansible-playbook about a second, and PyYAML above reads all of them.
    const moved = [NGINX, JOURNALD, NASTY].map((d) => ({ ...d, path: join(root, d.path) }));
    const tasks = moved.map((d) => ansibleTasks(d)).join('').split('\n').map((l) => (l === '' ? '' : `    ${l}`)).join('\n');
    writeFileSync(join(root, 'play.yml'), `- hosts: localhost\n  connection: local\n  gather_facts: false\n  tasks:\n${tasks}`);
    const run = spawnSync('ansible-playbook', ['-i', 'localhost,', join(root, 'play.yml')], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, ANSIBLE_LOCALHOST_WARNING: 'false', ANSIBLE_INVENTORY_UNPARSED_WARNING: 'false', ANSIBLE_NOCOLOR: '1' },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const d of moved) {
      expect(readFileSync(d.path, 'utf8')).toBe(d.text);
      expect(statSync(d.path).mode & 0o777).toBe(0o644);
      expect(statSync(d.path.slice(0, d.path.lastIndexOf('/'))).mode & 0o777).toBe(0o755);
    }
    expect(readFileSync(join(root, 'systemctl.log'), 'utf8')).toBe('daemon-reload\n'.repeat(moved.length));
  });
});
