/**
 * The golden CASE format: a hand-made input (unit files, CLI arguments, environment, policy) and
 * what the real `systemd-analyze security` of each systemd version printed for it.
 *
 * A case is a folder `<root>/<name>/` (root is usually `test/fixtures/cases/`):
 *
 * ```
 * case.json            { "description": string,
 *                        "unit"?:   string,                  // default: the only file with no '/'
 *                        "runs"?:   string[][],              // CLI argument lists, default DEFAULT_RUNS
 *                        "env"?:    Record<string, string | null>,  // over ORACLE_ENV; null removes the key
 *                        "policy"?: string }                 // --security-policy JSON text (see below)
 * files/…              the unit files exactly as the oracle gets them, drop-ins in subfolders
 *                      (`files/x.service`, `files/x.service.d/10-a.conf`, `files/service.d/y.conf`)
 * expected-252.json    [{ "args": string[], "stdout": string, "stderr": string, "status": number }, …]
 * expected-257.json    one entry per run, in `runs` order; `{dir}` in stderr stands for the run folder
 * expected-262.json    (one file per offline version: 252, 254, 255, 257, 262)
 * expected-live-262.json  the live runs (245 … 262), in `liveRuns` order (see {@link liveRunsOf})
 * ```
 *
 * Every run executes `systemd-analyze security ARGS ./UNIT` in a fresh folder holding exactly the
 * files (and `policy.json` when `policy` is set), so `ARGS` may name other files of the case
 * (`./b.service`) to analyse several units in one call; the unit is always the last argument.
 * When `policy` is set the file `policy.json` is written beside the unit; runs must reference it
 * themselves (`--security-policy=policy.json`), except that the default runs do so automatically.
 *
 * LIVE, the files are installed in a running manager's /etc/systemd/system and the unit is asked for
 * by name (`systemd-analyze security NAME`, see live-oracle.ts): no run folder, no policy file, one
 * unit per call. A case's live runs are its runs with `--offline=true` replaced by `--offline=false`,
 * leaving out those that name a file (`./b.service`, `--security-policy=`); when none is left, the
 * text table and the short JSON. The golden test calls the CLI with them as `security ARGS ./UNIT`.
 *
 * The `expected-*.json` files are written only by {@link recordCase} / {@link recordCasesLive} from a
 * real oracle, never by hand.
 * Files under `files/` are kept byte-exact in git by `test/fixtures/.gitattributes` (`-text`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SystemdVersion, UnitFile } from '../../src/engine/types.ts';
import { availableOracles, ORACLE_ENV, runOracle } from './oracle.ts';
import { availableLiveOracles, runLiveOracle } from './live-oracle.ts';
import { allTargets, targetId, type TargetId } from './targets.ts';

/** The runs a case gets when `case.json` has no `runs`: the text table and the short JSON. */
export const DEFAULT_RUNS: readonly (readonly string[])[] = [['--offline=true'], ['--offline=true', '--json=short']];

/** The live runs of a case none of whose runs can be asked live: the text table and the short JSON. */
export const LIVE_DEFAULT_RUNS: readonly (readonly string[])[] = [['--offline=false'], ['--offline=false', '--json=short']];

/** The file name a case's policy is written to beside the unit. */
export const POLICY_FILE = 'policy.json';

/** What a case is made of, before any recording: the content of `case.json` plus its files. */
export interface CaseInput {
  readonly description: string;
  /** The analysed unit (a path in `files`); default: the only file whose path has no `/`. */
  readonly unit?: string;
  /** CLI argument lists, one run each; default {@link DEFAULT_RUNS} (plus the policy flag if any). */
  readonly runs?: readonly (readonly string[])[];
  /** Overrides of {@link ORACLE_ENV}; `null` removes the variable (e.g. `{ TERM: null }`). */
  readonly env?: Readonly<Record<string, string | null>>;
  /** A `--security-policy=` JSON text, written as {@link POLICY_FILE} beside the unit. */
  readonly policy?: string;
  readonly files: readonly UnitFile[];
}

