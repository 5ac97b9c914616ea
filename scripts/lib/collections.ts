/**
 * Public hardening collections beside the planner (issue #15), shared by
 * `scripts/compare-collections.ts` (which asks the real analyzers and prints the table) and
 * `test/planner/collections.test.ts`. Each folder of `test/fixtures/collections/` holds one drop-in
 * as a collection published it, for a service of the vendored corpus, with `SOURCE.md` (where it
 * comes from, which needs fit the service) and `oracle.json` (what the real analyzers printed).
 * Here: reading those folders, applying a drop-in to its corpus unit, planning the same unit with
 * the engine, counting setting lines, and what each drop-in has that the other has not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, contribution, type Report, type UnitFile } from '../../src/engine/index.ts';
import { dropInPathFor, isNeedsError, parseNeeds, plan, type NeedSet, type Plan } from '../../src/planner/index.ts';
import { readFrontmatter } from '../generate-planner-notes.ts';
import { readCorpusUnits, unitName, type CorpusUnit } from './corpus.ts';
import { targetId, type Target, type TargetId } from './targets.ts';

/** `test/fixtures/collections/` of this checkout. */
export const COLLECTIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/collections');

/** Where each comparison is scored: the newest release offline, and Ubuntu 24.04's release live. */
export const COLLECTION_TARGETS: readonly Target[] = [
  { version: '262', mode: 'offline' },
  { version: '255', mode: 'live' },
];

/** The planner's target in the main comparison, in tenths: 2.0, the bar. */
export const COLLECTION_PLAN_TARGET = 20;

/** Where a collection's drop-in was published, as `SOURCE.md` states it. */
export interface CollectionSource {
  /** `owner/name` on GitHub. */
  readonly repository: string;
  /** The file at {@link commit}. */
  readonly url: string;
  /** The repository's commit the file was read at. */
  readonly commit: string;
  /** The file's path in the repository. */
  readonly path: string;
  /** Its git blob id: the committed file must hash to it (byte for byte as published). */
  readonly blob: string;
  /** When the file last changed, and in which commit. */
  readonly changed: string;
  /** The licence, as the repository states it. */
  readonly licence: string;
}

/** One fixture folder, read and resolved against the corpus. */
export interface Collection {
  /** The folder's name (`nginx`, `postfix@`). */
  readonly service: string;
  /** The corpus unit, `pkg/x.service`. */
  readonly unit: string;
  /** Its file name, `x.service`. */
  readonly unitName: string;
  /** The drop-in's file name, as published (`00-hardened.conf`). */
  readonly dropInName: string;
  /** The drop-in, byte for byte. */
  readonly dropIn: Buffer;
  /** The needs list as written in `SOURCE.md` (`network-server,setuid,writes=/run`). */
  readonly needsText: string;
  readonly needs: NeedSet;
  readonly source: CollectionSource;
  /** The corpus unit's files (the unit and its own drop-ins). */
  readonly corpus: CorpusUnit;
}

const SOURCE_FIELDS = ['repository', 'url', 'commit', 'path', 'blob', 'changed', 'licence'] as const;

function stringField(data: Record<string, unknown>, key: string, file: string): string {
  const value = data[key];
  if (typeof value !== 'string' || value === '') throw new Error(`${file}: ${key} must be a non-empty string`);
  return value;
}

/** The folder `dir` as a {@link Collection}; throws, naming the file, on anything missing or unknown. */
function readCollection(dir: string, corpus: ReadonlyMap<string, CorpusUnit>): Collection {
  const file = join(dir, 'SOURCE.md');
  const data = readFrontmatter(readFileSync(file, 'utf8'), file);
  const unit = stringField(data, 'unit', file);
  const dropInName = stringField(data, 'dropIn', file);
  const needsText = stringField(data, 'needs', file);
  const rawSource = data['source'];
  if (typeof rawSource !== 'object' || rawSource === null) throw new Error(`${file}: source must be a mapping`);
  const source = Object.fromEntries(SOURCE_FIELDS.map((k) => [k, stringField(rawSource as Record<string, unknown>, k, file)])) as unknown as CollectionSource;
  const corpusUnit = corpus.get(unit);
  if (corpusUnit === undefined) throw new Error(`${file}: ${unit} is not a corpus unit`);
  const needs = parseNeeds(needsText);
  if (isNeedsError(needs)) throw new Error(`${file}: needs: ${needs.code} ${needs.word}`);
  if (!/^[^/]+\.conf$/.test(dropInName)) throw new Error(`${file}: dropIn must be a file name ending in .conf`);
  const service = dir.slice(dir.lastIndexOf('/') + 1);
  return { service, unit, unitName: unitName(unit), dropInName, dropIn: readFileSync(join(dir, dropInName)), needsText, needs, source, corpus: corpusUnit };
}

