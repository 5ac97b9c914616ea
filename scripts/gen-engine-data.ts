/**
 * Writes the per-version data modules under src/engine/versions/generated/ from the recorded data
 * folder (data/systemd/<major>/ at the repo root, made by scripts/record-version-data.ts, or the
 * first argument):
 *
 *   syscall-data.ts    syscall groups (members in order, without names libseccomp does not know)
 *                      and libseccomp's known names, native x86_64 and not, from each
 *                      <major>/syscall-groups.json, all versions in one compact form (see
 *                      src/engine/versions/syscall-codec.ts)
 *   directive-data.ts  the directive catalogue (section → key → type), from <major>/directives.txt,
 *                      all versions merged, each key once (see src/engine/versions/directives.ts)
 *   scored-keys.ts     per version, the keys settings/table.ts handles that the catalogue lacks
 *
 * Each form is checked to decode to exactly its sources before it is written. Prints the raw and
 * gzip sizes.
 *
 *   node scripts/gen-engine-data.ts [DATA_DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeDirectives } from '../src/engine/versions/directive-codec.ts';
import { encodeRuns } from '../src/engine/versions/slot-runs.ts';
import { decodeSyscalls, frontCode, groupLetter, type EncodedSyscalls } from '../src/engine/versions/syscall-codec.ts';
import { profileFor } from '../src/engine/versions/profile.ts';
import { VERSIONS as ENGINE_VERSIONS } from '../src/engine/versions/list.ts';
import { SETTING_HANDLERS } from '../src/engine/settings/table.ts';
import type { SystemdVersion } from '../src/engine/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(repoRoot, 'data/systemd'));
const outDir = join(repoRoot, 'src/engine/versions/generated');
/** The versions, oldest first (as the engine's version list has them): the order of every per-version slot in the generated data. */
const VERSIONS: readonly SystemdVersion[] = ENGINE_VERSIONS.map((v) => v.id);

interface SyscallSource {
  readonly group_order: readonly string[];
  readonly groups: Readonly<Record<string, { readonly members: readonly string[] }>>;
  readonly libseccomp_known_names_native_x86_64: readonly string[];
  readonly libseccomp_known_names_not_native_on_x86_64: readonly string[];
}

/**
 * A group's members as the engine keeps them: its `@sub` references and the syscall names
 * libseccomp knows in that version. systemd resolves every name when it builds a filter and skips
 * those libseccomp does not know, and the analyzer looks only at native ones, so the others (the
 * Alpha `osf_*` calls of `@known`, say) can never change a score: they are left out of the data.
 */
function keptMembers(src: SyscallSource, group: string): readonly string[] | undefined {
  const known = new Set([...src.libseccomp_known_names_native_x86_64, ...src.libseccomp_known_names_not_native_on_x86_64]);
  return src.groups[group]?.members.filter((m) => m.startsWith('@') || known.has(m));
}

/**
 * The syscall data of every version in the compact form (groups with {@link keptMembers} only);
 * throws unless it decodes to the sources.
 */
