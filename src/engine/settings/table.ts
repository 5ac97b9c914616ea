/**
 * The directive table: which handler applies each key, and in which sections. Keys not listed here
 * but present in the version's directive catalogue are accepted silently (their values don't affect
 * the analysis); keys in neither draw "Unknown key".
 */
import type { Handler } from './context.ts';
import { booleanChecked, booleanSetting, decide, keywordSetting, parseBoolean, warnInvalid } from './values.ts';
import { ambientCapabilities, capabilityBoundingSet } from './capabilities.ts';
import { restrictNamespaces } from './namespaces.ts';
import { restrictAddressFamilies } from './address-families.ts';
import { systemCallArchitectures, systemCallFilter } from './syscalls.ts';
import { dynamicUser, supplementaryGroups, user } from './user.ts';
import { ipEgressFilterPath, ipIngressFilterPath, rootDirectory, rootImage } from './paths.ts';
import { deviceAllow } from './devices.ts';
import { splitWords } from '../unit/words.ts';
import { keywordsOf } from './keywords.ts';
import { EXEC_UNIT_TYPES, TYPE_SECTIONS } from '../unit/name.ts';
import { loadCredential, loadCredentialEncrypted, setCredential, setCredentialEncrypted } from './credentials.ts';
import { ipAddressAllow, ipAddressDeny } from './ip.ts';
import { busName } from './bus-name.ts';
import {
  documentation, execOther, execStart, execStop, killMode, cgroupV1, managedOom, pidFile, restart,
  serviceType, standardOutput, emergencyAction, environment, privatePids,
} from './service.ts';

/** cgroup-v1 resource settings, deprecated then removed. */
const CGROUP_V1 = ['MemoryLimit', 'CPUShares', 'StartupCPUShares', 'BlockIOAccounting', 'BlockIOWeight', 'StartupBlockIOWeight',
  'BlockIODeviceWeight', 'BlockIOReadBandwidth', 'BlockIOWriteBandwidth', 'CPUAccounting'];

/** Sections whose units carry an execution context (the scored settings live there). */
const EXEC_SECTIONS = EXEC_UNIT_TYPES.map((type) => TYPE_SECTIONS[type] as string);

/** PrivateMounts=: a tri-state from 254 on, where an empty value resets to "unset". */
const privateMounts: Handler = (state, ctx) => {
  if (ctx.value === '' && ctx.profile.privateMountsTristate) return decide(state, ctx, 'privateMounts', null);
  const b = parseBoolean(ctx.value);
  // 254–256 parse the tri-state with their own wording ("… boolean value for PrivateMounts=").
  if (b === null) return warnInvalid(ctx, ctx.profile.privateMountsTristate ? 'tristate-legacy' : 'bool-legacy');
  decide(state, ctx, 'privateMounts', b);
};

/** ProtectHostname=: a boolean, or (262) `private` / `private:NAME`, warned about tersely there. */
const protectHostname: Handler = (state, ctx) => {
  // Once ProtectHostname= became an enum (262), an empty value resets it.
  if (ctx.value === '' && ctx.profile.protectHostnamePrivateName) return decide(state, ctx, 'protectHostname', 'no');
  const b = parseBoolean(ctx.value);
  const keywords = keywordsOf('ProtectHostname', ctx.profile);
  if (b !== null) state.protectHostname = b ? 'yes' : 'no';
  else if (keywords.includes(ctx.value)) state.protectHostname = ctx.value;
  else if (ctx.profile.protectHostnamePrivateName && ctx.value.startsWith('private:')) {
    const hostname = ctx.value.slice('private:'.length);
    if (!isValidHostname(hostname)) return ctx.warn('invalid-hostname', { key: ctx.key, value: hostname });
    state.protectHostname = 'private';
  }
  else if (ctx.profile.protectHostnamePrivateName) return ctx.warn('parse-assignment-bare', { key: ctx.key, value: ctx.value });
  else return warnInvalid(ctx, 'bool-legacy');
  ctx.touch('protectHostname', true);
};

