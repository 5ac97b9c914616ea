/**
 * Finds which syscall names libseccomp maps to the SAME number on x86_64, per systemd version, by
 * asking the real tools: `SystemCallFilter=~A` then `SystemCallFilter=B…` (plain names remove
 * from a deny-list, by number) leaves an empty filter exactly when some B shares A's number.
 * systemd keys its filter by number, so such names are aliases for it. Versions with an offline
 * analyzer (250+) are asked offline, one unit at a time, halving the candidates; the live-only ones
 * (245, 247, 249) through systemd-live-oracle, many units per boot (one unit per non-native name,
 * then chunks of candidates, then the members of the chunks that emptied the filter). Versions whose
 * oracle is missing keep their current entry. Writes src/engine/versions/generated/syscall-aliases.ts.
 * Needs the oracles (live: root); all eight versions take about 25 minutes here, most of it offline.
 *
 *   node scripts/probe-syscall-aliases.ts [MAJOR...]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syscallData } from '../src/engine/index.ts';
import type { SystemdVersion } from '../src/engine/types.ts';
import { VERSIONS, modesOf } from '../src/engine/versions/list.ts';
import { SYSCALL_ALIASES } from '../src/engine/versions/generated/syscall-aliases.ts';
import { oracleTool, runOracle } from './lib/oracle.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '../src/engine/versions/generated/syscall-aliases.ts');
const liveTool = join(dirname(oracleTool() ?? '/nonexistent/x'), 'systemd-live-oracle');

/** The majors a wrapper's `list` prints. */
function listed(tool: string): Set<string> {
  const run = spawnSync(tool, ['list'], { encoding: 'utf8' });
  return new Set((run.stdout ?? '').split('\n').map((line) => line.split(' ')[0] ?? ''));
}

const unit = (a: string, others: readonly string[]): string =>
  `[Service]\nExecStart=/bin/true\nSystemCallFilter=~${a}\nSystemCallFilter=${others.join(' ')}\n`;
const EMPTY = 'Service does not filter system calls';

/** Offline: true when denying `a` and then allowing `others` leaves systemd's filter empty. */
function emptiedOffline(version: SystemdVersion, a: string, others: readonly string[]): boolean {
  const run = runOracle(version, [{ path: 'x.service', text: unit(a, others) }], ['--offline=true', '--json=short']);
  const rows = JSON.parse(run.stdout) as { json_field: string; description: string }[];
  return rows.find((r) => r.json_field === 'SystemCallFilter_swap')?.description === EMPTY;
}

/** Offline: the members of `candidates` that share `a`'s number, found by halving. */
function colliders(version: SystemdVersion, a: string, candidates: readonly string[]): string[] {
  if (candidates.length === 0 || !emptiedOffline(version, a, candidates)) return [];
  if (candidates.length === 1) return [...candidates];
  const half = Math.ceil(candidates.length / 2);
  return [...colliders(version, a, candidates.slice(0, half)), ...colliders(version, a, candidates.slice(half))];
}

/** Live: one boot of `version`'s manager for all `cases`; for each, whether the filter came out empty. */
function emptiedLive(version: SystemdVersion, cases: readonly (readonly [string, readonly string[]])[]): boolean[] {
  const dir = mkdtempSync(join(tmpdir(), 'probe-aliases-'));
  try {
    mkdirSync(join(dir, 'in'));
    const files = cases.map(([a, others], i) => {
      writeFileSync(join(dir, 'in', `p${i}.service`), unit(a, others));
      return join(dir, 'in', `p${i}.service`);
    });
    const run = spawnSync(liveTool, [version, `--outdir=${join(dir, 'out')}`, ...files], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${version} live: ${run.stderr}`);
    const stdout = new Map(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.stdout'))
      .map((f) => [f.replace(/^\d+\.|\.service\.stdout$/g, ''), readFileSync(join(dir, 'out', f), 'utf8')]));
    return cases.map((_, i) => {
      const text = stdout.get(`p${i}`);
      if (text === undefined || !text.includes('SystemCallFilter=~@swap')) throw new Error(`${version} live: no table for case ${i}`);
      return text.split('\n').some((line) => line.includes('SystemCallFilter=~@swap') && line.includes(EMPTY));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Live: alias classes among `known`, from three boots (see the module comment). */
function liveClasses(version: SystemdVersion, known: readonly string[], nonNative: readonly string[]): string[][] {
  const first = emptiedLive(version, nonNative.map((a) => [a, known.filter((n) => n !== a)]));
  const flagged = nonNative.filter((_, i) => first[i]);
  const classes: string[][] = [];
  const seen = new Set<string>();
  for (const a of flagged) {
    if (seen.has(a)) continue;
    const others = known.filter((n) => n !== a);
    const chunks = Array.from({ length: Math.ceil(others.length / 20) }, (_, i) => others.slice(i * 20, i * 20 + 20));
    const hit = emptiedLive(version, chunks.map((c) => [a, c]));
    const candidates = chunks.filter((_, i) => hit[i]).flat();
    const single = emptiedLive(version, candidates.map((b) => [a, [b]]));
    const cls = [a, ...candidates.filter((_, i) => single[i])].sort();
    cls.forEach((n) => seen.add(n));
    classes.push(cls);
  }
  return classes;
}

const offline = oracleTool() === null ? new Set<string>() : listed(oracleTool() as string);
const live = spawnSync(liveTool, ['list'], { encoding: 'utf8' }).status === 0 ? listed(liveTool) : new Set<string>();
const wanted = process.argv.length > 2 ? process.argv.slice(2) : VERSIONS.map((v) => v.id);
const result: Record<string, readonly (readonly string[])[]> = { ...SYSCALL_ALIASES };
for (const version of VERSIONS.map((v) => v.id).filter((v) => wanted.includes(v))) {
  const data = syscallData(version);
  const known = [...data.known].sort();
  const nonNative = known.filter((n) => !data.native.has(n));
  let classes: string[][];
  if (modesOf(version).includes('offline') && offline.has(version)) {
    classes = [];
    const seen = new Set<string>();
    for (const a of nonNative) {
      if (seen.has(a)) continue;
      const found = colliders(version, a, known.filter((n) => n !== a));
      if (found.length === 0) continue;
      const cls = [a, ...found].sort();
      cls.forEach((n) => seen.add(n));
      classes.push(cls);
    }
  } else if (live.has(version)) {
    classes = liveClasses(version, known, nonNative);
  } else {
    console.log(`${version}: no oracle here, entry kept`);
    continue;
  }
  result[version] = classes;
  console.log(`${version}: ${nonNative.length} non-native names, ${classes.length} alias classes ${JSON.stringify(classes)}`);
}

writeFileSync(out, `/**
 * Syscall names libseccomp resolves to one and the same number on x86_64, per systemd version
 * (generated by scripts/probe-syscall-aliases.ts from the real tools, offline from 252 on, live
 * for 245, 247 and 249; do not edit). systemd keys SystemCallFilter= by number, so removing one
 * name of a class removes them all.
 */
import type { SystemdVersion } from '../../types.ts';

export const SYSCALL_ALIASES: Readonly<Record<SystemdVersion, readonly (readonly string[])[]>> = ${JSON.stringify(
  Object.fromEntries(VERSIONS.map((v) => [v.id, result[v.id] ?? []])), null, 2)};
`);
console.log(`wrote ${out}`);