/** Every fixture folder (those with a `SOURCE.md`), sorted by name. */
export function readCollections(dir: string = COLLECTIONS_DIR, corpus: readonly CorpusUnit[] = readCorpusUnits()): Collection[] {
  const byUnit = new Map(corpus.map((c) => [c.unit, c]));
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'SOURCE.md')))
    .map((e) => e.name)
    .sort()
    .map((name) => readCollection(join(dir, name), byUnit));
}

/** The git blob id of `bytes` (what `git hash-object` prints): SHA-1 over `blob <size>\0` and the bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${String(bytes.length)}\0`).update(bytes).digest('hex');
}

/**
 * The setting lines of a drop-in: lines that are not empty, not comments (`#`, `;`) and not
 * section headers. A continued line counts once per physical line (none of the files has one).
 */
export function settingLineCount(text: string): number {
  return text.split('\n').filter((line) => {
    const t = line.trim();
    return t !== '' && !t.startsWith('#') && !t.startsWith(';') && !t.startsWith('[');
  }).length;
}

/** The keys a drop-in assigns (`ProtectSystem`), in the order first assigned. */
export function settingKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*=/.exec(line);
    if (m?.[1] !== undefined) keys.add(m[1]);
  }
  return [...keys];
}

/** The unit's files with the collection's drop-in beside them, as `NAME.d/<name>.conf`. */
export function collectionFiles(c: Collection): UnitFile[] {
  return [...c.corpus.files, { path: `${c.unitName}.d/${c.dropInName}`, text: c.dropIn.toString('utf8') }];
}

/** The unit's files with a planner's drop-in, as `NAME.d/hardening.conf`. */
export function plannerFiles(c: Collection, p: Plan): UnitFile[] {
  return p.taken === 0 ? [...c.corpus.files] : [...c.corpus.files, { path: dropInPathFor(c.unitName), text: p.dropIn.text }];
}

/** One service on one target: the unit as shipped, with the collection's drop-in, and the two plans. */
export interface TargetComparison {
  readonly target: Target;
  readonly before: Report;
  readonly collection: Report;
  /** The planner for {@link COLLECTION_PLAN_TARGET}. */
  readonly planner: Plan;
  /** The planner for the collection's own exposure on this target: how little it takes to match it. */
  readonly matching: Plan;
}

function report(files: readonly UnitFile[], c: Collection, target: Target, what: string): Report {
  const a = analyze(files, { version: target.version, mode: target.mode, unit: c.unitName });
  if (!a.ok) throw new Error(`${c.service} on ${targetId(target)}: the engine refuses the unit ${what}`);
  return a;
}

function planFor(c: Collection, target: Target, exposure: number): Plan {
  const p = plan({ files: c.corpus.files, unit: c.unitName, version: target.version, mode: target.mode, target: exposure, needs: c.needs });
  if (!p.ok) throw new Error(`${c.service} on ${targetId(target)}: the planner has nothing to plan`);
  return p;
}

/** Scores a collection on a target with the engine, and plans the same unit. Throws if the engine refuses the unit. */
export function compareOn(c: Collection, target: Target): TargetComparison {
  const collection = report(collectionFiles(c), c, target, "with the collection's drop-in");
  return {
    target,
    before: report(c.corpus.files, c, target, 'as shipped'),
    collection,
    planner: planFor(c, target, COLLECTION_PLAN_TARGET),
    matching: planFor(c, target, collection.exposure),
  };
}