/** One recorded run: the arguments before `./UNIT`, and what the oracle printed and returned. */
export interface ExpectedRun {
  readonly args: readonly string[];
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** A case as read back from disk, with every default resolved. */
export interface GoldenCase {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly runs: readonly (readonly string[])[];
  readonly env: Readonly<Record<string, string | null>>;
  readonly policy: string | null;
  /** The unit files only (not the policy), sorted by path. */
  readonly files: readonly UnitFile[];
  /** The CLI argument lists of the live runs (see {@link liveRunsOf}). */
  readonly liveRuns: readonly (readonly string[])[];
  /** The recorded runs per target (`252`, `live-252`); a target is absent when it was never recorded. */
  readonly expected: Partial<Record<TargetId, readonly ExpectedRun[]>>;
}

/**
 * A case's live runs: each offline run with `--offline=true` replaced by `--offline=false`, without
 * the runs that name a file (other units, a policy), duplicates removed; {@link LIVE_DEFAULT_RUNS}
 * when nothing is left.
 */
export function liveRunsOf(runs: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const run of runs) {
    if (run.some((a) => a.startsWith('./') || a.startsWith('--security-policy') || a.startsWith('--root') || a.startsWith('--image'))) continue;
    const live = ['--offline=false', ...run.filter((a) => !a.startsWith('--offline'))];
    if (!seen.has(JSON.stringify(live))) out.push(live);
    seen.add(JSON.stringify(live));
  }
  return out.length > 0 ? out : LIVE_DEFAULT_RUNS;
}

/** The default unit of a file list: the only path without `/`; throws when there are none or several. */
export function defaultUnit(files: readonly UnitFile[]): string {
  const top = files.filter((f) => !f.path.includes('/')).map((f) => f.path);
  if (top.length !== 1) throw new Error(`cases: cannot choose the unit among [${top.join(', ')}]; set "unit"`);
  return top[0]!;
}

function resolveRuns(runs: CaseInput['runs'], policy: string | null): readonly (readonly string[])[] {
  if (runs !== undefined) return runs;
  if (policy === null) return DEFAULT_RUNS;
  return DEFAULT_RUNS.map((args) => [...args, `--security-policy=${POLICY_FILE}`]);
}

/** The files a run's folder holds: the unit files plus `policy.json` when the case has a policy. */
export function runFiles(c: GoldenCase): UnitFile[] {
  return c.policy === null ? [...c.files] : [...c.files, { path: POLICY_FILE, text: c.policy }];
}

/** The complete environment of a case's runs: {@link ORACLE_ENV} with the case's overrides applied. */
export function runEnv(c: Pick<GoldenCase, 'env'>): Record<string, string> {
  const env: Record<string, string> = { ...ORACLE_ENV };
  for (const [k, v] of Object.entries(c.env)) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  return env;
}

function listFiles(dir: string, prefix = ''): UnitFile[] {
  const out: UnitFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    const rel = prefix === '' ? entry : `${prefix}/${entry}`;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push({ path: rel, text: readFileSync(full, 'utf8') });
  }
  return out;
}

/** Reads one case folder; throws on a malformed `case.json`. */
export function readCase(root: string, name: string): GoldenCase {
  const dir = join(root, name);
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Omit<CaseInput, 'files'>;
  if (typeof meta.description !== 'string') throw new Error(`cases: ${name}/case.json has no description`);
  const files = listFiles(join(dir, 'files'));
  const policy = meta.policy ?? null;
  const expected: Partial<Record<TargetId, readonly ExpectedRun[]>> = {};
  for (const id of allTargets().map(targetId)) {
    const path = join(dir, `expected-${id}.json`);
    if (existsSync(path)) expected[id] = JSON.parse(readFileSync(path, 'utf8')) as ExpectedRun[];
  }
  const runs = resolveRuns(meta.runs, policy);
  return {
    name,
    description: meta.description,
    unit: meta.unit ?? defaultUnit(files),
    runs,
    liveRuns: liveRunsOf(runs),
    env: meta.env ?? {},
    policy,
    files,
    expected,
  };
}

/** Every case under `root` (folders holding a `case.json`), sorted by name; `[]` if root is missing. */
export function readCases(root: string): GoldenCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'case.json')))
    .sort()
    .map((name) => readCase(root, name));
}

/**
 * Writes a case's inputs (`case.json` and `files/`), replacing any earlier files of that case but
 * keeping its recorded `expected-*.json` (re-record them with {@link recordCase}). Validates that the
 * unit exists among the files. Names must be plain folder names.
 */
