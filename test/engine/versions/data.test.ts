/**
 * The generated version data decodes to exactly the recorded sources in data/systemd/<major>/ (less
 * the group members libseccomp does not know, which can never count), the recordings of 252, 257
 * and 262 are the spec's files, and the version list behaves. The spec comparison needs
 * ../shared/spec/data; without it that test is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VERSION, VERSIONS, directiveCatalogue, isSystemdVersion, syscallData } from '../../../src/engine/versions/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = join(repoRoot, 'data/systemd');
const specDir = [join(repoRoot, '../shared/spec/data'), join(repoRoot, '../../shared/spec/data')].find((d) => existsSync(d));
if (specDir === undefined) console.warn('spec comparison skipped: ../shared/spec/data not found');
const ALL = VERSIONS.map((v) => v.id);

interface SyscallSource {
  group_order: string[];
  groups: Record<string, { members: string[] }>;
  libseccomp_known_names_native_x86_64: string[];
  libseccomp_known_names_not_native_on_x86_64: string[];
}

const source = (version: string): SyscallSource => JSON.parse(readFileSync(join(dataDir, version, 'syscall-groups.json'), 'utf8')) as SyscallSource;

describe.each(ALL)('generated data, systemd %s', (version) => {
  it('has the syscall groups, in order with their members in order, less the names libseccomp does not know', () => {
    const src = source(version);
    const { groups, known } = syscallData(version);
    expect([...groups.keys()]).toEqual(src.group_order);
    for (const name of src.group_order) expect(groups.get(name), name).toEqual(src.groups[name]?.members.filter((m) => m.startsWith('@') || known.has(m)));
    // What is left out: systemd lists them, libseccomp cannot resolve them (`@known` has dozens; 245 has no `@known`).
    const left = src.groups['@known']?.members.filter((m) => !known.has(m)) ?? [];
    expect(left.length > 10 || !src.group_order.includes('@known')).toBe(true);
  });

  it('has libseccomp’s native and known names', () => {
    const src = source(version);
    const { native, known } = syscallData(version);
    expect([...native].sort()).toEqual([...src.libseccomp_known_names_native_x86_64].sort());
    const all = [...src.libseccomp_known_names_native_x86_64, ...src.libseccomp_known_names_not_native_on_x86_64];
    expect([...known].sort()).toEqual([...new Set(all)].sort());
  });

  it('has every section, key and type of the directive dump, in order', () => {
    const expected: [string, [string, string][]][] = [];
    for (const line of readFileSync(join(dataDir, version, 'directives.txt'), 'utf8').split('\n')) {
      const section = /^\[(.+)\]$/.exec(line);
      if (section !== null) expected.push([section[1] as string, []]);
      else if (line !== '') expected.at(-1)?.[1].push([line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
    }
    const actual = [...directiveCatalogue(version)].map(([s, keys]) => [s, [...keys]]);
    expect(actual).toEqual(expected);
  });
});

describe.skipIf(specDir === undefined).each(['252', '257', '262'])('recording of systemd %s', (version) => {
  it('is the spec’s data, byte for byte', () => {
    const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
    expect(read(dataDir, `${version}/syscall-groups.json`)).toBe(read(specDir as string, `syscall-groups-v${version}.json`));
    expect(read(dataDir, `${version}/directives.txt`)).toBe(read(specDir as string, `directives-${version}.txt`));
  });
});

describe('syscall data', () => {
  it.each([
    // 262 moved open_tree from @mount to @file-system and added open_tree_attr to @mount
    ['252', '@mount', 'open_tree', true],
    ['262', '@mount', 'open_tree', false],
    ['262', '@mount', 'open_tree_attr', true],
    ['262', '@file-system', 'open_tree', true],
    // @default lists @sandbox in 254.26 (a stable backport) and from 257 on, not in 255.4
    ['252', '@default', '@sandbox', false],
    ['254', '@default', '@sandbox', true],
    ['255', '@default', '@sandbox', false],
    ['257', '@default', '@sandbox', true],
    // 247 moved mmap/munmap from @file-system to @default and stime from @clock to @obsolete
    ['245', '@file-system', 'munmap', true],
    ['247', '@default', 'munmap', true],
    ['245', '@clock', 'stime', true],
    ['247', '@obsolete', 'stime', true],
    // 255 prints ESC[0m before @sub references: the recording drops it
    ['255', '@privileged', '@chown', true],
  ] as const)('%s %s has %s: %s', (version, group, member, has) => {
    expect(syscallData(version).groups.get(group)?.includes(member)).toBe(has);
  });

  it.each([
    ['252', 'ipc', false, true], // non-native on x86_64, but known
    ['252', 'read', true, true],
    ['252', 'mseal', false, false], // libseccomp 2.5.4 does not know it
    ['257', 'mseal', true, true],
    ['252', 'no_such_call', false, false],
  ] as const)('%s: %s native=%s known=%s', (version, name, native, known) => {
    const data = syscallData(version);
    expect([data.native.has(name), data.known.has(name)]).toEqual([native, known]);
  });

  it('has no @known before 247, and @sandbox from 254 on', () => {
    expect(syscallData('245').groups.has('@known')).toBe(false);
    expect(syscallData('247').groups.has('@known')).toBe(true);
    expect(syscallData('252').groups.has('@sandbox')).toBe(false);
    expect(syscallData('254').groups.has('@sandbox')).toBe(true);
  });

  it.each(['245', '247', '249', '254', '255'] as const)('%s: libseccomp 2.5.4 like 252 (the oracles run it on this machine’s)', (version) => {
    const data = syscallData(version);
    expect([...data.known].sort()).toEqual([...syscallData('252').known].sort());
    expect([...data.native].sort()).toEqual([...syscallData('252').native].sort());
  });

  it.each(ALL)('%s: switch_endian and sys_debug_setcontext are one filter entry (one libseccomp number)', (version) => {
    const { aliases, slots } = syscallData(version);
    expect(aliases.get('sys_debug_setcontext')).toBe('switch_endian');
    expect(slots.has('sys_debug_setcontext')).toBe(false);
  });

  it('decodes each version once', () => {
    expect(syscallData('262')).toBe(syscallData('262'));
    expect(directiveCatalogue('257')).toBe(directiveCatalogue('257'));
  });
});

describe('versions', () => {
  it('lists the eight versions oldest first, with 262 the default', () => {
    expect(ALL).toEqual(['245', '247', '249', '252', '254', '255', '257', '262']);
    expect(DEFAULT_VERSION).toBe('262');
  });

  it.each([
    ['245', true], ['252', true], ['255', true], ['257', true], ['262', true],
    ['253', false], ['', false], [252, false], [null, false], [undefined, false], [' 252', false],
  ] as const)('isSystemdVersion(%j) is %s', (x, ok) => {
    expect(isSystemdVersion(x)).toBe(ok);
  });
});