/** What one drop-in has that the other has not: setting keys, and scored rows where it does better. */
export interface Differences {
  /** Keys only the collection assigns. */
  readonly collectionKeys: readonly string[];
  /** Keys only the planner assigns. */
  readonly plannerKeys: readonly string[];
  /** Rows (as systemd names them, merged per setting by {@link groupRows}) that cost less with the collection's drop-in, in table order. */
  readonly collectionRows: readonly string[];
  /** Rows that cost less with the planner's drop-in, merged the same way. */
  readonly plannerRows: readonly string[];
}

/** Compares the collection's drop-in with the planner's (target 2.0) on one target. */
export function differences(c: Collection, cmp: TargetComparison): Differences {
  const collectionKeys = settingKeys(c.dropIn.toString('utf8'));
  const plannerKeys = cmp.planner.dropIn.assignments.map((a) => a.key).filter((k, i, all) => all.indexOf(k) === i);
  const cost = (r: Report): Map<string, number> => new Map(r.rows.map((row) => [row.id, contribution(row)]));
  const theirs = cost(cmp.collection);
  const ours = cost(cmp.planner.after);
  const rows = cmp.collection.rows;
  return {
    collectionKeys: collectionKeys.filter((k) => !plannerKeys.includes(k)),
    plannerKeys: plannerKeys.filter((k) => !collectionKeys.includes(k)),
    collectionRows: groupRows(rows.filter((r) => (theirs.get(r.id) ?? 0) < (ours.get(r.id) ?? 0)).map((r) => r.name)),
    plannerRows: groupRows(rows.filter((r) => (ours.get(r.id) ?? 0) < (theirs.get(r.id) ?? 0)).map((r) => r.name)),
  };
}

/**
 * Row names with the same setting merged, in first-seen order: `CapabilityBoundingSet=~CAP_KILL`
 * and `CapabilityBoundingSet=~CAP_SYS_CHROOT` become `CapabilityBoundingSet=~CAP_KILL ~CAP_SYS_CHROOT`;
 * a row named by its setting alone (`UMask=`) stays as it is.
 */
export function groupRows(names: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const at = name.indexOf('=');
    const key = at < 0 ? name : name.slice(0, at);
    const rest = at < 0 ? '' : name.slice(at + 1);
    const list = groups.get(key) ?? [];
    if (rest !== '') list.push(rest);
    groups.set(key, list);
  }
  return [...groups].map(([key, rests]) => `${key}=${rests.join(' ')}`);
}

/** What the real analyzer printed for one set of files. */
export interface OracleFigure {
  /** The overall exposure in tenths; null when it printed none (a refusal). */
  readonly exposure: number | null;
  readonly status: number;
  readonly stderr: string;
}

/** The four runs of one service on one target. */
export interface TargetRecord {
  readonly before: OracleFigure;
  readonly collection: OracleFigure;
  readonly planner: OracleFigure;
  readonly matching: OracleFigure;
}

/** `oracle.json` of a fixture folder: which analyzers answered, and what they printed per target. */
export interface CollectionRecord {
  /** Target id → the analyzer's name (`systemd 262 (262.1-1)`). */
  readonly oracles: Readonly<Record<TargetId, string>>;
  readonly targets: Readonly<Record<TargetId, TargetRecord>>;
}

const recordPath = (c: Collection, dir: string): string => join(dir, c.service, 'oracle.json');

/** The recorded oracle figures of a collection, or null when none were recorded yet. */
export function readCollectionRecord(c: Collection, dir: string = COLLECTIONS_DIR): CollectionRecord | null {
  const path = recordPath(c, dir);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CollectionRecord) : null;
}

/** Writes a collection's oracle figures (two-space JSON, a final newline). */
export function writeCollectionRecord(c: Collection, record: CollectionRecord, dir: string = COLLECTIONS_DIR): void {
  writeFileSync(recordPath(c, dir), `${JSON.stringify(record, null, 2)}\n`);
}
