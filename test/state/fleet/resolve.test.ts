/**
 * The fleet's resolution as systemd's manager loads units from its folders (src/state/fleet/resolve.ts):
 * which unit file wins, which drop-ins apply and in which order, masks, aliases, links.
 * Each case is a small tree of entries and the units it must give.
 */
import { describe, expect, it } from 'vitest';
import { isUnitRelated, type FleetEntry } from '../../../src/state/fleet/entries.ts';
import { placeOf } from '../../../src/state/fleet/places.ts';
import { resolveFleet } from '../../../src/state/fleet/resolve.ts';

const SVC = '[Service]\nExecStart=/bin/true\n';
const file = (path: string, text = SVC): FleetEntry => ({ kind: 'file', path, text });
const link = (path: string, target: string): FleetEntry => ({ kind: 'symlink', path, target });
const ETC = 'etc/systemd/system';
const LIB = 'usr/lib/systemd/system';

/** A unit as a case expects it: name, where from, the engine's files (path: first line of text). */
interface Expected {
  readonly name: string;
  readonly folder?: string;
  readonly files?: readonly string[];
  readonly overrides?: readonly string[];
  readonly aliases?: readonly string[];
  readonly missingTarget?: string | null;
}

/** A unit's files as `path: text's first line` (or `path: (empty)`), to compare compactly. */
function shown(files: readonly { path: string; text: string }[]): string[] {
  return files.map((f) => `${f.path}: ${f.text === '' ? '(empty)' : f.text.split('\n')[0]}`);
}

