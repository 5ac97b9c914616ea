import { describe, expect, it } from 'vitest';
import { analyze, capabilityKept, familyAllowed, unitAssignments, type AnalyzeOptions, type ResolvedSettings, type SystemdVersion } from '../../src/engine/index.ts';

/** The resolved settings of a service whose [Service] also holds `lines`. */
function resolvedOf(lines: readonly string[], options: AnalyzeOptions = {}): ResolvedSettings {
  const analysis = analyze([{ path: 'x.service', text: ['[Service]', 'ExecStart=/bin/true', ...lines, ''].join('\n') }], options);
  if (!analysis.ok) throw new Error(`refused: ${analysis.reason.code}`);
  return analysis.resolved;
}

describe('Report.resolved', () => {
  it('by default: every capability (unnamed ones by number), no ambient ones, an empty deny-list, no namespace limit', () => {
    const resolved = resolvedOf([]);
    expect(resolved.capabilityBoundingSet).toHaveLength(64);
    expect(resolved.capabilityBoundingSet.slice(0, 2)).toEqual(['CAP_CHOWN', 'CAP_DAC_OVERRIDE']);
    expect(resolved.capabilityBoundingSet.slice(40, 42)).toEqual(['CAP_CHECKPOINT_RESTORE', '41']);
    expect(resolved).toMatchObject({ ambientCapabilities: [], addressFamilies: { allowList: false, families: [] }, namespaces: null });
  });

  it.each<[string, readonly string[], Partial<ResolvedSettings>]>([
    ['names in number order, aliases by their first name', ['RestrictAddressFamilies=AF_INET6 af_local AF_INET'], { addressFamilies: { allowList: true, families: ['AF_UNIX', 'AF_INET', 'AF_INET6'] } }],
    ['a deny-list', ['RestrictAddressFamilies=~AF_PACKET AF_ROUTE'], { addressFamilies: { allowList: false, families: ['AF_NETLINK', 'AF_PACKET'] } }],
    ['none', ['RestrictAddressFamilies=none'], { addressFamilies: { allowList: true, families: [] } }],
    ['an empty value resets', ['RestrictAddressFamilies=AF_UNIX', 'RestrictAddressFamilies='], { addressFamilies: { allowList: false, families: [] } }],
    ['the implied drops', ['CapabilityBoundingSet=CAP_MKNOD CAP_SYSLOG CAP_KILL', 'PrivateDevices=yes', 'ProtectKernelLogs=yes'], { capabilityBoundingSet: ['CAP_KILL'] }],
    ['ambient capabilities', ['AmbientCapabilities=CAP_NET_BIND_SERVICE'], { ambientCapabilities: ['CAP_NET_BIND_SERVICE'] }],
    ['RestrictNamespaces=yes allows none', ['RestrictNamespaces=yes'], { namespaces: [] }],
    ['RestrictNamespaces= a list', ['RestrictNamespaces=net uts'], { namespaces: ['net', 'uts'] }],
    ['RestrictNamespaces=~ inverts among the seven', ['RestrictNamespaces=~user net'], { namespaces: ['cgroup', 'ipc', 'mnt', 'pid', 'uts'] }],
  ])('%s', (_, lines, expected) => {
    expect(resolvedOf(lines, { version: '257' })).toMatchObject(expected);
  });

  it('follows the version: 249 drops a RestrictNamespaces= list naming time, 252 keeps it', () => {
    expect(resolvedOf(['RestrictNamespaces=net time'], { version: '249' }).namespaces).toBeNull();
    expect(resolvedOf(['RestrictNamespaces=net time'], { version: '252' }).namespaces).toEqual(['net', 'time']);
  });

  it('follows the mode: a live 245 manager does not export ProtectClock=, but its drops happened while loading', () => {
    const resolved = resolvedOf(['ProtectClock=yes'], { version: '245', mode: 'live' });
    expect(resolved.capabilityBoundingSet).not.toContain('CAP_SYS_TIME');
  });
});

describe('Report.resolved.serviceType (what live `systemd-analyze security` without arguments skips when oneshot)', () => {
  it.each<[string, readonly string[], SystemdVersion, string]>([
    // service_add_extras(): a valid Type= wins; else BusName= makes it dbus, ExecStart= simple, nothing oneshot.
    ['ExecStart= alone is simple', ['ExecStart=/bin/true'], '262', 'simple'],
    ['Type=oneshot', ['Type=oneshot', 'ExecStart=/bin/true'], '262', 'oneshot'],
    ['Type=notify', ['Type=notify', 'ExecStart=/bin/true'], '262', 'notify'],
    ['BusName= makes an unset Type= dbus', ['BusName=org.example.X', 'ExecStart=/bin/true'], '262', 'dbus'],
    ['no ExecStart= at all is oneshot', ['ExecStop=/bin/true', 'RemainAfterExit=yes'], '262', 'oneshot'],
    ['an invalid Type= is ignored', ['Type=bogus', 'ExecStart=/bin/true'], '262', 'simple'],
    ['Type=notify-reload is unknown to 252', ['Type=notify-reload', 'ExecStart=/bin/true'], '252', 'simple'],
    ['and known to 257', ['Type=notify-reload', 'ExecStart=/bin/true'], '257', 'notify-reload'],
  ])('%s', (_, lines, version, type) => {
    const analysis = analyze([{ path: 'x.service', text: ['[Service]', ...lines, ''].join('\n') }], { version, mode: 'live' });
    if (!analysis.ok) throw new Error(`refused: ${analysis.reason.code}`);
    expect(analysis.resolved.serviceType).toBe(type);
  });
});

