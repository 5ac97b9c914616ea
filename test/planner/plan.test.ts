/**
 * The planner's search, as behaviours: it respects each stated need, takes the shortest prefix of
 * its path that meets the target, predicts what the engine says of the unit with its drop-in, adds
 * no warning, ignores its own earlier drop-in, and names the needs in its way.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisMode, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { dropInPathFor, isNeedsError, parseNeeds, plan, type Plan } from '../../src/planner/index.ts';

const NGINX: UnitFile = { path: 'nginx.service', text: '[Unit]\nDescription=web\n[Service]\nExecStart=/usr/sbin/nginx\n' };

function planFor(files: readonly UnitFile[], needs: string, options: { version?: SystemdVersion; mode?: AnalysisMode; target?: number } = {}): Plan {
  const set = parseNeeds(needs);
  if (isNeedsError(set)) throw new Error(needs);
  const result = plan({ files, version: options.version ?? '262', mode: options.mode ?? 'live', target: options.target ?? 20, needs: set });
  if (!result.ok) throw new Error('refused');
  return result;
}

const written = (p: Plan): string[] => p.dropIn.assignments.map((a) => `${a.key}=${a.value}`);

describe('needs are respected', () => {
  it.each([
    // [needs, lines that must not appear (prefix match)]
    ['network-server', ['PrivateNetwork=', 'IPAddressDeny=', 'DynamicUser=']],
    ['network-server,jit', ['MemoryDenyWriteExecute=']],
    ['batch,devices', ['PrivateDevices=', 'DevicePolicy=']],
    ['batch,setuid', ['NoNewPrivileges=', 'PrivateUsers=']],
    ['network-server,switches-user', ['PrivateUsers=']],
    ['bus-helper', ['PrivateUsers=', 'DynamicUser=']],
    ['batch,home', ['ProtectHome=yes']],
    ['batch,writes=/tmp/spool', ['PrivateTmp=']],
    ['batch,namespaces', ['RestrictNamespaces=']],
    ['batch,clock', ['ProtectClock=']],
  ])('%s', (needs, forbidden) => {
    const p = planFor([NGINX], needs, { target: 0 }); // a target of 0 takes every step it may
    for (const line of written(p)) for (const prefix of forbidden) expect(line.startsWith(prefix), line).toBe(false);
  });

  it.each([
    // [needs, a group that must stay allowed]
    ['batch,setuid', '@privileged'],
    ['network-server,switches-user', '@privileged'],
    ['batch,clock', '@clock'],
    ['batch,kernel-modules', '@module'],
    ['batch,mounts', '@mount'],
  ])('%s keeps %s: not denied, and in the allow-list unless @system-service has it', (needs, group) => {
    const lines = written(planFor([NGINX], needs, { target: 0 }));
    const denied = lines.filter((l) => l.startsWith('SystemCallFilter=~')).join(' ');
    expect(denied.split(/[~\s]/)).not.toContain(group);
    if (group !== '@privileged') expect(lines).toContain(`SystemCallFilter=@system-service ${group}`);
  });

  it('a master that switches users keeps what it needs to switch and to signal its workers', () => {
    const lines = written(planFor([NGINX], 'network-server,switches-user', { target: 0 }));
    expect(lines).toContain('NoNewPrivileges=yes'); // switching users needs no set-user-ID program
    expect(lines.filter((l) => l.startsWith('CapabilityBoundingSet=~')).join(' ')).not.toMatch(/CAP_SETUID|CAP_SETGID|CAP_KILL\b/);
  });

  it('kept capabilities and families stay', () => {
    const p = planFor([NGINX], 'network-server,raw-packets', { target: 0 });
    const caps = written(p).filter((l) => l.startsWith('CapabilityBoundingSet=~'));
    expect(caps.join(' ')).not.toMatch(/CAP_NET_BIND_SERVICE|CAP_NET_RAW/);
    expect(written(p)).toContain('RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_PACKET');
  });

  it('writes= keeps the paths writable under ProtectSystem=', () => {
    const p = planFor([NGINX], 'batch,writes=/srv/out:/var/lib/app', { target: 0 });
    expect(written(p)).toContain('ReadWritePaths=/srv/out /var/lib/app');
  });

  it('a dynamic user that binds low ports gets the capability handed over', () => {
    const p = planFor([NGINX], 'none,low-ports', { target: 0 });
    const lines = written(p);
    expect(lines).toContain('DynamicUser=yes');
    expect(lines).toContain('AmbientCapabilities=CAP_NET_BIND_SERVICE');
  });
});

describe('the plan and the engine agree', () => {
  it.each([
    ['262', 'live'], ['262', 'offline'], ['255', 'live'], ['252', 'offline'], ['249', 'live'], ['245', 'live'],
  ] as const)('systemd %s %s: the prediction is the engine on the unit with the drop-in, without a new message', (version, mode) => {
    for (const needs of ['network-server', 'batch', 'bus-helper']) {
      const p = planFor([NGINX], needs, { version, mode });
      const after = analyze([NGINX, { path: dropInPathFor('nginx.service'), text: p.dropIn.text }], { version, mode });
      if (!after.ok) throw new Error('refused with the drop-in');
      expect(after.exposure).toBe(p.after.exposure);
      expect(after.diagnostics.length + after.managerLog.length).toBe(p.before.diagnostics.length + p.before.managerLog.length);
    }
  });

  it('takes the shortest prefix of the path that meets the target', () => {
    const p = planFor([NGINX], 'batch', { target: 30 });
    expect(p.met).toBe(true);
    expect(p.steps[p.taken - 1]?.exposure).toBeLessThanOrEqual(30);
    expect(p.steps[p.taken - 2]?.exposure).toBeGreaterThan(30);
    expect(p.after.exposure).toBe(p.steps[p.taken - 1]?.exposure);
    expect(p.steps.length).toBeGreaterThan(p.taken); // the path goes on past the target
  });

  it('every step lowers the score, lowest tiers first', () => {
    const p = planFor([NGINX], 'batch', { target: 0 });
    p.steps.forEach((s, i) => {
      if (i > 0) expect(s.tier).toBeGreaterThanOrEqual(p.steps[i - 1]?.tier ?? 0);
      expect(s.exposure).toBeLessThanOrEqual(i === 0 ? p.before.exposure : (p.steps[i - 1]?.exposure ?? 100));
    });
  });

  it('a unit already at the target gets an empty drop-in', () => {
    const hardened = planFor([NGINX], 'batch', { target: 20 });
    const files = [NGINX, { path: 'nginx.service.d/10-mine.conf', text: hardened.dropIn.text }];
    const again = planFor(files, 'batch', { target: 20 });
    expect(again.taken).toBe(0);
    expect(again.dropIn.assignments).toEqual([]);
    expect(again.met).toBe(true);
  });

  it('its own earlier drop-in is replaced, not built on', () => {
    const first = planFor([NGINX], 'batch');
    const again = planFor([NGINX, { path: dropInPathFor('nginx.service'), text: first.dropIn.text }], 'batch');
    expect(again.dropIn.text).toBe(first.dropIn.text);
  });

  it('never weakens what the unit already has', () => {
    const strict: UnitFile = { path: 'nginx.service', text: `${NGINX.text}ProtectSystem=strict\nRestrictAddressFamilies=AF_UNIX\n` };
    const p = planFor([strict], 'network-server', { target: 0 });
    expect(written(p).filter((l) => l.startsWith('ProtectSystem=') || l.startsWith('RestrictAddressFamilies='))).toEqual([]);
  });
});

describe('an unreachable target', () => {
  it('says so, keeps the best drop-in and names the needs in the way', () => {
    const p = planFor([NGINX], 'network-server,setuid,jit', { target: 5 });
    expect(p.met).toBe(false);
    expect(p.taken).toBe(p.steps.length);
    expect(p.blockers.map((b) => b.need)).toContain('network');
    for (const b of p.blockers) expect(b.floorWithout).toBeLessThan(p.after.exposure);
  });

  it('a unit the engine refuses gives no plan', () => {
    const set = parseNeeds('batch');
    if (isNeedsError(set)) throw new Error();
    const result = plan({ files: [{ path: 'x.service', text: '[Service]\nType=oneshot\n' }], version: '262', mode: 'offline', target: 20, needs: set });
    expect(result.ok).toBe(false);
  });
});