export function writeCase(root: string, name: string, input: CaseInput): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name)) throw new Error(`cases: bad case name ${JSON.stringify(name)}`);
  const unit = input.unit ?? defaultUnit(input.files);
  if (!input.files.some((f) => f.path === unit)) throw new Error(`cases: ${name}: unit ${unit} is not among the files`);
  const dir = join(root, name);
  rmSync(join(dir, 'files'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const meta: Record<string, unknown> = { description: input.description };
  if (input.unit !== undefined) meta['unit'] = input.unit;
  if (input.runs !== undefined) meta['runs'] = input.runs;
  if (input.env !== undefined) meta['env'] = input.env;
  if (input.policy !== undefined) meta['policy'] = input.policy;
  writeFileSync(join(dir, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
  for (const file of input.files) {
    const path = join(dir, 'files', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/**
 * Runs every run of a case through the real oracle of each given version and writes
 * `expected-<version>.json`. Throws if an oracle is missing (checked first: without the
 * `systemd-oracle` wrapper `runOracle` would silently run the host's analyzer for any version);
 * returns the number of runs recorded.
 */
export function recordCase(root: string, name: string, versions: readonly SystemdVersion[]): number {
  const present = availableOracles();
  const missing = versions.filter((v) => !present.includes(v));
  if (missing.length > 0) throw new Error(`cases: no oracle for systemd ${missing.join(', ')} (have: ${present.join(', ') || 'none'})`);
  const c = readCase(root, name);
  const files = runFiles(c);
  const extraEnv: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(c.env)) extraEnv[k] = v ?? undefined;
  let count = 0;
  for (const version of versions) {
    const runs: ExpectedRun[] = c.runs.map((args) => {
      const r = runOracle(version, files, args, { unit: c.unit, extraEnv });
      count++;
      return { args: [...args], stdout: r.stdout, stderr: r.stderr, status: r.status };
    });
    writeFileSync(join(root, name, `expected-${version}.json`), `${JSON.stringify(runs, null, 1)}\n`);
  }
  return count;
}

/**
 * Records the live runs of the cases `names` on each of `versions` through the live oracle, batched:
 * the runs sharing arguments and environment go through one manager boot. Writes
 * `expected-live-<version>.json`; throws if an oracle is missing. Returns the number of runs recorded.
 */
export async function recordCasesLive(root: string, names: readonly string[], versions: readonly SystemdVersion[], log: (line: string) => void = () => undefined): Promise<number> {
  const present = availableLiveOracles();
  const missing = versions.filter((v) => !present.includes(v));
  if (missing.length > 0) throw new Error(`cases: no live oracle for systemd ${missing.join(', ')} (have: ${present.join(', ') || 'none'})`);
  const cases = names.map((name) => readCase(root, name));
  // One oracle call per (arguments, environment): the live oracle gives every unit of a call the same options.
  const groups = new Map<string, { args: readonly string[]; env: Readonly<Record<string, string | null>>; at: [number, number][] }>();
  cases.forEach((c, i) => c.liveRuns.forEach((args, k) => {
    const key = JSON.stringify([args, Object.entries(c.env).sort()]);
    const group = groups.get(key) ?? { args, env: c.env, at: [] };
    group.at.push([i, k]);
    groups.set(key, group);
  }));
  let count = 0;
  for (const version of versions) {
    const started = Date.now();
    const results = cases.map((c) => new Array<ExpectedRun>(c.liveRuns.length));
    // Two boots at a time: most of a boot's time is daemon-reloads between rounds (175 cases are x.service).
    const pending = [...groups.values()];
    const worker = async (): Promise<void> => {
      for (let group = pending.shift(); group !== undefined; group = pending.shift()) {
        const extraEnv: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(group.env)) extraEnv[k] = v ?? undefined;
        const subjects = group.at.map(([i]) => ({ files: cases[i]!.files, unit: cases[i]!.unit }));
        const runs = await runLiveOracle(version, subjects, group.args, { extraEnv });
        const args = group.args;
        group.at.forEach(([i, k], j) => {
          results[i]![k] = { args: [...args], ...runs[j]! };
        });
        count += runs.length;
      }
    };
    await Promise.all([worker(), worker()]);
    cases.forEach((c, i) => writeFileSync(join(root, c.name, `expected-live-${version}.json`), `${JSON.stringify(results[i], null, 1)}\n`));
    log(`cases live-${version}: ${cases.length} cases, ${groups.size} oracle calls, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return count;
}