function encodeSyscalls(): EncodedSyscalls {
  const sources = VERSIONS.map((v) => JSON.parse(readFileSync(join(dataDir, v, 'syscall-groups.json'), 'utf8')) as SyscallSource);
  const letters = [...new Set(sources.flatMap((src) => src.group_order))];
  const flags = new Map<string, Set<string>[]>();
  const flag = (name: string, slot: number, f: string): void => {
    if (/[\s|,]/.test(name)) throw new Error(`syscall name ${JSON.stringify(name)} cannot be encoded`);
    const all = flags.get(name) ?? VERSIONS.map(() => new Set<string>());
    all[slot]?.add(f);
    flags.set(name, all);
  };
  const groups = sources.map((src, slot) => src.group_order.map((group) => {
    const members = keptMembers(src, group);
    if (members === undefined) throw new Error(`${VERSIONS[slot]}: group ${group} listed but missing`);
    const refs = members.filter((m) => m.startsWith('@'));
    for (const m of members.slice(refs.length)) flag(m, slot, groupLetter(letters.indexOf(group)));
    return [group, ...refs].map((g) => groupLetter(letters.indexOf(g))).join('');
  }).join(','));
  sources.forEach((src, slot) => {
    for (const name of src.libseccomp_known_names_native_x86_64) flag(name, slot, '*');
    for (const name of src.libseccomp_known_names_not_native_on_x86_64) flag(name, slot, '+');
  });
  const names = [...flags.keys()].sort();
  const order = [...letters.map((_, i) => groupLetter(i)), '*', '+'];
  const nameFlags = names.map((name) => {
    const sets = flags.get(name) as Set<string>[];
    // a group a version lacks: its letter means nothing there, so copy the nearest version's choice
    letters.forEach((group, i) => {
      const letter = groupLetter(i);
      const has = sources.map((src) => src.group_order.includes(group));
      sets.forEach((set, slot) => {
        if (has[slot]) return;
        const near = [...sets.keys()].filter((s) => has[s]).sort((a, b) => Math.abs(a - slot) - Math.abs(b - slot) || a - b)[0];
        if (near !== undefined && sets[near]?.has(letter)) set.add(letter);
      });
    });
    return encodeRuns(sets.map((set) => order.filter((f) => set.has(f)).join('')));
  });
  const encoded: EncodedSyscalls = { groups: groups.join('\n'), letters: letters.join(','), names: frontCode(names), flags: nameFlags.join(' ') };
  sources.forEach((src, slot) => {
    const decoded = decodeSyscalls(encoded, slot);
    const want = {
      groups: src.group_order.map((g) => [g, keptMembers(src, g)]),
      native: [...new Set(src.libseccomp_known_names_native_x86_64)].sort(),
      known: [...new Set([...src.libseccomp_known_names_native_x86_64, ...src.libseccomp_known_names_not_native_on_x86_64])].sort(),
    };
    const got = { groups: [...decoded.groups], native: [...decoded.native].sort(), known: [...decoded.known].sort() };
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`syscall data ${VERSIONS[slot]}: the compact form does not round-trip (are a group's names still sorted?)`);
  });
  return encoded;
}

function generateSyscalls(): void {
  const encoded = encodeSyscalls();
  const text = [
    `/**\n * Syscall groups and libseccomp known names (x86_64) of every systemd version, in the compact form\n * decoded by ../syscall-codec.ts (each name once, front-coded, with per-version flags). Group\n * members libseccomp does not know in a version are left out: they can never change a score.\n * Generated by scripts/gen-engine-data.ts from data/systemd/: do not edit.\n */`,
    `import type { SystemdVersion } from '../../types.ts';`,
    `import type { EncodedSyscalls } from '../syscall-codec.ts';`,
    '',
    `/** The versions in the order of the compact form's slots. */`,
    `export const SYSCALL_VERSIONS: readonly SystemdVersion[] = ${literal(VERSIONS)};`,
    '',
    `/** Every version's syscall data. */`,
    `export const SYSCALLS: EncodedSyscalls = {`,
    `  groups: ${literal(encoded.groups)},`,
    `  letters: ${literal(encoded.letters)},`,
    `  names: ${literal(encoded.names)},`,
    `  flags: ${literal(encoded.flags)},`,
    '};',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'syscall-data.ts'), text);
  console.log(`syscall-data.ts: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip`);
}

/** The directive dump as it is: `[Section]`, `Key=TYPE` lines, blank lines between sections. */
function directiveLines(version: string): string[] {
  return readFileSync(join(dataDir, version, 'directives.txt'), 'utf8').replace(/\n$/, '').split('\n');
}