describe('resolveFleet', () => {
  it.each<[string, readonly FleetEntry[], readonly Expected[]]>([
    // /etc/systemd/system comes before /usr/lib/systemd/system in the manager's search path.
    ['/etc overrides /usr/lib', [file(`${LIB}/a.service`, '# lib'), file(`${ETC}/a.service`, '# etc')],
      [{ name: 'a.service', folder: '/etc/systemd/system', files: ['a.service: # etc'], overrides: ['/usr/lib/systemd/system'] }]],
    // and /usr/lib before /lib (a system without merged /usr).
    ['/usr/lib overrides /lib', [file('lib/systemd/system/a.service', '# lib'), file(`${LIB}/a.service`, '# usr')],
      [{ name: 'a.service', folder: '/usr/lib/systemd/system', files: ['a.service: # usr'], overrides: ['/lib/systemd/system'] }]],
    // Drop-ins come from every folder, applied in file-name order whatever their folder.
    ['drop-ins from every folder, by name', [file(`${LIB}/a.service`, '# unit'), file(`${ETC}/a.service.d/b.conf`, '# etc b'), file(`${LIB}/a.service.d/a.conf`, '# lib a')],
      [{ name: 'a.service', files: ['a.service: # unit', 'a.service.d/a.conf: # lib a', 'a.service.d/b.conf: # etc b'] }]],
    // The same drop-in name in two folders: the earlier folder's file is the one applied.
    ['a drop-in name in /etc hides it in /usr/lib', [file(`${LIB}/a.service`, '# unit'), file(`${LIB}/a.service.d/x.conf`, '# lib'), file(`${ETC}/a.service.d/x.conf`, '# etc')],
      [{ name: 'a.service', files: ['a.service: # unit', 'a.service.d/x.conf: # etc'] }]],
    // Only *.conf files in NAME.d/ count.
    ['only *.conf drop-ins', [file(`${LIB}/a.service`, '# unit'), file(`${LIB}/a.service.d/x.conf.bak`), file(`${LIB}/a.service.d/README`)],
      [{ name: 'a.service', files: ['a.service: # unit'] }]],
    // The type-wide service.d/ applies to every service, and a unit's own drop-in of the same name hides it.
    ['type-wide service.d/, hidden by a unit\'s own file of that name', [file(`${LIB}/a.service`, '# a'), file(`${LIB}/b.service`, '# b'), file(`${LIB}/service.d/10-x.conf`, '# all'), file(`${LIB}/b.service.d/10-x.conf`, '# b only')],
      [{ name: 'a.service', files: ['a.service: # a', 'service.d/10-x.conf: # all'] }, { name: 'b.service', files: ['b.service: # b', 'b.service.d/10-x.conf: # b only'] }]],
    // systemd reads the type-wide folder last of all folders: /usr/lib's a.service.d beats /etc's service.d.
    ['a unit\'s own folder in /usr/lib beats service.d/ in /etc', [file(`${LIB}/a.service`, '# a'), file(`${ETC}/service.d/x.conf`, '# etc all'), file(`${LIB}/a.service.d/x.conf`, '# lib a')],
      [{ name: 'a.service', files: ['a.service: # a', 'a.service.d/x.conf: # lib a'] }]],
    // Dash prefixes: foo-.service.d/ applies to foo-bar.service, not to foo.service.
    ['dash-prefix folders', [file(`${LIB}/foo.service`, '# foo'), file(`${LIB}/foo-bar.service`, '# foo-bar'), file(`${LIB}/foo-.service.d/p.conf`, '# prefix')],
      [{ name: 'foo-bar.service', files: ['foo-bar.service: # foo-bar', 'foo-.service.d/p.conf: # prefix'] }, { name: 'foo.service', files: ['foo.service: # foo'] }]],
    // An instance's unit file reads its template's drop-ins too.
    ['an instance reads the template\'s drop-ins', [file(`${LIB}/t@x.service`, '# inst'), file(`${LIB}/t@.service.d/t.conf`, '# tpl')],
      [{ name: 't@x.service', files: ['t@x.service: # inst', 't@.service.d/t.conf: # tpl'] }]],
    // Templates are not loaded units: not listed.
    ['templates are not listed', [file(`${LIB}/t@.service`), file(`${LIB}/a.service`, '# a')],
      [{ name: 'a.service' }]],
    // An instance an enablement link names is a unit, loaded from its template (with the template's drop-ins), listed once.
    ['an instance enabled by a link is read from its template', [file(`${LIB}/getty@.service`, '# tpl'), file(`${LIB}/getty@.service.d/d.conf`, '# tpl d'),
      link(`${ETC}/getty.target.wants/getty@tty1.service`, '/usr/lib/systemd/system/getty@.service'), link(`${ETC}/multi-user.target.wants/getty@tty1.service`, '/usr/lib/systemd/system/getty@.service')],
    [{ name: 'getty@tty1.service', folder: '/usr/lib/systemd/system', files: ['getty@tty1.service: # tpl', 'getty@.service.d/d.conf: # tpl d'] }]],
    // ... but not without its template, and a unit file of the instance's own name wins.
    ['an enabled instance without a template, and one with its own file', [link(`${ETC}/multi-user.target.wants/x@a.service`, '/usr/lib/systemd/system/x@.service'),
      file(`${LIB}/t@.service`, '# tpl'), file(`${LIB}/t@b.service`, '# own'), link(`${ETC}/multi-user.target.wants/t@b.service`, '/usr/lib/systemd/system/t@.service')],
    [{ name: 't@b.service', files: ['t@b.service: # own'] }]],
    // A unit file that is a link from an instance to its template is that instance, not an alias.
    ['an instance linked to its template is no alias', [file(`${LIB}/t@.service`, '# tpl'), link(`${ETC}/t@x.service`, '/usr/lib/systemd/system/t@.service')],
      [{ name: 't@x.service', folder: '/etc/systemd/system', files: ['t@x.service: # tpl'], aliases: [] }]],
    // A link to /dev/null masks: the engine gets an empty unit file (its "masked" refusal).
    ['masked by a link to /dev/null', [file(`${LIB}/a.service`, '# lib'), link(`${ETC}/a.service`, '/dev/null')],
      [{ name: 'a.service', folder: '/etc/systemd/system', files: ['a.service: (empty)'], overrides: ['/usr/lib/systemd/system'] }]],
    // An empty file masks too (null_or_empty()); one holding only a newline is a unit without settings.
    ['an empty file masks', [file(`${ETC}/a.service`, ''), file(`${LIB}/a.service`, '# lib'), file(`${ETC}/b.service`, '\n')],
      [{ name: 'a.service', files: ['a.service: (empty)'], overrides: ['/usr/lib/systemd/system'] }, { name: 'b.service', files: ['b.service: '] }]],
    // A drop-in linked to /dev/null hides the same name in later folders and applies nothing.
    ['a masked drop-in hides its name', [file(`${LIB}/a.service`, '# unit'), file(`${LIB}/a.service.d/x.conf`, '# lib'), link(`${ETC}/a.service.d/x.conf`, '/dev/null')],
      [{ name: 'a.service', files: ['a.service: # unit'] }]],
    // An alias is no unit of its own; its ALIAS.d/ drop-ins apply to the unit (under the unit's NAME.d/ for the engine).
    ['an alias is not listed; its drop-ins apply', [file(`${LIB}/ssh.service`, '# ssh'), link(`${ETC}/sshd.service`, '/usr/lib/systemd/system/ssh.service'), file(`${ETC}/sshd.service.d/x.conf`, '# via alias')],
      [{ name: 'ssh.service', aliases: ['sshd.service'], files: ['ssh.service: # ssh', 'ssh.service.d/x.conf: # via alias'] }]],
    // A link of the same name ("systemctl link") reads its target, inside the input; with a known
    // unit folder in the input, other folders only hold link targets.
    ['a linked unit file reads its target', [link(`${ETC}/a.service`, '/opt/a/a.service'), file('opt/a/a.service', '# opt')],
      [{ name: 'a.service', folder: '/etc/systemd/system', files: ['a.service: # opt'] }]],
    // ... and names a target the input lacks.
    ['a linked unit file whose target is missing', [link(`${ETC}/a.service`, '/opt/a/a.service')],
      [{ name: 'a.service', files: [], missingTarget: '/opt/a/a.service' }]],
    // Merged /usr: /lib/systemd/system/x is read from usr/lib/systemd/system/x.
    ['a link into /lib finds usr/lib', [link(`${ETC}/a.service`, '/lib/systemd/system/a.service'), file(`${LIB}/a.service`, '# usr')],
      [{ name: 'a.service', files: ['a.service: # usr'], overrides: ['/usr/lib/systemd/system'] }]],
    // A relative target is read beside the link.
    ['a relative link', [link(`${ETC}/a.service`, '../../../usr/lib/systemd/system/a.service'), file(`${LIB}/a.service`, '# usr')],
      [{ name: 'a.service', files: ['a.service: # usr'], overrides: ['/usr/lib/systemd/system'] }]],
    // Absolute targets are read inside the archive, below what stood before the unit folder.
    ['an archive with a leading folder', [link(`./backup/${ETC}/a.service`, '/usr/lib/systemd/system/a.service'), file(`./backup/${LIB}/a.service`, '# usr')],
      [{ name: 'a.service', files: ['a.service: # usr'], overrides: ['/usr/lib/systemd/system'] }]],
    // Links in *.wants/ only enable units; other unit types are not listed.
    ['enablement links and other unit types', [file(`${LIB}/a.service`, '# a'), link(`${ETC}/multi-user.target.wants/a.service`, '/usr/lib/systemd/system/a.service'), file(`${LIB}/a.socket`), file(`${LIB}/a.timer`)],
      [{ name: 'a.service', files: ['a.service: # a'] }]],
    // Loose files and a picked folder (named by its last part) are unit folders of their own.
    ['loose files and a picked folder', [file('b.service', '# loose'), file('system/a.service', '# picked'), file('system/a.service.d/x.conf', '# d')],
      [{ name: 'a.service', folder: 'system/', files: ['a.service: # picked', 'a.service.d/x.conf: # d'] }, { name: 'b.service', folder: './', files: ['b.service: # loose'] }]],
    // A path climbing out with .. is never trusted; invalid unit names are not units.
    ['.. paths and invalid names are ignored', [file(`${ETC}/../../x.service`), file(`${LIB}/bad name.service`), file(`${LIB}/a.service`, '# a')],
      [{ name: 'a.service' }]],
    // Names sort as strcmp() sorts them (upper case before lower case), as the real tool lists them.
    ['byte order', [file(`${LIB}/b.service`), file(`${LIB}/B.service`), file(`${LIB}/a.service`)],
      [{ name: 'B.service' }, { name: 'a.service' }, { name: 'b.service' }]],
  ])('%s', (_name, entries, expected) => {
    const { units } = resolveFleet(entries);
    expect(units.map((u) => u.name)).toEqual(expected.map((e) => e.name));
    units.forEach((unit, i) => {
      const want = expected[i]!;
      if (want.folder !== undefined) expect(unit.folder).toBe(want.folder);
      if (want.files !== undefined) expect(shown(unit.files)).toEqual(want.files);
      expect(unit.overrides).toEqual(want.overrides ?? []);
      expect(unit.aliases).toEqual(want.aliases ?? []);
      expect(unit.missingTarget).toBe(want.missingTarget ?? null);
    });
  });

  it('counts what it did not list', () => {
    const { counts, folders } = resolveFleet([
      file(`${LIB}/a.service`), file(`${ETC}/a.service`), link(`${ETC}/b.service`, 'a.service'), file(`${LIB}/t@.service`),
      file(`${LIB}/a.socket`), link(`${ETC}/multi-user.target.wants/a.service`, '/usr/lib/systemd/system/a.service'),
    ]);
    expect(counts).toEqual({ aliases: 1, templates: 1, overridden: 1, ignored: 1 });
    expect(folders).toEqual(['/etc/systemd/system', '/usr/lib/systemd/system']);
  });

  it('says where each drop-in came from', () => {
    const { units } = resolveFleet([file(`${LIB}/a.service`), file(`${ETC}/a.service.d/b.conf`), file(`${LIB}/service.d/a.conf`)]);
    expect(units[0]!.dropIns).toEqual([{ folder: '/usr/lib/systemd/system', rel: 'service.d/a.conf' }, { folder: '/etc/systemd/system', rel: 'a.service.d/b.conf' }]);
  });
});

