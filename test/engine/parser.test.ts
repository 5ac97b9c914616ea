/**
 * Unit-file syntax edge cases as tables, one layer at a time: physical → logical lines, lines →
 * sections and assignments (with warnings and spans), value words, unit names and template ids,
 * drop-in order and masking, specifiers. The systemd behaviour behind each row is in
 * ../shared/spec/unit-parsing-facts.md (✔ rows were run on the oracle) and is pinned end to end by
 * the `parse-*`, `dropin-*` and `specifier*` golden cases; these tables pin the layer that does it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, directiveCatalogue, type SystemdVersion, type UnitFile } from '../../src/engine/index.ts';
import { logicalLines } from '../../src/engine/unit/lines.ts';
import { parseUnitFile, type KeyCatalogue, type ParseEvent } from '../../src/engine/unit/parse.ts';
import { splitWords, type WordOptions } from '../../src/engine/unit/words.ts';
import { parseUnitName, unitIdFor } from '../../src/engine/unit/name.ts';
import { dropInsFor } from '../../src/engine/unit/dropins.ts';
import { expandSpecifiers, type SpecifierContext } from '../../src/engine/unit/specifiers.ts';

/** `[text, firstLine, line, start, end]` of each logical line. */
type Logical = [string, number, number, number, number];

describe('logicalLines()', () => {
  it.each<[string, string, Logical[]]>([
    // LF ends a line; the final LF does not open an empty one
    ['LF', 'a\nb\n', [['a', 1, 1, 0, 1], ['b', 2, 2, 2, 3]]],
    // the last line needs no break
    ['no final break', 'a\nb', [['a', 1, 1, 0, 1], ['b', 2, 2, 2, 3]]],
    // CRLF is one break
    ['CRLF', 'a\r\nb\r\n', [['a', 1, 1, 0, 1], ['b', 2, 2, 3, 4]]],
    // a lone CR is a break too
    ['lone CR', 'a\rb\r', [['a', 1, 1, 0, 1], ['b', 2, 2, 2, 3]]],
    // LF CR is one break as well
    ['LF CR', 'a\n\rb', [['a', 1, 1, 0, 1], ['b', 2, 2, 3, 4]]],
    // two equal markers are two breaks: an empty line between
    ['LF LF', 'a\n\nb', [['a', 1, 1, 0, 1], ['', 2, 2, 2, 2], ['b', 3, 3, 3, 4]]],
    // CR CR likewise
    ['CR CR', 'a\r\rb', [['a', 1, 1, 0, 1], ['', 2, 2, 2, 2], ['b', 3, 3, 3, 4]]],
    // NUL ends a line
    ['NUL', 'a\0b', [['a', 1, 1, 0, 1], ['b', 2, 2, 2, 3]]],
    // a BOM is dropped from the first line; offsets start after it
    ['BOM', '\uFEFFa\nb', [['a', 1, 1, 1, 2], ['b', 2, 2, 3, 4]]],
    // BOM then '#': the comment test sees the BOM first, so this is not a comment
    ['BOM + #', '\uFEFF#x\nb', [['#x', 1, 1, 1, 3], ['b', 2, 2, 4, 5]]],
    // a BOM later in the file is ordinary text
    ['BOM on line 2', 'a\n\uFEFFb', [['a', 1, 1, 0, 1], ['\uFEFFb', 2, 2, 2, 4]]],
    // '#' and ';' lines are skipped, also when indented
    ['comments', '#x\n;y\n \t# z\nb', [['b', 4, 4, 12, 13]]],
    // an inline '#' is part of the value
    ['inline #', 'a=b # c', [['a=b # c', 1, 1, 0, 7]]],
    // an odd backslash continues: it becomes a space
    ['continuation', 'a\\\nb', [['a b', 1, 2, 0, 4]]],
    // an even run of backslashes is escaped backslashes, no continuation
    ['even backslashes', 'a\\\\\nb', [['a\\\\', 1, 1, 0, 3], ['b', 2, 2, 4, 5]]],
    // three backslashes: one escaped pair plus a continuation
    ['odd run', 'a\\\\\\\nb', [['a\\\\ b', 1, 2, 0, 6]]],
    // the appended line keeps its leading whitespace
    ['indented continuation', 'a\\\n  b', [['a   b', 1, 2, 0, 6]]],
    // comment lines inside a continuation are skipped and do not end it
    ['comment inside continuation', 'a\\\n#c\nb', [['a b', 1, 3, 0, 7]]],
    // an empty line ends the continuation
    ['empty line ends it', 'a\\\n\nb', [['a ', 1, 2, 0, 3], ['b', 3, 3, 4, 5]]],
    // at EOF a pending continuation is still a line
    ['EOF continuation', 'a\\', [['a ', 1, 1, 0, 2]]],
    // also after a final newline
    ['EOF continuation + LF', 'a\\\n', [['a ', 1, 1, 0, 2]]],
    // continuation across CRLF
    ['CRLF continuation', 'a\\\r\nb\r\n', [['a b', 1, 2, 0, 5]]],
    // the backslash count runs over the whole accumulated line
    ['escaped across segments', 'a\\\n\\\nb', [['a  b', 1, 3, 0, 6]]],
    // nothing at all
    ['empty file', '', []],
  ])('%s', (_name, text, expected) => {
    expect(logicalLines(text).map((l): Logical => [l.text, l.firstLine, l.line, l.start, l.end])).toEqual(expected);
  });
});