/** systemd's hostname_is_valid(): dot-separated non-empty labels of letters, digits and `-`, ≤ 64 chars. */
function isValidHostname(name: string): boolean {
  return name.length > 0 && name.length <= 64 && name.split('.').every((label) => /^[A-Za-z0-9-]+$/.test(label));
}

const UMASK_MAX = 0o7777;

/** UMask=: octal digits only (245 also takes a leading `+`), at most 07777. */
const umask: Handler = (state, ctx) => {
  const digits = ctx.profile.umaskPlusSign && ctx.value.startsWith('+') ? ctx.value.slice(1) : ctx.value;
  if (!/^[0-7]+$/.test(digits)) return warnInvalid(ctx, 'umask-legacy');
  if (parseInt(digits, 8) > UMASK_MAX) return warnInvalid(ctx, 'umask-legacy', 'Numerical result out of range');
  decide(state, ctx, 'umask', parseInt(digits, 8));
};

/** The controllers Delegate= accepts as a list (any other name draws a warning). */
export const DELEGATE_CONTROLLERS: readonly string[] = ['cpu', 'cpuacct', 'cpuset', 'io', 'blkio', 'memory', 'devices', 'pids', 'bpf-firewall',
  'bpf-devices', 'bpf-foreign', 'bpf-socket-bind', 'bpf-restrict-network-interfaces', 'bpf-bind-network-interfaces'];

/** Delegate=: empty means yes; a boolean; or a list of controllers (which also means yes). */
const delegate: Handler = (state, ctx) => {
  const b = parseBoolean(ctx.value);
  if (b === null) {
    for (const word of splitWords(ctx.value, { unquote: true }).words) {
      if (!DELEGATE_CONTROLLERS.includes(word)) ctx.warn('controller', { name: word });
    }
  }
  decide(state, ctx, 'delegate', b ?? true);
};

/** [Unit] DefaultDependencies=. */
const defaultDependencies: Handler = booleanSetting('defaultDependencies');

interface Entry {
  readonly sections: readonly string[];
  readonly handler: Handler;
}

const exec = (handler: Handler): Entry => ({ sections: EXEC_SECTIONS, handler });
const service = (handler: Handler): Entry => ({ sections: ['Service'], handler });
const unitSection = (handler: Handler): Entry => ({ sections: ['Unit'], handler });

