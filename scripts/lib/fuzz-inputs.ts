/**
 * Inputs for the robustness fuzzer (`scripts/fuzz-engine.ts`), drawn from a seeded {@link Rng}:
 * unit-like text from a grammar (sections, real and made-up keys, hostile values, continuations,
 * comments, every line-break systemd knows, BOMs, NULs), corpus units mutated byte-wise, file names
 * valid and not, drop-ins, and permalink fragments (real links mutated, and junk). Unlike
 * `test/fuzz/`, nothing here aims at units the analyzer accepts: the point is input no one wrote.
 */
import { directiveCatalogue, VERSIONS } from '../../src/engine/index.ts';
import type { SystemdVersion, UnitFile } from '../../src/engine/index.ts';
import { encodePermalink } from '../../src/permalink/index.ts';
import type { Rng } from '../../test/fuzz/random.ts';

/** One fuzz input: the files, the version and unit to analyse, and how it was made. */
export interface FuzzInput {
  readonly kind: 'grammar' | 'mutation' | 'permalink';
  readonly files: readonly UnitFile[];
  readonly version: SystemdVersion;
  /** The `unit` option, when the input names one explicitly (else analyze picks). */
  readonly unit?: string;
  /** For permalink inputs: the fragment decoded (its files, if any, are then analysed). */
  readonly fragment?: string;
}

const SECTIONS = ['Unit', 'Service', 'Install', 'Socket', 'Mount', 'X-Custom', 'service', '', ' Service ', 'Serv"ice', 'Service]', '[Service', 'Timer'];
const ODD_KEYS = ['', ' ', 'X-Foo', 'foo', 'Exec Start', 'ExecStart ', 'User\u00e9', '=', '\u0000', 'a'.repeat(300)];
const VALUES = [
  '', 'yes', 'no', 'true', '0', '1', '-1', '4294967296', '0777', '0x10', '1e3', 'infinity', 'strict', 'full', 'read-only', 'tmpfs',
  '/usr/bin/true', '-/bin/sh -c "echo hi"', '@/bin/x x', ':/bin/y', '+!!/bin/z', '/path with spaces', '"/quoted path"', "'single'",
  '~@mount @clock:EPERM', '@system-service', 'read write', '~read:ENOSYS', 'CAP_SYS_ADMIN CAP_NET_RAW', '~CAP_SYS_ADMIN', 'AF_INET AF_UNIX',
  'nobody', 'root', '0', '65534', 'my-user', 'a..b', '%n %i %u %h %%', '%', '%Z', '$FOO ${BAR}', '\\x41\\n\\t\\\\', '\\', '"unterminated',
  'x;y', 'a=b c="d e"', ':', 'none', 'managed', 'self', 'noaccess', 'invisible', 'pid', '0-5', '5-0', '16M', '1G', '50%', '200%',
  '\u2713\u2717', '\u{1F600}', '\uD800', '\uDFFF\uD800', '\u00a0', '\u200b', '\u202e', '\u0000', '\r', '<script>alert(1)</script>',
];
const LINE_BREAKS = ['\n', '\n', '\n', '\n', '\r\n', '\r', '\n\r', '\0'];
const INTERESTING = ['\\', '\n', '\r', '\0', '=', '[', ']', '#', ';', '"', "'", ' ', '\t', '%', '$', '~', '@', ':', '\uFEFF', '\uD800', '\u{1F600}', '\u00e9', 'A'];
const UNIT_NAMES = ['a.service', 'x@.service', 'x@i.service', 'root.service', 'nobody.service', 'a-b-c.service', 'a.socket', 'a.mount', 'a.timer',
  'a', '.service', 'a.b.c', '@.service', 'a@b@c.service', 'a/b.service', '', 'a b.service', '\u00e9.service', 'x'.repeat(300) + '.service'];

/** All keys the versions know, as [section, key], to draw real assignments from. */
const KNOWN_KEYS: readonly (readonly [string, string])[] = [
  ...new Set(VERSIONS.flatMap((v) => [...directiveCatalogue(v.id)].flatMap(([section, keys]) => [...keys.keys()].map((k) => `${section}\u0001${k}`)))),
].map((s) => s.split('\u0001') as [string, string]);

function randomText(rng: Rng, max: number): string {
  let s = '';
  const length = rng.int(0, max);
  for (let i = 0; i < length; i++) {
    s += rng.chance(0.5) ? rng.pick(INTERESTING) : String.fromCharCode(rng.chance(0.8) ? rng.int(0x20, 0x7e) : rng.int(0, 0xffff));
  }
  return s;
}

function value(rng: Rng): string {
  const parts = Array.from({ length: rng.int(1, 3) }, () => (rng.chance(0.85) ? rng.pick(VALUES) : randomText(rng, 12)));
  return parts.join(rng.pick([' ', '', ':', ',', ' \\\n']));
}

