/**
 * Writes the per-version data modules under src/engine/versions/generated/ from the spec's data
 * folder (../shared/spec/data, ../../shared/spec/data from a worktree, or the first argument):
 *
 *   syscall-data.ts    syscall groups (members in order) and libseccomp's known names, native
 *                      x86_64 and not, from syscall-groups-v{252,257,262}.json, all versions in
 *                      one compact form (see src/engine/versions/syscall-codec.ts)
 *   directive-data.ts  the directive catalogue (section → key → type), from directives-*.txt
 *   scored-keys.ts     per version, the keys settings/table.ts handles that the catalogue lacks
 *
 * The directive dump is rendered as lines (see the decoder in src/engine/versions/), 252 is stored
 * whole and every later version as a line delta against the one before it (257 against 252, 262
 * against 257), which is far smaller than three copies. Prints the raw and gzip sizes.
 *
 *   node scripts/gen-engine-data.ts [SPEC_DATA_DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Hunk } from '../src/engine/versions/delta.ts';
import { applyDelta } from '../src/engine/versions/delta.ts';
import { decodeSyscalls, groupLetter, type EncodedSyscalls } from '../src/engine/versions/syscall-codec.ts';
import { profileFor } from '../src/engine/versions/profile.ts';
import { SETTING_HANDLERS } from '../src/engine/settings/table.ts';
import type { SystemdVersion } from '../src/engine/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared next to the repo, or two levels up when run from a worktree under wt/NAME
const dataDir = resolve(
  process.argv[2] ??
    [join(repoRoot, '../shared/spec/data'), join(repoRoot, '../../shared/spec/data')].find((d) => existsSync(d)) ??
    join(repoRoot, '../shared/spec/data'),
);
const outDir = join(repoRoot, 'src/engine/versions/generated');
const CHAIN = [
  ['252', null],
  ['257', '252'],
  ['262', '257'],
] as const;

interface SyscallSource {
  readonly group_order: readonly string[];
  readonly groups: Readonly<Record<string, { readonly members: readonly string[] }>>;
  readonly libseccomp_known_names_native_x86_64: readonly string[];
  readonly libseccomp_known_names_not_native_on_x86_64: readonly string[];
}

/** The syscall data of every version in the compact form; throws unless it decodes to the sources. */
function encodeSyscalls(): EncodedSyscalls {
  const sources = CHAIN.map(([v]) => JSON.parse(readFileSync(join(dataDir, `syscall-groups-v${v}.json`), 'utf8')) as SyscallSource);
  const letters = [...new Set(sources.flatMap((src) => src.group_order))];
  const flags = new Map<string, string[]>();
  const flag = (name: string, slot: number, f: string): void => {
    if (/[\s|,]/.test(name)) throw new Error(`syscall name ${JSON.stringify(name)} cannot be encoded`);
    const all = flags.get(name) ?? CHAIN.map(() => '');
    all[slot] += f;
    flags.set(name, all);
  };
  const groups = sources.map((src, slot) => src.group_order.map((group) => {
    const members = src.groups[group]?.members;
    if (members === undefined) throw new Error(`${CHAIN[slot]?.[0]}: group ${group} listed but missing`);
    const refs = members.filter((m) => m.startsWith('@'));
    for (const m of members.slice(refs.length)) flag(m, slot, groupLetter(letters.indexOf(group)));
    return [group, ...refs].join(' ');
  }).join(','));
  sources.forEach((src, slot) => {
    for (const name of src.libseccomp_known_names_native_x86_64) flag(name, slot, '*');
    for (const name of src.libseccomp_known_names_not_native_on_x86_64) flag(name, slot, '+');
  });
  const names = [...flags.keys()].sort().map((name) => {
    const all = flags.get(name) as string[];
    return `${name} ${all.every((f) => f === all[0]) ? all[0] : all.join('|')}`;
  });
  const encoded: EncodedSyscalls = { groups: groups.join('\n'), letters: letters.join(','), names: names.join('\n') };
  sources.forEach((src, slot) => {
    const decoded = decodeSyscalls(encoded, slot);
    const want = {
      groups: src.group_order.map((g) => [g, src.groups[g]?.members]),
      native: [...new Set(src.libseccomp_known_names_native_x86_64)].sort(),
      known: [...new Set([...src.libseccomp_known_names_native_x86_64, ...src.libseccomp_known_names_not_native_on_x86_64])].sort(),
    };
    const got = { groups: [...decoded.groups], native: [...decoded.native].sort(), known: [...decoded.known].sort() };
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`syscall data ${CHAIN[slot]?.[0]}: the compact form does not round-trip (are a group's names still sorted?)`);
  });
  return encoded;
}

