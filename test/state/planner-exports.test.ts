/** The planner panel's exports: each writes the planner's text for the drop-in shown, for the systemd analysed. */
import { describe, expect, it } from 'vitest';
import { ansibleTasks, isNeedsError, nixosServiceConfig, parseNeeds, plan, systemctlEditCommand, type PlannedDropIn } from '../../src/planner/index.ts';
import { PLANNER_EXPORTS, plannerExport } from '../../src/state/planner-exports.ts';

function dropInOf(path: string): PlannedDropIn {
  const needs = parseNeeds('batch');
  if (isNeedsError(needs)) throw new Error('needs');
  const p = plan({ files: [{ path, text: '[Service]\nExecStart=/usr/bin/web\n' }], version: '262', mode: 'live', target: 20, needs });
  if (!p.ok) throw new Error('refused');
  return p.dropIn;
}

const web = dropInOf('web.service');

describe('PLANNER_EXPORTS', () => {
  it.each([
    // [id, the text it must be for web.service on 255]
    ['drop-in', web.text],
    ['systemctl-sudo', systemctlEditCommand(web, { version: '255', sudo: true })],
    ['systemctl-root', systemctlEditCommand(web, { version: '255' })],
    ['nixos', nixosServiceConfig(web)],
    ['ansible', ansibleTasks(web)],
  ])('%s', (id, want) => {
    expect(plannerExport(id).id).toBe(id);
    expect(plannerExport(id).write(web, '255')).toBe(want);
  });

  it('the shell command follows the systemd analysed (systemctl edit --stdin from 257 on)', () => {
    expect(plannerExport('systemctl-root').write(web, '262')).toMatch(/^systemctl edit --stdin /);
    expect(plannerExport('systemctl-root').write(web, '255')).not.toContain('--stdin');
    expect(plannerExport('systemctl-sudo').write(web, '262')).toMatch(/^sudo /);
  });

  it('ids are unique, the drop-in file comes first and stands in for an unknown id', () => {
    expect(new Set(PLANNER_EXPORTS.map((e) => e.id)).size).toBe(PLANNER_EXPORTS.length);
    expect(plannerExport('nope').id).toBe('drop-in');
  });

  it('NixOS says why it has nothing for a unit that is not a service, instead of failing', () => {
    const socket: PlannedDropIn = { ...web, unit: 'web.socket', path: '/etc/systemd/system/web.socket.d/hardening.conf' };
    expect(() => nixosServiceConfig(socket)).toThrow(RangeError);
    expect(plannerExport('nixos').write(socket, '262')).toBe('# No NixOS export: systemd.services.<name> holds services, and web.socket is not one.\n');
  });
});