describe('familyAllowed and capabilityKept', () => {
  it.each<[string, readonly string[], string, boolean]>([
    ['allowed by default', [], 'AF_INET', true],
    ['listed in an allow-list', ['RestrictAddressFamilies=AF_INET'], 'AF_INET', true],
    ['missing from an allow-list', ['RestrictAddressFamilies=AF_UNIX'], 'AF_INET', false],
    ['in a deny-list', ['RestrictAddressFamilies=~AF_INET'], 'AF_INET', false],
    ['asked by an alias', ['RestrictAddressFamilies=AF_UNIX'], 'AF_LOCAL', true],
    ['asked in lower case', ['RestrictAddressFamilies=AF_UNIX'], 'af_unix', true],
    ['an unknown family is never allowed', [], 'AF_BOGUS', false],
  ])('familyAllowed: %s', (_, lines, family, allowed) => {
    expect(familyAllowed(resolvedOf(lines), family)).toBe(allowed);
  });

  it.each<[string, readonly string[], string, boolean]>([
    ['kept by default', [], 'CAP_SYS_ADMIN', true],
    ['dropped by an empty set', ['CapabilityBoundingSet='], 'CAP_SYS_ADMIN', false],
    ['kept in a list, asked in lower case', ['CapabilityBoundingSet=CAP_KILL'], 'cap_kill', true],
    ['dropped by PrivateDevices=', ['PrivateDevices=yes'], 'CAP_MKNOD', false],
    ['an unknown capability is never kept', [], 'CAP_BOGUS', false],
    ['a number is no name', [], '41', false],
  ])('capabilityKept: %s', (_, lines, capability, kept) => {
    expect(capabilityKept(resolvedOf(lines), capability)).toBe(kept);
  });
});

describe('unitAssignments', () => {
  const pairs = (files: Parameters<typeof unitAssignments>[0], options?: AnalyzeOptions): string[][] =>
    unitAssignments(files, options).map((a) => [a.section, a.key, a.value]);

  it('reads the unit, then drop-ins by file name across folders, the most specific masking', () => {
    const files = [
      { path: 'a-b.service', text: '[Service]\nEnvironment=unit' },
      { path: 'service.d/20-x.conf', text: '[Service]\nEnvironment=type-20' },
      { path: 'a-b.service.d/10-x.conf', text: '[Service]\nEnvironment=own-10' },
      { path: 'a-.service.d/20-x.conf', text: '[Service]\nEnvironment=prefix-20' },
      { path: 'a-b.service.d/20-x.conf', text: '[Service]\nEnvironment=own-20' },
      { path: 'other.service.d/05-x.conf', text: '[Service]\nEnvironment=other' },
      { path: 'a-b.service.d/30-x.txt', text: '[Service]\nEnvironment=not-conf' },
    ];
    expect(unitAssignments(files, { version: '257' }).map((a) => a.value)).toEqual(['unit', 'own-10', 'own-20']);
  });

  it('keeps sections apart and reads lines as the loader does: continuations, comments, unknown keys and lines without =', () => {
    const files = [{ path: 'x.service', text: 'User=before\n[Unit]\nDescription=unit\n[Service]\nnonsense\nNoSuchKey=1\nUser = a \\\n# comment\n b \n' }];
    expect(pairs(files)).toEqual([['Unit', 'Description', 'unit'], ['Service', 'User', 'a   b']]);
  });

  it("reads a template with its template's drop-ins", () => {
    const files = [{ path: 'a@.service', text: '[Service]\nUser=1' }, { path: 'a@.service.d/x.conf', text: '[Service]\nUser=2' }];
    expect(unitAssignments(files).map((a) => a.value)).toEqual(['1', '2']);
  });

  it('takes the instance the mode analyses a template under (its own drop-in folder)', () => {
    const files = [{ path: 'a@.service', text: '[Service]\nUser=1' }, { path: 'a@i.service.d/x.conf', text: '[Service]\nUser=2' }];
    expect(unitAssignments(files, { version: '252' }).map((a) => a.value)).toEqual(['1', '2']);
    expect(unitAssignments(files, { version: '252', mode: 'live' }).map((a) => a.value)).toEqual(['1']);
  });

  it('is empty without a unit file or with an invalid name', () => {
    expect(unitAssignments([{ path: 'x.service.d/a.conf', text: '[Service]\nUser=1' }])).toEqual([]);
    expect(unitAssignments([{ path: 'x.nothing', text: '[Service]\nUser=1' }])).toEqual([]);
  });
});