/** One line of the grammar: a header, an assignment (maybe continued), a comment, or noise. */
function line(rng: Rng): string {
  const pick = rng.int(0, 99);
  if (pick < 10) return `${rng.pick(['', ' ', '\t'])}[${rng.pick(SECTIONS)}]${rng.pick(['', ' ', ' x', ']'])}`;
  if (pick < 75) {
    const key = rng.chance(0.9) ? (rng.pick(KNOWN_KEYS)[1] ?? '') : rng.pick(ODD_KEYS);
    const continued = rng.chance(0.15) ? Array.from({ length: rng.int(1, 4) }, () => `\\\n${rng.chance(0.2) ? '# inside\n' : ''}${value(rng)}`).join('') : '';
    return `${rng.chance(0.1) ? ' ' : ''}${key}${rng.pick(['=', '=', '=', ' = ', '=\t', ''])}${value(rng)}${continued}${rng.chance(0.05) ? '\\' : ''}`;
  }
  if (pick < 85) return `${rng.pick(['#', ';', ' #', '\t;'])}${randomText(rng, 30)}${rng.chance(0.2) ? '\\' : ''}`;
  if (pick < 92) return '';
  return randomText(rng, 40);
}

/** A unit-like text of 0–60 grammar lines, with mixed line breaks, sometimes a BOM. */
export function grammarText(rng: Rng): string {
  const lines = Array.from({ length: rng.int(0, 60) }, () => line(rng));
  if (rng.chance(0.7)) lines.unshift('[Service]', 'ExecStart=/usr/bin/true');
  const shuffled = rng.chance(0.2) ? rng.shuffle(lines) : lines;
  let text = '';
  for (const l of shuffled) text += l + (rng.chance(0.9) ? '\n' : rng.pick(LINE_BREAKS));
  if (rng.chance(0.05)) text = `\uFEFF${text}`;
  return rng.chance(0.1) ? text.slice(0, rng.int(0, text.length)) : text;
}

/** 1–8 edits: insert, delete, duplicate or swap ranges, flip characters, splice in `other`. */
export function mutate(rng: Rng, text: string, other: string): string {
  let s = text;
  const at = (): number => rng.int(0, s.length);
  for (let n = rng.int(1, 8); n > 0; n--) {
    const i = at();
    const j = Math.min(s.length, i + rng.int(0, 64));
    switch (rng.int(0, 6)) {
      case 0: s = s.slice(0, i) + randomText(rng, 8) + s.slice(i); break;
      case 1: s = s.slice(0, i) + s.slice(j); break;
      case 2: s = s.slice(0, j) + s.slice(i, j) + s.slice(j); break;
      case 3: { const k = at(); s = i < k ? s.slice(0, i) + s.slice(k) + s.slice(i, k) : s.slice(0, k) + s.slice(i) + s.slice(k, i); break; }
      case 4: s = s.slice(0, i) + String.fromCharCode(rng.int(0, 0xffff)) + s.slice(i + 1); break;
      case 5: { const o = rng.int(0, other.length); s = s.slice(0, i) + other.slice(o, o + rng.int(0, 400)) + s.slice(j); break; }
      default: s = s.slice(0, i) + rng.pick(['\\\n', '\\', '\n[Service]\n', '=', '\r', '\0', '\n#', '"', '%']) + s.slice(i);
    }
  }
  return s;
}

/** Files around a main text: a unit name (usually valid), sometimes drop-ins and stray files. */
function withFiles(rng: Rng, text: string, more: () => string): { files: UnitFile[]; unit?: string } {
  const name = rng.chance(0.85) ? rng.pick(UNIT_NAMES.slice(0, 9)) : rng.chance(0.5) ? rng.pick(UNIT_NAMES) : randomText(rng, 20);
  const files: UnitFile[] = [{ path: name, text }];
  const dirs = [`${name}.d`, 'service.d', `${name.split('@')[0] ?? ''}@.service.d`, 'a-.service.d', 'other.service.d', randomText(rng, 10)];
  for (let n = rng.chance(0.3) ? rng.int(1, 4) : 0; n > 0; n--) {
    files.push({ path: `${rng.pick(dirs)}/${rng.pick(['10-a.conf', 'override.conf', 'x.txt', '.conf', 'a/b.conf', randomText(rng, 8)])}`, text: more() });
  }
  if (rng.chance(0.05)) files.push({ path: name, text: more() });
  const explicit = rng.chance(0.05) ? rng.pick([name, 'missing.service', '', randomText(rng, 6)]) : undefined;
  return explicit === undefined ? { files } : { files, unit: explicit };
}

/** The next input: about 45 % grammar, 45 % mutated corpus units, 10 % permalinks. */
export function fuzzInput(rng: Rng, corpus: readonly string[]): FuzzInput {
  const version = rng.pick(VERSIONS).id;
  const corpusText = (): string => rng.pick(corpus);
  const roll = rng.int(0, 99);
  if (roll < 45) return { kind: 'grammar', version, ...withFiles(rng, grammarText(rng), () => grammarText(rng)) };
  if (roll < 90) {
    const more = (): string => mutate(rng, corpusText(), corpusText());
    return { kind: 'mutation', version, ...withFiles(rng, more(), more) };
  }
  const inner = withFiles(rng, grammarText(rng), () => grammarText(rng));
  const link = encodePermalink({ files: inner.files, version: rng.chance(0.9) ? version : randomText(rng, 4), ...(rng.chance(0.2) ? { policy: randomText(rng, 40) } : {}) });
  const fragment = rng.chance(0.7) ? mutate(rng, link, link) : rng.chance(0.5) ? link : `${rng.pick(['', '#', 'u1.', 'u2.'])}${randomText(rng, 80)}`;
  return { kind: 'permalink', version, files: [], fragment };
}