const SECTIONS = new Set(['Unit', 'Service', 'Install']);

/** The real key catalogue of `version` for a service. */
function catalogue(version: SystemdVersion = '252'): KeyCatalogue {
  const dump = directiveCatalogue(version);
  return { sections: SECTIONS, isKnownKey: (section, key) => dump.get(section)?.has(key) === true };
}

/** An event as a short string: `Section.Key=value`, or `W code@line` / `E code@line` with args. */
function show(e: ParseEvent): string {
  if (e.kind === 'assignment') return `${e.assignment.section}.${e.assignment.key}=${e.assignment.value}`;
  const d = e.diagnostic;
  const args = Object.entries(d.args).map(([k, v]) => `${k}=${v}`).join(',');
  return `${d.severity === 'error' ? 'E' : 'W'} ${d.code}@${String(d.span?.line)}${args === '' ? '' : ` ${args}`}`;
}

describe('parseUnitFile()', () => {
  it.each<[string, string, string[], boolean]>([
    // the plain case
    ['assignment', '[Service]\nPrivateTmp=yes\n', ['Service.PrivateTmp=yes'], false],
    // key and value are stripped of blanks around '='
    ['blanks around =', '[Service]\n\t PrivateTmp \t=\t yes \t\n', ['Service.PrivateTmp=yes'], false],
    // split at the first '=' only
    ['= in value', '[Service]\nEnvironment=A=B\n', ['Service.Environment=A=B'], false],
    // an empty value is an assignment too
    ['empty value', '[Service]\nPrivateTmp=\n', ['Service.PrivateTmp='], false],
    // no inline comments
    ['inline #', '[Service]\nPrivateTmp=yes # c\n', ['Service.PrivateTmp=yes # c'], false],
    // a header may be indented
    ['indented header', '  [Service]\nPrivateTmp=yes\n', ['Service.PrivateTmp=yes'], false],
    // a section may repeat; assignments continue in order
    ['repeated section', '[Service]\nPrivateTmp=yes\n[Unit]\nDescription=x\n[Service]\nPrivateTmp=no\n', ['Service.PrivateTmp=yes', 'Unit.Description=x', 'Service.PrivateTmp=no'], false],
    // an unknown section warns once and swallows its assignments
    ['unknown section', '[Foo]\nPrivateTmp=yes\nBar\n', ['W unknown-section@1 section=Foo'], false],
    // section names are case-sensitive
    ['lowercase section', '[service]\nPrivateTmp=yes\n', ['W unknown-section@1 section=service'], false],
    // an X- section is ignored silently
    ['X- section', '[X-Foo]\nBar=1\n[Service]\nPrivateTmp=yes\n', ['Service.PrivateTmp=yes'], false],
    // a header without ']' refuses the unit, and parsing stops there
    ['invalid header', '[Service\nPrivateTmp=yes\n[Foo]\n', ['E invalid-section-header@1 header=[Service'], true],
    // text after ']' makes the header invalid too
    ['trailing text', '[Service] x\n', ['E invalid-section-header@1 header=[Service] x'], true],
    // a quote in a section name is fatal
    ['bad characters', '[Ser"vice]\n', ['E bad-section-header@1 header=[Ser"vice]'], true],
    // a TAB (control character) in a section name is fatal
    ['control character', '[Ser\tvice]\n', ['E bad-section-header@1 header=[Ser\tvice]'], true],
    // before any section: a warning per assignment
    ['outside section', 'PrivateTmp=yes\n[Service]\nPrivateTmp=no\n', ['W assignment-outside-section@1', 'Service.PrivateTmp=no'], false],
    // inside an ignored section nothing warns
    ['after unknown section', '[Foo]\nPrivateTmp=yes\n', ['W unknown-section@1 section=Foo'], false],
    // no '=': a warning
    ['missing =', '[Service]\nPrivateTmp\n', ['W missing-equals@2'], false],
    // .include is just a line without '='
    ['.include', '[Service]\n.include /x\n', ['W missing-equals@2'], false],
    // '=' first: an empty key
    ['empty key', '[Service]\n=yes\n', ['W missing-key@2'], false],
    // an unknown key warns with key and section
    ['unknown key', '[Service]\nFoo=1\n', ['W unknown-key@2 key=Foo,section=Service'], false],
    // keys are case-sensitive
    ['lowercase key', '[Service]\nprivatetmp=yes\n', ['W unknown-key@2 key=privatetmp,section=Service'], false],
    // a key belongs to one section
    ['key in wrong section', '[Unit]\nPrivateTmp=yes\n', ['W unknown-key@2 key=PrivateTmp,section=Unit'], false],
    // X- keys are silent
    ['X- key', '[Service]\nX-Foo=1\n', [], false],
    // the warning names the LAST physical line of a continued line
    ['warning line = last line', '[Service]\nFoo=a\\\nb\\\nc\n', ['W unknown-key@4 key=Foo,section=Service'], false],
    // continuation joins the value
    ['continued value', '[Service]\nCapabilityBoundingSet=CAP_A \\\n# c\n  CAP_B\n', ['Service.CapabilityBoundingSet=CAP_A    CAP_B'], false],
    // CRLF files parse like LF files
    ['CRLF', '[Service]\r\nPrivateTmp=yes\r\n', ['Service.PrivateTmp=yes'], false],
    // BOM before the header
    ['BOM', '\uFEFF[Service]\nPrivateTmp=yes\n', ['Service.PrivateTmp=yes'], false],
    // BOM + ';' is not a comment but an assignment outside any section
    ['BOM + ;', '\uFEFF;x=1\n[Service]\n', ['W assignment-outside-section@1'], false],
  ])('%s', (_name, text, expected, fatal) => {
    const parsed = parseUnitFile({ path: 'x.service', text }, catalogue());
    expect(parsed.events.map(show)).toEqual(expected);
    expect(parsed.fatal !== null).toBe(fatal);
  });

  it.each<[string, string, { line: number; start: number; end: number }]>([
    // a one-line assignment: the whole line
    ['one line', '[Service]\nPrivateTmp=yes\n', { line: 2, start: 10, end: 24 }],
    ['blanks', '[Service]\nPrivateTmp =  yes\n', { line: 2, start: 10, end: 27 }],
    // a continued line spans both physical lines; line = the last one
    ['continued', '[Service]\nPrivateTmp=\\\nyes\n', { line: 3, start: 10, end: 26 }],
    // CRLF: the CR is not part of the span
    ['CRLF', '[Service]\r\nPrivateTmp=yes\r\n', { line: 2, start: 11, end: 25 }],
    // BOM: offsets count it
    ['BOM', '\uFEFF[Service]\nPrivateTmp=yes\n', { line: 2, start: 11, end: 25 }],
  ])('assignment span: %s', (_name, text, expected) => {
    const event = parseUnitFile({ path: 'd/x.conf', text }, catalogue()).events[0];
    expect(event?.kind).toBe('assignment');
    if (event?.kind !== 'assignment') return;
    const { span } = event.assignment;
    expect({ file: span.file, line: span.line, start: span.start, end: span.end }).toEqual({ file: 'd/x.conf', ...expected });
  });

  it.each<[string, string, { line: number; start: number; end: number }]>([
    // a warning's span covers its logical line, in the file it came from
    ['unknown key', '[Service]\nFoo=1\n', { line: 2, start: 10, end: 15 }],
    // for a continued line: from the first line's start, named by the last line
    ['continued', '[Service]\nFoo=a\\\nb\n', { line: 3, start: 10, end: 18 }],
    // the fatal header error too
    ['fatal header', '\n[Service\n', { line: 2, start: 1, end: 9 }],
  ])('diagnostic span: %s', (_name, text, expected) => {
    const event = parseUnitFile({ path: 'x.service.d/a.conf', text }, catalogue()).events[0];
    expect(event?.kind).toBe('diagnostic');
    if (event?.kind !== 'diagnostic') return;
    expect(event.diagnostic.span).toEqual({ file: 'x.service.d/a.conf', ...expected });
  });

  it.each(['252', '257', '262'] as const)('the catalogue of %s decides which keys are known', (version) => {
    // ProtectHostname= exists everywhere; a made-up key nowhere
    const parsed = parseUnitFile({ path: 'x.service', text: '[Service]\nProtectHostname=yes\nNoSuchKey=1\n' }, catalogue(version));
    expect(parsed.events.map(show)).toEqual(['Service.ProtectHostname=yes', 'W unknown-key@3 key=NoSuchKey,section=Service']);
  });
});