describe('placeOf', () => {
  it.each([
    ['./etc/systemd/system/a.service', { prefix: '', folder: 'etc/systemd/system', known: true, rel: 'a.service' }],
    ['usr/lib/systemd/system/a.service.d/x.conf', { prefix: '', folder: 'usr/lib/systemd/system', known: true, rel: 'a.service.d/x.conf' }],
    ['/lib/systemd/system/a.service', { prefix: '', folder: 'lib/systemd/system', known: true, rel: 'a.service' }],
    ['usr/local/lib/systemd/system/a.service', { prefix: '', folder: 'usr/local/lib/systemd/system', known: true, rel: 'a.service' }],
    ['host/etc/systemd/system.control/a.service', { prefix: 'host', folder: 'etc/systemd/system.control', known: true, rel: 'a.service' }],
    ['system/a.service', { prefix: '', folder: 'system', known: false, rel: 'a.service' }],
    ['system/a.service.d/x.conf', { prefix: '', folder: 'system', known: false, rel: 'a.service.d/x.conf' }],
    ['a.service', { prefix: '', folder: '', known: false, rel: 'a.service' }],
  ])('%s', (path, place) => {
    expect(placeOf(path)).toEqual(place);
  });
});

describe('isUnitRelated', () => {
  it.each([
    ['etc/systemd/system/a.service', true],
    ['x/a.service.d/10-x.conf', true],
    ['service.d/x.conf', true],
    ['etc/resolv.conf', false],
    ['a.conf', false],
    ['etc/systemd/system/a.socket', false],
  ])('%s → %s', (path, expected) => {
    expect(isUnitRelated(path)).toBe(expected);
  });
});
