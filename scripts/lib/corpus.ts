/**
 * The vendored corpus: real Debian service units and what the real oracles printed for them,
 * stored compactly under `test/fixtures/corpus/` so the golden test runs without `../shared` and
 * without systemd.
 *
 * ```
 * units.jsonl.gz          one line per unit, sorted by `unit`:
 *                         { "unit": "pkg/x.service",
 *                           "files": [{ "path": "x.service", "text": "…" },
 *                                     { "path": "x.service.d/10-a.conf", "text": "…" }] }
 *                         `files` is exactly the content of the oracle's run folder (see unitFilesIn),
 *                         paths relative to it, texts byte-exact (every file is valid UTF-8: the
 *                         vendoring script refuses any that is not).
 * expected-<v>.jsonl.gz   the format of ../shared/corpus/: a first line { "oracle": "systemd 252 (…)" },
 *                         then one line per unit, in units.jsonl.gz order:
 *                         { unit, text_rc, json_rc, text, json, stderr?, json_stderr? }
 * expected-live-<v>.jsonl.gz  the same for live mode (`systemd-analyze security NAME` with the unit's
 *                         files installed in /etc/systemd/system, see live-oracle.ts)
 * provenance.tsv          which Debian package and version each unit file came from
 * ```
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AnalysisMode, UnitFile } from '../../src/engine/types.ts';
import type { ExpectedRun } from './cases.ts';
import type { TargetId } from './targets.ts';

/** `test/fixtures/corpus/` of this checkout. */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/corpus');

/**
 * A file of a corpus unit. `executable` is set when the packaged file had an execute bit: systemd
 * then warns `Configuration file … is marked executable`, which no text-only input can reproduce
 * (rapiddisk/rapiddiskd.service is the one such unit).
 */
export interface CorpusFile extends UnitFile {
  readonly executable?: true;
}

/** One corpus unit: its path under `units/` and the files its run folder holds. */
export interface CorpusUnit {
  readonly unit: string;
  readonly files: readonly CorpusFile[];
}

/** One line of `expected-<v>.jsonl.gz`: both runs of one unit. */
export interface CorpusExpectation {
  readonly unit: string;
  readonly text_rc: number;
  readonly json_rc: number;
  readonly text: string;
  readonly json: string;
  /** stderr of the text run; absent when empty. */
  readonly stderr?: string;
  /** stderr of the JSON run, only where it differs from `stderr`. */
  readonly json_stderr?: string;
}

/** A version's expectations: the provenance line's oracle name and one entry per unit. */
export interface CorpusExpectations {
  readonly oracle: string;
  readonly entries: readonly CorpusExpectation[];
}

/** The two runs every corpus unit gets offline, in the order of {@link corpusRuns}. */
export const CORPUS_ARGS = { text: ['--offline=true'], json: ['--offline=true', '--json=short'] } as const;

/** The two runs every corpus unit gets live (the CLI's arguments; the live oracle drops `--offline=false`). */
export const CORPUS_LIVE_ARGS = { text: ['--offline=false'], json: ['--offline=false', '--json=short'] } as const;

/** The runs of a mode. */
export function corpusArgs(mode: AnalysisMode): typeof CORPUS_ARGS | typeof CORPUS_LIVE_ARGS {
  return mode === 'live' ? CORPUS_LIVE_ARGS : CORPUS_ARGS;
}

/** The file name of the unit itself (`x.service` for `pkg/x.service`). */
export function unitName(unit: string): string {
  return unit.slice(unit.lastIndexOf('/') + 1);
}

function readJsonl<T>(path: string): T[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Every vendored unit, in file order; throws if `units.jsonl.gz` is missing. */
export function readCorpusUnits(dir: string = CORPUS_DIR): CorpusUnit[] {
  return readJsonl<CorpusUnit>(join(dir, 'units.jsonl.gz'));
}

/** The expectations recorded for a target (`252`, `live-252`), or null when that file is missing. */
export function readCorpusExpected(target: TargetId, dir: string = CORPUS_DIR): CorpusExpectations | null {
  const path = join(dir, `expected-${target}.jsonl.gz`);
  if (!existsSync(path)) return null;
  const [head, ...entries] = readJsonl<Record<string, unknown>>(path);
  const oracle = head?.['oracle'];
  if (typeof oracle !== 'string') throw new Error(`corpus: ${path} lacks its provenance line`);
  return { oracle, entries: entries as unknown as CorpusExpectation[] };
}

/** One expectation line as the two runs of the golden case format (text first, then JSON). */
export function corpusRuns(e: CorpusExpectation, mode: AnalysisMode = 'offline'): ExpectedRun[] {
  const args = corpusArgs(mode);
  return [
    { args: args.text, stdout: e.text, stderr: e.stderr ?? '', status: e.text_rc },
    { args: args.json, stdout: e.json, stderr: e.json_stderr ?? e.stderr ?? '', status: e.json_rc },
  ];
}

/** Builds an expectation line from the two runs (text, then JSON), leaving out empty/equal stderr. */
export function corpusExpectation(unit: string, text: ExpectedRun, json: ExpectedRun): CorpusExpectation {
  return {
    unit,
    json_rc: json.status,
    text_rc: text.status,
    text: text.stdout,
    json: json.stdout,
    ...(text.stderr !== '' ? { stderr: text.stderr } : {}),
    ...(json.stderr !== text.stderr ? { json_stderr: json.stderr } : {}),
  };
}

function fileAt(root: string, path: string): CorpusFile {
  const full = join(root, path);
  const bytes = readFileSync(full);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw new Error(`corpus: ${path} is not valid UTF-8`);
  return (statSync(full).mode & 0o111) !== 0 ? { path, text, executable: true } : { path, text };
}

function filesUnder(root: string, rel: string): CorpusFile[] {
  const full = join(root, rel);
  if (!existsSync(full) || !statSync(full).isDirectory()) return [];
  return readdirSync(full)
    .sort()
    .flatMap((entry) => {
      const path = `${rel}/${entry}`;
      return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [fileAt(root, path)];
    });
}

/**
 * The files of unit `name` in package folder `pkgDir`, chosen as the corpus was recorded: the unit,
 * its `name.d/` folder, and for an instance `foo@bar.service` also the template's `foo@.service.d/`
 * (not the template file itself). Throws on a file that is not valid UTF-8.
 */
export function unitFilesIn(pkgDir: string, name: string): CorpusFile[] {
  const files: CorpusFile[] = [fileAt(pkgDir, name)];
  files.push(...filesUnder(pkgDir, `${name}.d`));
  const instance = /^([^@]+)@(.+)\.([a-z]+)$/.exec(name);
  if (instance !== null) files.push(...filesUnder(pkgDir, `${instance[1]}@.${instance[3]}.d`));
  return files;
}