describe('splitWords()', () => {
  const Q: WordOptions = { unquote: true };
  const R: WordOptions = { unquote: true, relax: true };
  it.each<[string, string, WordOptions, string[], boolean]>([
    // blanks separate, runs coalesce
    ['blanks', '  a \t b  ', {}, ['a', 'b'], false],
    // nothing, or only blanks: no words
    ['empty', ' \t ', {}, [], false],
    // a backslash escapes a blank
    ['escaped blank', 'a\\ b c', {}, ['a b', 'c'], false],
    // without unquote, quotes are ordinary characters
    ['quotes kept', '"a b" c', {}, ['"a', 'b"', 'c'], false],
    // with unquote, quotes group and vanish
    ['double quotes', '"a b" c', Q, ['a b', 'c'], false],
    // single quotes too
    ['single quotes', "'a b'", Q, ['a b'], false],
    // quotes may start mid-word
    ['mid-word quotes', 'x"a b"y', Q, ['xa by'], false],
    // backslash escapes inside quotes
    ['escaped quote', '"a\\"b"', Q, ['a"b'], false],
    // the other quote kind is literal inside quotes
    ['mixed quotes', '"a\'b"', Q, ["a'b"], false],
    // an empty quoted word is a word
    ['empty quotes', '"" x', Q, ['', 'x'], false],
    // unbalanced quote: error, the words before it survive
    ['unbalanced', 'x "a b', Q, ['x'], true],
    // relax keeps the unfinished word
    ['unbalanced, relaxed', 'x "a b', R, ['x', 'a b'], false],
    // a lone trailing backslash is an error
    ['trailing backslash', 'x a\\', {}, ['x'], true],
    // relax keeps the word before it
    ['trailing backslash, relaxed', 'x a\\', R, ['x', 'a'], false],
  ])('%s', (_name, value, options, words, error) => {
    expect(splitWords(value, options)).toEqual({ words, error });
  });
});