function generateSyscalls(): void {
  const encoded = encodeSyscalls();
  const text = [
    `/**\n * Syscall groups and libseccomp known names (x86_64) of every systemd version, in the compact form\n * decoded by ../syscall-codec.ts (each name once, with per-version flags).\n * Generated by scripts/gen-engine-data.ts from the spec's data folder: do not edit.\n */`,
    `import type { SystemdVersion } from '../../types.ts';`,
    `import type { EncodedSyscalls } from '../syscall-codec.ts';`,
    '',
    `/** The versions in the order of the compact form's slots. */`,
    `export const SYSCALL_VERSIONS: readonly SystemdVersion[] = ${literal(CHAIN.map(([v]) => v))};`,
    '',
    `/** Every version's syscall data. */`,
    `export const SYSCALLS: EncodedSyscalls = {`,
    `  groups: ${literal(encoded.groups)},`,
    `  letters: ${literal(encoded.letters)},`,
    `  names: ${literal(encoded.names)},`,
    '};',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'syscall-data.ts'), text);
  console.log(`syscall-data.ts: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip`);
}

/** The directive dump as it is: `[Section]`, `Key=TYPE` lines, blank lines between sections. */
function directiveLines(version: string): string[] {
  return readFileSync(join(dataDir, `directives-${version}.txt`), 'utf8').replace(/\n$/, '').split('\n');
}

/** A minimal line delta from `a` to `b`, by longest common subsequence. */
function diffLines(a: readonly string[], b: readonly string[]): Hunk[] {
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
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const start = i;
    const inserted: string[] = [];
    while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) {
      if (j < m && (i === n || at(i, j + 1) >= at(i + 1, j))) inserted.push(b[j++] as string);
      else i++;
    }
    hunks.push([start, i - start, ...inserted]);
  }
  return hunks;
}

const literal = (value: unknown): string => JSON.stringify(value);

function generate(kind: string, file: string, linesOf: (version: string) => string[], doc: string): void {
  const versions = new Map(CHAIN.map(([v]) => [v, linesOf(v)]));
  const parts: string[] = [
    `/**\n * ${doc}\n * Generated by scripts/gen-engine-data.ts from the spec's data folder: do not edit.\n */`,
    `import type { LineDelta } from '../delta.ts';`,
    '',
    `/** systemd 252's lines, whole. */`,
    `export const ${kind}_252 = ${literal((versions.get('252') as string[]).join('\n'))};`,
    '',
    `/** Each later version as a delta against the version before it (257 ← 252, 262 ← 257). */`,
    `export const ${kind}_DELTAS: { readonly '257': LineDelta; readonly '262': LineDelta } = {`,
  ];
  for (const [version, parent] of CHAIN) {
    if (parent === null) continue;
    const from = versions.get(parent) as string[];
    const to = versions.get(version) as string[];
    const delta = diffLines(from, to);
    if (applyDelta(from, delta).join('\n') !== to.join('\n')) throw new Error(`${kind} ${version}: delta does not round-trip`);
    parts.push(`  '${version}': [`, ...delta.map((h) => `    ${literal(h)},`), '  ],');
  }
  parts.push('};', '');
  const text = parts.join('\n');
  writeFileSync(join(outDir, file), text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`${file}: ${raw} bytes raw, ${gz} bytes gzip`);
}

generateSyscalls();
generate('DIRECTIVES', 'directive-data.ts', directiveLines,
  'The directive catalogue per systemd version, as systemd dumps it: `[Section]`, then `Key=TYPE`\n * lines, a blank line between sections.');

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
    `/**\n * Per systemd version, the \`Section.Key\` pairs the engine's handler table acts on but the version's\n * directive catalogue does not know (so the unit's line is ignored with "Unknown key").\n * Generated by scripts/gen-engine-data.ts from the spec's data folder and settings/table.ts: do not edit.\n */`,
    `import type { SystemdVersion } from '../../types.ts';`,
    '',
    `/** Version → \`Section.Key\` pairs, in handler-table order. */`,
    `export const UNKNOWN_HANDLED_KEYS: Readonly<Record<SystemdVersion, readonly string[]>> = {`,
    ...CHAIN.map(([v]) => `  '${v}': ${literal(unknownHandledKeys(v))},`),
    '};',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'scored-keys.ts'), text);
  console.log(`scored-keys.ts: ${Buffer.byteLength(text)} bytes raw, ${gzipSync(text, { level: 9 }).length} bytes gzip`);
}