/** Index pairs of a longest common subsequence of `a` and `b`, ascending. */
function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..], row-major in one array
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => lcs[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

const literal = (value: unknown): string => JSON.stringify(value);

/** One line of the directive dumps: a section header (`[Name]`) or a key (`Section\tKey`) with its type. */
interface DirectiveLine {
  readonly token: string;
  readonly key: string;
  /** Per version slot: the key's type, or undefined where the version lacks the line. */
  readonly types: (string | undefined)[];
}

/** A version's dump as lines (blank lines dropped); throws on a type the merged form cannot hold. */
function directiveLinesOf(version: SystemdVersion, slot: number): DirectiveLine[] {
  let section = '';
  return directiveLines(version).filter((line) => line !== '').map((line) => {
    const types: (string | undefined)[] = VERSIONS.map(() => undefined);
    if (line.startsWith('[') && line.endsWith(']')) {
      section = line.slice(1, -1);
      types[slot] = '';
      return { token: line, key: line, types };
    }
    const eq = line.indexOf('=');
    const type = line.slice(eq + 1);
    if (eq <= 0 || type === '' || /[|\d]/.test(type)) throw new Error(`${version}: directive line ${JSON.stringify(line)} cannot be encoded`);
    types[slot] = type;
    return { token: `${section}\t${line.slice(0, eq)}`, key: line.slice(0, eq), types };
  });
}

/**
 * Every version's dump merged into one sequence of which each version's lines are a subsequence:
 * each version is aligned with the merge so far by longest common subsequence.
 */
function mergeDirectives(): DirectiveLine[] {
  let merged: DirectiveLine[] = [];
  VERSIONS.forEach((version, slot) => {
    const lines = directiveLinesOf(version, slot);
    const out: DirectiveLine[] = [];
    let i = 0;
    let j = 0;
    for (const [mi, li] of [...lcsPairs(merged.map((l) => l.token), lines.map((l) => l.token)), [merged.length, lines.length]] as const) {
      while (i < mi) out.push(merged[i++] as DirectiveLine);
      while (j < li) out.push(lines[j++] as DirectiveLine);
      if (mi < merged.length) {
        const line = merged[i++] as DirectiveLine;
        line.types[slot] = (lines[j++] as DirectiveLine).types[slot];
        out.push(line);
      }
    }
    merged = out;
  });
  return merged;
}

/** The merged directive text (see src/engine/versions/directives.ts); throws unless it round-trips. */
function encodeDirectives(): string {
  const text = mergeDirectives().map((line) => {
    if (line.token.startsWith('[')) {
      if (line.types.some((t) => t === undefined)) throw new Error(`section ${line.token} is not in every version`);
      return line.token;
    }
    return `${line.key}=${encodeRuns(line.types.map((t) => t ?? ''))}`;
  }).join('\n');
  VERSIONS.forEach((version, slot) => {
    const want: [string, [string, string][]][] = [];
    for (const line of directiveLines(version)) {
      if (line.startsWith('[')) want.push([line.slice(1, -1), []]);
      else if (line !== '') want.at(-1)?.[1].push([line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
    }
    const got = [...decodeDirectives(text, slot)].map(([s, keys]) => [s, [...keys]]);
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`directives ${version}: the merged form does not round-trip`);
  });
  return text;
}

function generateDirectives(): void {
  const text = [
    `/**\n * The directive catalogue of every systemd version, merged (each key once, per-version types where\n * they differ), as ../directives.ts decodes it.\n * Generated by scripts/gen-engine-data.ts from data/systemd/: do not edit.\n */`,
    `import type { SystemdVersion } from '../../types.ts';`,
    '',
    `/** The versions in the order of the per-version types. */`,
    `export const DIRECTIVE_VERSIONS: readonly SystemdVersion[] = ${literal(VERSIONS)};`,
    '',
    `/** \`[Section]\` and \`Key=TYPE\` (or per-version runs, \`Key=3|BOOLEAN\`) lines. */`,
    `export const DIRECTIVES = ${literal(encodeDirectives())};`,
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'directive-data.ts'), text);
  console.log(`directive-data.ts: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip`);
}

generateSyscalls();
generateDirectives();

/**
 * The handled keys (settings/table.ts) a version's full key catalogue does not know: the only
 * keys the scored catalogue (src/engine/key-catalogue.ts) must refuse for the score to stay exact.
 */
function unknownHandledKeys(version: SystemdVersion): string[] {
  const known = new Set<string>();
  let section = '';
  for (const line of directiveLines(version)) {
    if (line.startsWith('[') && line.endsWith(']')) section = line.slice(1, -1);
    else if (line !== '') known.add(`${section}.${line.slice(0, line.indexOf('='))}`);
  }
  const removed = profileFor(version).removedOptions;
  return Object.entries(SETTING_HANDLERS).flatMap(([key, entry]) =>
    entry.sections
      .filter((s) => !known.has(`${s}.${key}`) && !(s !== 'Unit' && s !== 'Install' && removed.includes(key)))
      .map((s) => `${s}.${key}`));
}

{
  const text = [
    `/**\n * Per systemd version, the \`Section.Key\` pairs the engine's handler table acts on but the version's\n * directive catalogue does not know (so the unit's line is ignored with "Unknown key").\n * Generated by scripts/gen-engine-data.ts from data/systemd/ and settings/table.ts: do not edit.\n */`,
    `import type { SystemdVersion } from '../../types.ts';`,
    '',
    `/** Version → \`Section.Key\` pairs, in handler-table order. */`,
    `export const UNKNOWN_HANDLED_KEYS: Readonly<Record<SystemdVersion, readonly string[]>> = {`,
    ...VERSIONS.map((v) => `  '${v}': ${literal(unknownHandledKeys(v))},`),
    '};',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'scored-keys.ts'), text);
  console.log(`scored-keys.ts: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip`);
}
