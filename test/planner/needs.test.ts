/**
 * The needs vocabulary: parsing `--needs=` lists (profiles, +/−, writes=, implied needs) and what a
 * set of needs rules out.
 */
import { describe, expect, it } from 'vitest';
import { blockedCandidates, isNeedsError, keptCapabilities, keptFamilies, parseNeeds, PROFILES, type NeedSet } from '../../src/planner/needs.ts';
import { candidatesFor } from '../../src/planner/candidates.ts';
import { assessorTable, VERSIONS } from '../../src/engine/index.ts';

const ok = (list: string | undefined): NeedSet => {
  const parsed = parseNeeds(list);
  if (isNeedsError(parsed)) throw new Error(`${list}: ${parsed.code}`);
  return parsed;
};

describe('parseNeeds', () => {
  it.each([
    // [list, needs (sorted), writes]
    [undefined, ['fixed-user', 'low-ports', 'network'], []], // the default profile
    ['network-server', ['fixed-user', 'low-ports', 'network'], []],
    ['batch', [], []],
    ['bus-helper', ['dbus', 'fixed-user'], []], // dbus implies a fixed user
    ['none', [], []],
    ['none,jit', ['jit'], []],
    ['batch,+jit,devices', ['devices', 'jit'], []],
    ['network-server,-low-ports', ['fixed-user', 'network'], []],
    ['bus-helper,-fixed-user', ['dbus'], []], // removing an implied need removes it
    ['low-ports', ['low-ports', 'network'], []], // low ports imply the network
    ['batch,writes=/srv/a:/var/lib/b', ['writes'], ['/srv/a', '/var/lib/b']],
    [' batch , jit ', ['jit'], []],
  ] as const)('%s', (list, needs, writes) => {
    const set = ok(list);
    expect([...set.needs].sort()).toEqual(needs);
    expect(set.writes).toEqual(writes);
  });

  it.each([
    ['frobnicate', 'unknown-need', 'frobnicate'],
    ['batch,+nope', 'unknown-need', '+nope'],
    ['jit,batch', 'profile-not-first', 'batch'],
    ['writes=relative/path', 'bad-path', 'relative/path'],
    ['writes=/with space', 'bad-path', '/with space'],
    ['writes=/a"b', 'bad-path', '/a"b'],
  ])('%s is refused (%s)', (list, code, word) => {
    expect(parseNeeds(list)).toEqual({ code, word });
  });
});

describe('what needs rule out', () => {
  it('every candidate a need blocks exists, on every version', () => {
    for (const v of VERSIONS) {
      const ids = new Set(candidatesFor(assessorTable(v.id)).map((c) => c.id));
      const all = parseNeeds('none,' + 'network,low-ports,netlink,raw-packets,net-admin,home,jit,dbus,devices,bluetooth,fixed-user,switches-user,setuid,kernel-modules,namespaces,realtime,clock,kernel-tunables,kernel-logs,processes,file-owners,mounts,ipc,foreign-arch,personality,cgroups,hostname,writes=/home/x:/tmp/y');
      if (isNeedsError(all)) throw new Error('all needs');
      for (const blocked of blockedCandidates(all)) expect(ids, `${v.id}: ${blocked}`).toContain(blocked);
    }
  });

  it.each([
    ['network-server', ['PrivateNetwork', 'IPAddressDeny', 'DynamicUser'], ['CAP_NET_BIND_SERVICE'], ['AF_INET', 'AF_INET6']],
    ['batch', [], [], []],
    ['bus-helper', ['PrivateUsers', 'DynamicUser'], [], []],
    ['none,writes=/home/alice/data', ['ProtectHome=read-only', 'ProtectHome=yes'], [], []],
    ['none,writes=/tmp/exchange', ['PrivateTmp'], [], []],
    ['none,writes=/homeless', [], [], []], // a prefix of a word is not a folder
  ] as const)('%s', (list, blocked, capabilities, families) => {
    const set = ok(list);
    expect([...blockedCandidates(set)].sort()).toEqual([...blocked].sort());
    expect([...keptCapabilities(set)].sort()).toEqual([...capabilities].sort());
    expect(keptFamilies(set)).toEqual(families);
  });

  it('the profiles are the ones the issue names', () => {
    expect(Object.keys(PROFILES)).toEqual(['network-server', 'batch', 'bus-helper']);
  });
});
