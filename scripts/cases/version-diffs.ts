/**
 * One small unit per row of the version switch table in ../shared/spec/version-changes.md, recorded
 * from all three oracles as `version-diff-*` golden cases. `test/engine/version-differences.test.ts`
 * states how the versions differ for each of them and checks it against these recordings.
 *
 * All but the first pin `PrivateMounts=no`, so the 252→257 default change does not hide the switch
 * under test in the overall exposure.
 */
import { service, single, type CaseDefinition } from './define.ts';

const PIN = 'PrivateMounts=no';

/** name (after `version-diff-`), description, lines after ExecStart=. */
const table: readonly [string, string, readonly string[]][] = [
  ['default-unit', 'A bare service: 9.6 on 252, 9.4 on 257 and 262 (PrivateMounts= default)', []],
  ['privatemounts-no', 'PrivateMounts=no: the default difference gone, same score everywhere', [PIN]],
  ['privatetmp-disconnected', 'PrivateTmp=disconnected: invalid on 252, on from 257', [PIN, 'PrivateTmp=disconnected']],
  ['privateusers-self', 'PrivateUsers=self: invalid on 252, on from 257', [PIN, 'PrivateUsers=self']],
  ['privateusers-full', 'PrivateUsers=full: invalid up to 257, on in 262', [PIN, 'PrivateUsers=full']],
  ['protectcontrolgroups-strict', 'ProtectControlGroups=strict: invalid on 252, on from 257', [PIN, 'ProtectControlGroups=strict']],
  ['protecthostname-private', 'ProtectHostname=private: invalid up to 257, on in 262', [PIN, 'ProtectHostname=private']],
  ['dynamicuser-privatetmp', 'DynamicUser=yes implies PrivateTmp (yes on 252, disconnected later): the row is on everywhere', [PIN, 'DynamicUser=yes']],
  ['credential-tpm-device', 'An encrypted credential with a closed device policy: /dev/tpmrm0 (252), char-tpm (257), nothing (262)', [PIN, 'LoadCredentialEncrypted=foo:/etc/foo', 'DevicePolicy=closed']],
  ['address-family-unknown-name', '~AF_BOGUS AF_PACKET: 252/257 skip the unknown name, 262 stops the line', [PIN, 'RestrictAddressFamilies=~AF_BOGUS AF_PACKET']],
  ['capability-tilde-masked', '~CAP_SYS_ADMIN, CAP_SYS_ADMIN, CAP_SYS_BOOT: 262 masks ~ to 63 bits, so the last line ORs', [PIN, 'CapabilityBoundingSet=~CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_ADMIN', 'CapabilityBoundingSet=CAP_SYS_BOOT']],
  ['capability-number-63', 'AmbientCapabilities=63: a capability on 252, out of range (ignored) from 257', [PIN, 'AmbientCapabilities=63']],
  ['empty-description-sort', 'ProtectProc=noaccess: the row with no description sorts first on 262', [PIN, 'ProtectProc=noaccess']],
  ['syscall-mount-open-tree', 'A hand-written deny list of the 252/257 @mount members: complete there, misses open_tree_attr on 262', [PIN, 'SystemCallFilter=~chroot fsconfig fsmount fsopen fspick mount mount_setattr move_mount open_tree pivot_root umount2']],
  ['syscall-libseccomp-names', '~mseal: unknown to 252\'s libseccomp (no filter), a deny list on 257 and 262', [PIN, 'SystemCallFilter=~mseal']],
  ['syscall-libseccomp-names-262', '~listns: unknown up to 257 (no filter), a deny list on 262 (libseccomp 2.6.1)', [PIN, 'SystemCallFilter=~listns']],
];

/** The cases, plus a template whose instance name differs (`i` on 252, `test_instance` later). */
export const versionDiffCases: readonly CaseDefinition[] = [
  ...table.map(([name, description, lines]) => single(`version-diff-${name}`, description, service(...lines))),
  single('version-diff-template-instance', 'A template is analysed as foo@i (252) or foo@test_instance (257, 262); User=%i follows', service(PIN, 'User=%i'), { unitName: 'foo@.service' }),
];