describe('parseUnitName()', () => {
  it.each<[string, string, { prefix: string; instance: string | null; type: string } | null]>([
    // a plain name
    ['plain', 'foo.service', { prefix: 'foo', instance: null, type: 'service' }],
    // a template: empty instance
    ['template', 'foo@.service', { prefix: 'foo', instance: '', type: 'service' }],
    // an instance
    ['instance', 'foo@bar.service', { prefix: 'foo', instance: 'bar', type: 'service' }],
    // a second '@' belongs to the instance
    ['two @', 'a@b@c.service', { prefix: 'a', instance: 'b@c', type: 'service' }],
    // escapes, colons, dots and dashes are valid characters
    ['odd characters', 'a-b\\x2dc:d.e_f.socket', { prefix: 'a-b\\x2dc:d.e_f', instance: null, type: 'socket' }],
    // other unit types parse too
    ['timer', 'x.timer', { prefix: 'x', instance: null, type: 'timer' }],
    // no prefix before '@'
    ['leading @', '@foo.service', null],
    // no type
    ['no dot', 'foo', null],
    // an unknown type
    ['unknown type', 'foo.conf', null],
    // nothing before the dot
    ['empty prefix', '.service', null],
    // a blank is not allowed
    ['blank', 'foo bar.service', null],
    // non-ASCII is not allowed
    ['non-ASCII', 'föo.service', null],
    // 256 characters is too long
    ['too long', `${'a'.repeat(248)}.service`, null],
    // 255 is fine
    ['longest', `${'a'.repeat(247)}.service`, { prefix: 'a'.repeat(247), instance: null, type: 'service' }],
  ])('%s', (_name, name, expected) => {
    expect(parseUnitName(name)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    // a plain name keeps itself
    ['foo.service', 'i', 'foo.service'],
    // a template gets the instance
    ['foo@.service', 'i', 'foo@i.service'],
    ['foo@.service', 'test_instance', 'foo@test_instance.service'],
    // an instance keeps its own
    ['foo@bar.service', 'test_instance', 'foo@bar.service'],
  ])('unitIdFor(%s, %s) = %s', (name, instance, id) => {
    const parsed = parseUnitName(name);
    expect(parsed).not.toBeNull();
    if (parsed !== null) expect(unitIdFor(parsed, instance)).toBe(id);
  });

  it.each<[SystemdVersion, string, string]>([
    // 252 analyses a template as instance "i"
    ['252', 'foo@.service', 'foo@i.service'],
    // 257 and 262 as "test_instance"
    ['257', 'foo@.service', 'foo@test_instance.service'],
    ['262', 'foo@.service', 'foo@test_instance.service'],
    // an explicit instance is kept by every version
    ['252', 'foo@bar.service', 'foo@bar.service'],
    ['262', 'foo@bar.service', 'foo@bar.service'],
  ])('analyze() on %s names %s as %s', (version, path, id) => {
    const result = analyze([{ path, text: '[Service]\nExecStart=/bin/true\n' }], { version });
    expect(result.unitId).toBe(id);
  });
});

/** Drop-in files with placeholder text: only the paths matter. */
function files(...paths: string[]): UnitFile[] {
  return paths.map((path) => ({ path, text: '' }));
}

describe('dropInsFor()', () => {
  it.each<[string, string, string[], string[]]>([
    // only .conf files in the unit's folder count
    ['only .conf', 'x.service', ['x.service.d/a.conf', 'x.service.d/b.txt', 'x.service.d/c.conf.bak'], ['x.service.d/a.conf']],
    // sorted by file name across folders
    ['order across folders', 'x.service', ['x.service.d/01-a.conf', 'service.d/00-t.conf', 'service.d/05-t.conf'], ['service.d/00-t.conf', 'x.service.d/01-a.conf', 'service.d/05-t.conf']],
    // the same name in a more specific folder masks the type-wide one
    ['masking', 'x.service', ['service.d/01-a.conf', 'x.service.d/01-a.conf'], ['x.service.d/01-a.conf']],
    // byte order, not natural order
    ['byte order', 'x.service', ['x.service.d/b.conf', 'x.service.d/B.conf', 'x.service.d/10.conf', 'x.service.d/9.conf'], ['x.service.d/10.conf', 'x.service.d/9.conf', 'x.service.d/B.conf', 'x.service.d/b.conf']],
    // other units' folders and nested folders are ignored
    ['other folders', 'x.service', ['y.service.d/a.conf', 'x.service.d/sub/a.conf', 'a.conf', 'socket.d/a.conf'], []],
    // dash prefixes: a-b-c reads a-b-.service.d and a-.service.d
    ['dash prefixes', 'a-b-c.service', ['a-.service.d/1.conf', 'a-b-.service.d/2.conf', 'a-b-c.service.d/3.conf', 'a-b.service.d/4.conf'], ['a-.service.d/1.conf', 'a-b-.service.d/2.conf', 'a-b-c.service.d/3.conf']],
    // the longer dash prefix masks the shorter one
    ['dash masking', 'a-b-c.service', ['a-.service.d/1.conf', 'a-b-.service.d/1.conf'], ['a-b-.service.d/1.conf']],
    // an instance reads its template's folder
    ['template folder', 'foo@bar.service', ['foo@.service.d/1.conf', 'foo@bar.service.d/2.conf'], ['foo@.service.d/1.conf', 'foo@bar.service.d/2.conf']],
    // the instance folder masks the template folder
    ['instance masks template', 'foo@bar.service', ['foo@.service.d/1.conf', 'foo@bar.service.d/1.conf'], ['foo@bar.service.d/1.conf']],
  ])('%s', (_name, unit, paths, expected) => {
    const name = parseUnitName(unit);
    expect(name).not.toBeNull();
    if (name === null) return;
    expect(dropInsFor(files(...paths), unitIdFor(name, 'i'), name).map((f) => f.path)).toEqual(expected);
  });

  it.each<[SystemdVersion, string[], string[]]>([
    // a template is analysed as foo@i on 252: foo@i.service.d applies there…
    ['252', ['foo@i.service.d/a.conf', 'foo@test_instance.service.d/b.conf', 'foo@.service.d/c.conf'], ['foo@i.service.d/a.conf', 'foo@.service.d/c.conf']],
    // …and foo@test_instance.service.d on 257 and 262
    ['257', ['foo@i.service.d/a.conf', 'foo@test_instance.service.d/b.conf', 'foo@.service.d/c.conf'], ['foo@test_instance.service.d/b.conf', 'foo@.service.d/c.conf']],
    ['262', ['foo@i.service.d/a.conf', 'foo@test_instance.service.d/b.conf', 'foo@.service.d/c.conf'], ['foo@test_instance.service.d/b.conf', 'foo@.service.d/c.conf']],
  ])('template drop-ins on %s', (version, paths, expected) => {
    const instance = version === '252' ? 'i' : 'test_instance';
    const name = parseUnitName('foo@.service');
    if (name === null) throw new Error('unreachable');
    expect(dropInsFor(files(...paths), unitIdFor(name, instance), name).map((f) => f.path)).toEqual(expected);
  });
});

describe('expandSpecifiers()', () => {
  const instance: SpecifierContext = { id: 'foo-bar@a-b\\x2dc.service', prefix: 'foo-bar', instance: 'a-b\\x2dc', type: 'service' };
  const plain: SpecifierContext = { id: 'web.service', prefix: 'web', instance: '', type: 'service' };
  it.each<[string, SpecifierContext, string, string | null]>([
    // no '%': unchanged
    ['none', plain, 'www-data', 'www-data'],
    // %i: the raw instance
    ['%i', instance, 'u-%i', 'u-a-b\\x2dc'],
    // %I: unescaped ('-' → '/', \x2d → '-')
    ['%I', instance, '%I', 'a/b-c'],
    // %n / %N: full name, without the type
    ['%n', instance, '%n', 'foo-bar@a-b\\x2dc.service'],
    ['%N', instance, '%N', 'foo-bar@a-b\\x2dc'],
    // %p / %P: prefix, raw and unescaped
    ['%p', instance, '%p', 'foo-bar'],
    ['%P', instance, '%P', 'foo/bar'],
    // %j: the last dash-separated part of the prefix
    ['%j', instance, '%j', 'bar'],
    // %f: the instance as a path (or the prefix without one)
    ['%f instance', instance, '%f', '/a/b-c'],
    ['%f plain', plain, '%f', '/web'],
    // %i of a plain unit is empty
    ['%i plain', plain, 'x%iy', 'xy'],
    // %% is a literal '%'
    ['%%', plain, '100%%', '100%'],
    // host specifiers get the oracle machine's values (root)
    ['%u', plain, '%u', 'root'],
    // an unknown specifier fails
    ['unknown', plain, '%z', null],
    // so does a lone trailing '%'
    ['trailing %', plain, 'a%', null],
  ])('%s', (_name, ctx, value, expected) => {
    expect(expandSpecifiers(value, ctx)).toBe(expected);
  });
});
