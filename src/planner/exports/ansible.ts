/**
 * The Ansible export: a task list that installs a planned drop-in and reloads systemd.
 */
import type { PlannedDropIn } from '../types.ts';
import { yamlString, yamlText } from './yaml.ts';

/** The variable the copy task registers, so the reload runs only when the file changed. */
const REGISTERED = 'unitscore_hardening';

/**
 * `dropIn` as Ansible tasks to paste under a play's `tasks:` (a YAML sequence, not indented):
 * `ansible.builtin.file` makes the drop-in folder (root, 0755), `ansible.builtin.copy` writes the
 * drop-in with `content:` (a literal block holding `dropIn.text` exactly, final newline included;
 * root, 0644) and registers whether it changed, and `ansible.builtin.systemd_service` (in
 * ansible-core 2.14, Debian 12's, and later; `ansible.builtin.systemd` before) reloads the
 * manager when it did. The service
 * itself is not restarted: it runs with the drop-in from its next start. Unit names and paths are
 * quoted (`'foo@bar\x2dbaz.service'`); a text holding `{{`, `{%` or `{#` is tagged `!unsafe` so
 * that Ansible writes it as it is instead of templating it.
 *
 * @example
 * ansibleTasks(dropIn)
 * // # Hardening of nginx.service, as planned by unitscore.
 * // - name: 'Drop-in folder of nginx.service'
 * //   ansible.builtin.file:
 * //     path: '/etc/systemd/system/nginx.service.d'
 * //     …
 * // - name: 'Hardening drop-in of nginx.service'
 * //   ansible.builtin.copy:
 * //     dest: '/etc/systemd/system/nginx.service.d/hardening.conf'
 * //     …
 * //     content: |
 * //       [Service]
 * //       ProtectSystem=strict
 * //   register: unitscore_hardening
 * // - name: Reload systemd
 * //   ansible.builtin.systemd_service:
 * //     daemon_reload: true
 * //   when: unitscore_hardening.changed
 */
export function ansibleTasks(dropIn: PlannedDropIn): string {
  const folder = dropIn.path.slice(0, dropIn.path.lastIndexOf('/')) || '/';
  return [
    `# Hardening of ${dropIn.unit}, as planned by unitscore.`.replace(/[\r\n\u0085\u2028\u2029]/g, ' '),
    `- name: ${yamlString(`Drop-in folder of ${dropIn.unit}`)}`,
    '  ansible.builtin.file:',
    `    path: ${yamlString(folder)}`,
    '    state: directory',
    '    owner: root',
    '    group: root',
    "    mode: '0755'",
    `- name: ${yamlString(`Hardening drop-in of ${dropIn.unit}`)}`,
    '  ansible.builtin.copy:',
    `    dest: ${yamlString(dropIn.path)}`,
    '    owner: root',
    '    group: root',
    "    mode: '0644'",
    `    content:${yamlText(dropIn.text, 4)}`,
    `  register: ${REGISTERED}`,
    '- name: Reload systemd',
    '  ansible.builtin.systemd_service:',
    '    daemon_reload: true',
    `  when: ${REGISTERED}.changed`,
    '',
  ].join('\n');
}
