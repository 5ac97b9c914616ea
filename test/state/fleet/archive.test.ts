/**
 * Archives as the fleet view reads them (src/state/fleet/archive.ts): tarballs made here by the
 * system's GNU tar, plain and gzip-compressed, with links, hard links, long names and files that are
 * not units; what is not a tar, and compressions a browser cannot undo.
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isArchiveName, readArchive } from '../../../src/state/fleet/archive.ts';
import { resolveFleet } from '../../../src/state/fleet/resolve.ts';
import { testOutputDir } from '../../support/output-dir.ts';

const LONG = `${'x'.repeat(120)}.service`;
let dir = '';

/** The tree every archive here holds: /etc and /usr/lib, a mask, an alias, a hard link, a long name. */
function makeTree(root: string): void {
  const etc = join(root, 'etc/systemd/system');
  const lib = join(root, 'usr/lib/systemd/system');
  for (const d of [etc, lib, join(etc, 'multi-user.target.wants'), join(etc, 'a.service.d'), join(lib, `${LONG}.d`)]) mkdirSync(d, { recursive: true });
  writeFileSync(join(lib, 'a.service'), '[Service]\nExecStart=/bin/a\n');
  writeFileSync(join(etc, 'a.service.d/harden.conf'), '[Service]\nPrivateTmp=yes\n');
  writeFileSync(join(lib, 'b.service'), '[Service]\nExecStart=/bin/b\n');
  linkSync(join(lib, 'b.service'), join(lib, 'c.service'));
  writeFileSync(join(lib, LONG), '[Service]\nExecStart=/bin/long\n');
  writeFileSync(join(lib, `${LONG}.d/x.conf`), '[Service]\nNoNewPrivileges=yes\n');
  writeFileSync(join(lib, 'a.socket'), '[Socket]\nListenStream=1\n');
  writeFileSync(join(root, 'etc/stray.conf'), 'not a drop-in\n');
  symlinkSync('/dev/null', join(etc, 'b.service'));
  symlinkSync('/usr/lib/systemd/system/a.service', join(etc, 'alias.service'));
  symlinkSync('/usr/lib/systemd/system/a.service', join(etc, 'multi-user.target.wants/a.service'));
}

beforeAll(() => {
  dir = mkdtempSync(join(testOutputDir('fleet-archive'), 'run-'));
  makeTree(join(dir, 'tree'));
  execFileSync('tar', ['-cf', join(dir, 'x.tar'), '-C', join(dir, 'tree'), '.']);
  execFileSync('tar', ['-czf', join(dir, 'x.tgz'), '-C', join(dir, 'tree'), 'etc', 'usr']);
});

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));

describe('readArchive', () => {
  it.each([
    ['a plain tar with ./ paths', 'x.tar'],
    ['a gzip-compressed tar', 'x.tgz'],
  ])('%s: files, links and hard links of unit files and drop-ins; nothing else', async (_name, file) => {
    const result = await readArchive(bytesOf(file), file);
    if (!result.ok) throw new Error(result.problem.code);
    const clean = (p: string): string => p.replace(/^\.\//, '');
    const shown = result.entries.map((e) => `${clean(e.path)} ${e.kind === 'file' ? `= ${e.text.split('\n')[1]}` : `-> ${e.target}`}`).sort();
    expect(shown).toEqual([
      'etc/systemd/system/a.service.d/harden.conf = PrivateTmp=yes',
      'etc/systemd/system/alias.service -> /usr/lib/systemd/system/a.service',
      'etc/systemd/system/b.service -> /dev/null',
      'etc/systemd/system/multi-user.target.wants/a.service -> /usr/lib/systemd/system/a.service',
      'usr/lib/systemd/system/a.service = ExecStart=/bin/a',
      'usr/lib/systemd/system/b.service = ExecStart=/bin/b',
      'usr/lib/systemd/system/c.service = ExecStart=/bin/b',
      `usr/lib/systemd/system/${LONG} = ExecStart=/bin/long`,
      `usr/lib/systemd/system/${LONG}.d/x.conf = NoNewPrivileges=yes`,
    ]);
    // And resolved: the alias and the enablement link are no units, b is masked, the drop-ins apply.
    const { units, counts } = resolveFleet(result.entries);
    expect(units.map((u) => [u.name, u.files.map((f) => f.path)])).toEqual([
      ['a.service', ['a.service', 'a.service.d/harden.conf']],
      ['b.service', ['b.service']],
      ['c.service', ['c.service']],
      [LONG, [LONG, `${LONG}.d/x.conf`]],
    ]);
    expect(units[1]!.files[0]!.text).toBe('');
    expect(units[0]!.aliases).toEqual(['alias.service']);
    expect(counts.aliases).toBe(1);
  });

  it.each([
    ['text that is no archive', new TextEncoder().encode('[Service]\nExecStart=/bin/true\n'.repeat(40)), { code: 'not-an-archive', args: { name: 'x.tar' } }],
    ['gzip of something that is no tar', new Uint8Array(execFileSync('gzip', ['-c'], { input: 'hello\n'.repeat(200) })), { code: 'not-an-archive', args: { name: 'x.tar' } }],
    ['a broken gzip stream', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), { code: 'not-an-archive', args: { name: 'x.tar' } }],
    ['xz', new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2]), { code: 'unsupported-compression', args: { name: 'x.tar', format: 'xz' } }],
    ['zstd', new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1, 2]), { code: 'unsupported-compression', args: { name: 'x.tar', format: 'zstd' } }],
  ])('%s is a problem, not an exception', async (_name, bytes, problem) => {
    expect(await readArchive(bytes, 'x.tar')).toEqual({ ok: false, problem });
  });
});

describe('isArchiveName', () => {
  it.each([
    ['units.tar', true], ['units.TAR.GZ', true], ['units.tgz', true], ['units.tar.zst', true], ['a.service', false], ['x.conf', false], ['tar', false],
  ])('%s → %s', (name, expected) => {
    expect(isArchiveName(name)).toBe(expected);
  });
});