/** Key → handler. */
export const SETTING_HANDLERS: Readonly<Record<string, Entry>> = {
  User: exec(user),
  DynamicUser: exec(dynamicUser),
  SupplementaryGroups: exec(supplementaryGroups),
  CapabilityBoundingSet: exec(capabilityBoundingSet),
  AmbientCapabilities: exec(ambientCapabilities),
  PrivateDevices: exec(booleanSetting('privateDevices')),
  PrivateMounts: exec(privateMounts),
  PrivateNetwork: exec(booleanSetting('privateNetwork')),
  PrivateTmp: exec(keywordSetting('PrivateTmp', 'privateTmp', 'bool-legacy')),
  PrivateUsers: exec(keywordSetting('PrivateUsers', 'privateUsers', 'bool-legacy')),
  ProtectControlGroups: exec(keywordSetting('ProtectControlGroups', 'protectControlGroups', 'bool-legacy')),
  ProtectKernelModules: exec(booleanSetting('protectKernelModules')),
  ProtectKernelTunables: exec(booleanSetting('protectKernelTunables')),
  ProtectKernelLogs: exec(booleanSetting('protectKernelLogs')),
  ProtectClock: exec(booleanSetting('protectClock')),
  ProtectHostname: exec(protectHostname),
  ProtectHome: exec(keywordSetting('ProtectHome', 'protectHome', 'protect-home-legacy')),
  ProtectSystem: exec(keywordSetting('ProtectSystem', 'protectSystem', 'protect-system-legacy')),
  LockPersonality: exec(booleanSetting('lockPersonality')),
  MemoryDenyWriteExecute: exec(booleanSetting('memoryDenyWriteExecute')),
  NoNewPrivileges: exec(booleanSetting('noNewPrivileges')),
  RemoveIPC: exec(booleanSetting('removeIpc')),
  RestrictRealtime: exec(booleanSetting('restrictRealtime')),
  RestrictSUIDSGID: exec(booleanSetting('restrictSuidSgid')),
  RootDirectory: exec(rootDirectory),
  RootImage: exec(rootImage),
  KeyringMode: exec(keywordSetting('KeyringMode', 'keyringMode', 'keyring-legacy')),
  ProtectProc: exec(keywordSetting('ProtectProc', 'protectProc', 'protect-proc-legacy')),
  ProcSubset: exec(keywordSetting('ProcSubset', 'procSubset', 'proc-subset-legacy')),
  NotifyAccess: service(keywordSetting('NotifyAccess', 'notifyAccess', 'notify-access-legacy')),
  RestrictNamespaces: exec(restrictNamespaces),
  RestrictAddressFamilies: exec(restrictAddressFamilies),
  SystemCallArchitectures: exec(systemCallArchitectures),
  SystemCallFilter: exec(systemCallFilter),
  UMask: exec(umask),
  Delegate: exec(delegate),
  DevicePolicy: exec(keywordSetting('DevicePolicy', 'devicePolicy', 'device-policy-legacy')),
  DeviceAllow: exec(deviceAllow),
  IPAddressAllow: exec(ipAddressAllow),
  IPAddressDeny: exec(ipAddressDeny),
  IPIngressFilterPath: exec(ipIngressFilterPath),
  IPEgressFilterPath: exec(ipEgressFilterPath),
  LoadCredential: exec(loadCredential),
  LoadCredentialEncrypted: exec(loadCredentialEncrypted),
  SetCredential: exec(setCredential),
  SetCredentialEncrypted: exec(setCredentialEncrypted),
  DefaultDependencies: unitSection(defaultDependencies),
  SuccessAction: unitSection(emergencyAction),
  FailureAction: { sections: ['Unit', 'Service'], handler: emergencyAction },
  StartLimitAction: { sections: ['Unit', 'Service'], handler: emergencyAction },
  JobTimeoutAction: unitSection(emergencyAction),
  Environment: exec(environment),
  PrivateIPC: exec(booleanChecked),
  Documentation: unitSection(documentation),
  ExecStart: service(execStart),
  ExecStop: service(execStop),
  ExecStartPre: exec(execOther),
  ExecStartPost: exec(execOther),
  ExecStopPost: exec(execOther),
  ExecReload: service(execOther),
  ExecCondition: service(execOther),
  Type: service(serviceType),
  Restart: service(restart),
  BusName: service(busName),
  RemainAfterExit: service(booleanSetting('remainAfterExit')),
  Group: exec((state, ctx) => { state.hasGroupOrPam ||= ctx.value !== ''; }),
  PAMName: exec((state, ctx) => {
    state.pamName = ctx.value !== '';
    state.hasGroupOrPam ||= ctx.value !== '';
  }),
  StandardOutput: exec(standardOutput),
  StandardError: exec(standardOutput),
  KillMode: exec(killMode),
  ...Object.fromEntries(CGROUP_V1.map((key) => [key, exec(cgroupV1)])),
  ManagedOOMSwap: exec(managedOom),
  ManagedOOMMemoryPressure: exec(managedOom),
  PIDFile: service(pidFile),
};

/**
 * Handlers of keys that only some versions know, kept apart from {@link SETTING_HANDLERS} (whose keys
 * unknown to a version are generated data): each acts only where its profile switch says the version
 * has the key, so a catalogue that lets the key through on another version changes nothing.
 */
const VERSIONED_HANDLERS: Readonly<Record<string, Entry>> = {
  PrivatePIDs: exec(privatePids),
};

/** Section → key → handler, built once for lookups on every assignment. */
const BY_SECTION = new Map<string, Map<string, Handler>>();
for (const [key, entry] of [...Object.entries(SETTING_HANDLERS), ...Object.entries(VERSIONED_HANDLERS)]) {
  for (const section of entry.sections) {
    let keys = BY_SECTION.get(section);
    if (keys === undefined) BY_SECTION.set(section, (keys = new Map<string, Handler>()));
    keys.set(key, entry.handler);
  }
}

/** The handler for `key` in `section`, or undefined when the key is not analysed there. */
export function handlerFor(section: string, key: string): Handler | undefined {
  return BY_SECTION.get(section)?.get(key);
}
