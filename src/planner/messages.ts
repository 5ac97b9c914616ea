/**
 * All of the planner's wording, in one place: the questions behind each need, the drop-in's header
 * and "how to test it" list, and the errors of a needs list. The site and the CLI both read these.
 */
import { formatExposure, ratingFor, type AnalysisMode, type SystemdVersion } from '../engine/index.ts';
import type { NeedId, NeedSet, NeedsError, ProfileName } from './needs.ts';

/** Each need as a plain question (the site's checkboxes, the CLI's --help). */
export const NEED_QUESTIONS: Readonly<Record<NeedId, string>> = {
  network: 'Does it listen or connect over the network (IPv4/IPv6)?',
  'low-ports': 'Does it bind ports below 1024 (80, 443, 25…)?',
  netlink: 'Does it read network configuration (interfaces, routes: AF_NETLINK)?',
  'raw-packets': 'Does it send raw packets (ping, DHCP, packet capture)?',
  'net-admin': 'Does it change network configuration (addresses, routes, firewall)?',
  writes: 'Does it write files outside its own state folders (where)?',
  home: "Does it read users' home folders?",
  jit: 'Does it run a JIT or other writable-executable code (Java, Node.js, LuaJIT, PCRE JIT)?',
  dbus: 'Does it talk to D-Bus (or other local services whose policy names its user)?',
  devices: 'Does it need device nodes (disks, serial ports, GPUs, /dev/tty*)?',
  bluetooth: 'Does it use Bluetooth (AF_BLUETOOTH)?',
  'fixed-user': 'Must it keep the user it runs as (rather than a dynamic user of its own)?',
  'switches-user': 'Does it start as root and hand its work to another user itself (nginx, postfix, dnsmasq)?',
  setuid: 'Does it run set-user-ID programs (sudo, sendmail, ping on old systems)?',
  'kernel-modules': 'Does it load kernel modules?',
  namespaces: 'Does it create namespaces (containers, sandboxes, browsers)?',
  realtime: 'Does it use realtime scheduling (audio, control loops)?',
  clock: 'Does it set the system clock (NTP)?',
  'kernel-tunables': 'Does it read or write kernel tunables under /proc/sys or /sys?',
  'kernel-logs': 'Does it read the kernel log (dmesg)?',
  processes: "Does it look at or signal other users' processes (monitoring, process managers)?",
  'file-owners': "Does it read or change files owned by other users, or chown files (as root)?",
  mounts: 'Does it mount file systems?',
  ipc: 'Does it share System V IPC or POSIX shared memory with other services?',
  'foreign-arch': 'Does it run programs of another architecture (32-bit x86, emulators)?',
  personality: 'Does it change its execution domain (personality(2))?',
  cgroups: 'Does it manage control groups (container managers)?',
  hostname: 'Does it change the host name?',
};

/** What each profile is for, one line (the CLI's --help, the site's profile picker). */
export const PROFILE_SUMMARIES: Readonly<Record<ProfileName, string>> = {
  'network-server': 'listens on the network, binds ports below 1024, keeps its user',
  batch: 'a job with no network; its user may become a dynamic one',
  'bus-helper': 'talks to D-Bus and local services, not to the network',
};

/** A needs list the planner could not read, in one line. */
export function needsErrorMessage(error: NeedsError): string {
  switch (error.code) {
    case 'unknown-need': return `Unknown need '${error.word}': see unitscore harden --help for the list.`;
    case 'bad-path': return `writes= takes absolute paths separated by ':' without spaces or quotes, not '${error.word}'.`;
    case 'profile-not-first': return `The profile '${error.word}' must come first in --needs=.`;
  }
}

const tenths = (exposure: number): string => `${formatExposure(exposure)} ${ratingFor(exposure).label}`;

/** What the header of a drop-in says. */
export interface HeaderFacts {
  readonly unit: string;
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  readonly target: number;
  readonly needs: NeedSet;
  readonly before: number;
  readonly after: number;
}

/** The drop-in's header comment: what it is for, the scores, the needs it respects, how to test it. */
export function headerLines(facts: HeaderFacts): string[] {
  const { unit } = facts;
  const needs = [...facts.needs.needs].filter((n) => n !== 'writes');
  const writes = facts.needs.writes.length > 0 ? [`writes ${facts.needs.writes.join(' ')}`] : [];
  const command = facts.mode === 'live' ? `systemd-analyze security ${unit}` : `systemd-analyze security --offline=true ${unit}`;
  return [
    `Hardening for ${unit}, written by unitscore harden.`,
    `systemd ${facts.version} (${facts.mode}): exposure ${tenths(facts.before)} without this file, ${tenths(facts.after)} with it (target ${formatExposure(facts.target)}).`,
    `Needs kept: ${[...needs, ...writes].join(', ') || 'none'}.`,
    '',
    'How to test it:',
    `  1. Save as /etc/systemd/system/${unit}.d/hardening.conf, then: systemctl daemon-reload`,
    `  2. systemctl restart ${unit} && systemctl status ${unit}`,
    `  3. Use the service as usual. Read journalctl -b -u ${unit} for "Permission denied",`,
    '     "Operation not permitted", "Read-only file system" or a SIGSYS kill; the comments',
    '     below say which line can cause each. Comment that line out and restart.',
    `  4. ${command} prints ${formatExposure(facts.after)}.`,
  ];
}

/**
 * Why a plan stops short of its target, for stderr and the site: the lowest exposure reachable with
 * the stated needs and, for each need in the way, how low it would go without it.
 */
export function unmetMessage(target: number, floor: number, blockers: readonly { readonly need: NeedId; readonly floorWithout: number }[]): string {
  const head = `The target ${formatExposure(target)} cannot be met with these needs: the lowest exposure they allow is ${tenths(floor)}.`;
  if (blockers.length === 0) return `${head} No single need stands in the way: the rest is in settings the planner does not change (RootDirectory=, the unit's own choices).`;
  const list = blockers.map((b) => `${b.need} (without it: ${formatExposure(b.floorWithout)})`).join(', ');
  return `${head} In the way: ${list}.`;
}
