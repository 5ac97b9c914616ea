/**
 * Runs the real LIVE `systemd-analyze security NAME` of a systemd version (a namespaced manager with
 * the unit installed in its /etc/systemd/system) on many subjects at once, through
 * `../shared/tools/systemd-live-oracle MAJOR [OPT...] --outdir=DIR FILE...`: one manager boot per
 * batch, the subjects loaded in rounds (the tool clears /etc/systemd/system and daemon-reloads
 * between rounds).
 *
 * The tool copies only each FILE and the `FILE.d/` beside it, so a subject's other entries go in as
 * extra FILEs of the same round, their output ignored: its other top-level files (a template
 * `foo@.service` beside the instance `foo@bar.service`, `./a.service` of a multi-unit case), and for a
 * drop-in folder `X.d/` without a file `X` (type-wide `service.d/`, prefix `a-.service.d/`, a
 * template's `foo@.service.d/`) an EMPTY placeholder file `X` (an invalid name or a masked unit:
 * neither changes how the subject loads). Subjects share a round only when none of their names meet
 * and none has a folder that reaches other units (`service.d/`, `a-.service.d/`): such a subject
 * gets a round alone. Every round starts with the same separator unit, so the tool cuts its rounds
 * exactly where this plan does (it starts a new round where a file name repeats).
 * An instance `foo@bar.service` whose files hold only its template `foo@.service` is given as a copy
 * of the template named `foo@bar.service` (the tool needs a FILE of that name): on 262, for a
 * template using %i in User=, RootDirectory= and ExecStart= with a template drop-in, that printed
 * byte for byte what the manager printed for the instance made from the template.
 * Used by `record-oracle`, the differential fuzz test; never by the site or the engine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SystemdVersion, UnitFile } from '../../src/engine/types.ts';
import { VERSIONS } from '../../src/engine/versions/list.ts';
import { ORACLE_ENV, sharedTool, type OracleRun } from './oracle.ts';

/** One unit to analyse live: the files installed for it and the name asked for. */
export interface LiveSubject {
  readonly files: readonly UnitFile[];
  /** A top-level path of `files` (a template `foo@.service` is asked as systemd does it: as its test instance). */
  readonly unit: string;
}

/** Options of {@link runLiveOracle}. */
export interface LiveOptions {
  /** Merged over {@link ORACLE_ENV}; `undefined` removes a key. Reaches systemd-analyze, not the manager. */
  readonly extraEnv?: Readonly<Record<string, string | undefined>>;
  /** Subjects per manager boot (default 400). */
  readonly batchSize?: number;
  /** Called after each boot with the number of subjects done. */
  readonly onBatch?: (done: number, total: number) => void;
}

/** Every version the engine knows: each has a live mode. */
const ALL: readonly SystemdVersion[] = VERSIONS.map((v) => v.id);
const SEPARATOR = 'unitscore-live-round.service';
const SEPARATOR_TEXT = '[Service]\nExecStart=/bin/true\n';

/** The `systemd-live-oracle` wrapper beside the checkout, or `$SYSTEMD_LIVE_ORACLE` (see `sharedTool`). */
export function liveOracleTool(): string | null {
  return sharedTool('systemd-live-oracle', 'SYSTEMD_LIVE_ORACLE');
}

/** The versions whose manager the live oracle can boot here (none unless root). */
export function availableLiveOracles(): SystemdVersion[] {
  const tool = liveOracleTool();
  if (tool === null || process.getuid?.() !== 0) return [];
  const out = spawnSync(tool, ['list'], { encoding: 'utf8' }).stdout ?? '';
  const majors = new Set(out.split('\n').map((line) => line.trim().split(/\s+/)[0]));
  return ALL.filter((v) => majors.has(v));
}

/** `systemd 262 (262.1-1)` for the provenance line of the live fixtures. */
export function liveOracleName(version: SystemdVersion): string {
  const tool = liveOracleTool();
  const line = tool === null ? undefined : (spawnSync(tool, ['list'], { encoding: 'utf8' }).stdout ?? '').split('\n').find((l) => l.startsWith(`${version} `));
  return line === undefined ? `systemd ${version}` : `systemd ${version} (${line.split(/\s+/)[1]}), live`;
}

/** The unit-ish name a top-level entry stands for: `x.service` for `x.service.d/…`, else the path itself. */
function topName(path: string): { name: string; folder: boolean } {
  const slash = path.indexOf('/');
  if (slash === -1) return { name: path, folder: false };
  const top = path.slice(0, slash);
  return { name: top.endsWith('.d') ? top.slice(0, -2) : top, folder: true };
}

/** `foo@.service` for `foo@bar.service` and `foo@.service`, else null. */
function templateOf(unit: string): string | null {
  const m = /^([^@/]+)@[^@/]*(\.[a-z]+)$/.exec(unit);
  return m === null ? null : `${m[1]}@${m[2]}`;
}

/** A subject ready to load: the FILEs to give (unit first), the names it claims, whether it is alone. */
interface Planned {
  readonly index: number;
  readonly files: readonly string[];
  /** Files to create besides the subject's: empty placeholders, or the instance copied from its template. */
  readonly extra: readonly UnitFile[];
  readonly keys: ReadonlySet<string>;
  readonly alone: boolean;
}

function plan(s: LiveSubject, index: number): Planned {
  const template = templateOf(s.unit);
  const templateFile = s.files.find((f) => f.path === template);
  const instanceCopy = !s.files.some((f) => f.path === s.unit) && templateFile !== undefined && template !== s.unit;
  if (s.unit.includes('/') || (!s.files.some((f) => f.path === s.unit) && !instanceCopy)) throw new Error(`live oracle: ${s.unit} is not a top-level file of the subject`);
  const tops = [...s.files.map((f) => topName(f.path)), ...(instanceCopy ? [{ name: s.unit, folder: false }] : [])];
  const fileNames = new Set(tops.filter((t) => !t.folder).map((t) => t.name));
  const folderNames = new Set(tops.filter((t) => t.folder).map((t) => t.name));
  const keys = new Set([s.unit, ...fileNames, ...folderNames, ...(template === null ? [] : [template])]);
  if (keys.has(SEPARATOR)) throw new Error(`live oracle: ${SEPARATOR} is reserved`);
  // A type-wide (`service.d`) or prefix (`a-.service.d`) folder reaches units of other subjects.
  const alone = [...folderNames].some((n) => !n.includes('.') || /-\.[a-z]+$/.test(n));
  const placeholders = [...folderNames].filter((n) => !fileNames.has(n));
  const extra = [...placeholders.map((path) => ({ path, text: '' })), ...(instanceCopy ? [{ path: s.unit, text: templateFile.text }] : [])];
  return { index, files: [s.unit, ...[...fileNames].filter((n) => n !== s.unit), ...placeholders], extra, keys, alone };
}

/** Groups planned subjects into rounds: first fit, no shared names, `alone` subjects by themselves. */
function rounds(planned: readonly Planned[]): Planned[][] {
  const out: { members: Planned[]; keys: Set<string>; closed: boolean }[] = [];
  for (const p of planned) {
    const fit = p.alone ? undefined : out.find((r) => !r.closed && ![...p.keys].some((k) => r.keys.has(k)));
    if (fit !== undefined) {
      fit.members.push(p);
      for (const k of p.keys) fit.keys.add(k);
    } else {
      out.push({ members: [p], keys: new Set(p.keys), closed: p.alone });
    }
  }
  return out.map((r) => r.members);
}

function oracleEnv(extra: LiveOptions['extraEnv']): Record<string, string> {
  const env: Record<string, string> = {};
  const wrapperEnv = { HOME: process.env['HOME'], SYSTEMD_ORACLES: process.env['SYSTEMD_ORACLES'], TMPDIR: process.env['TMPDIR'] };
  // The wrapper needs the sbin folders (pivot_root, nsenter); systemd-analyze prints nothing of PATH.
  for (const [k, v] of Object.entries({ ...wrapperEnv, ...ORACLE_ENV, PATH: '/usr/sbin:/usr/bin:/sbin:/bin', ...extra })) if (v !== undefined) env[k] = v;
  return env;
}

function spawnTool(tool: string, argv: readonly string[], env: Record<string, string>): Promise<{ status: number; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ status: code ?? -1, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Runs one boot of the live oracle on `subjects` (all of one batch); results in subject order, null
 * for a subject the tool could not ask about: after a unit that killed the manager (247 dies loading
 * a `Type=dbus` service without a bus name), it cannot enter the dead manager's namespaces.
 */
async function runBatch(tool: string, version: SystemdVersion, subjects: readonly LiveSubject[], args: readonly string[], env: Record<string, string>): Promise<(OracleRun | null)[]> {
  const work = mkdtempSync(join(tmpdir(), 'unitscore-live-'));
  try {
    const argv: string[] = [version, ...args, `--outdir=${join(work, 'out')}`];
    const position = new Map<number, number>();
    let files = 0; // the tool numbers its outputs by FILE position, from 1
    writeFileSync(join(work, SEPARATOR), SEPARATOR_TEXT, { mode: 0o644 });
    const planned = subjects.map((s, i) => plan(s, i));
    for (const round of rounds(planned)) {
      argv.push(join(work, SEPARATOR));
      files++;
      for (const p of round) {
        const dir = join(work, `s${p.index}`);
        for (const f of [...subjects[p.index]!.files, ...p.extra]) {
          mkdirSync(dirname(join(dir, f.path)), { recursive: true });
          writeFileSync(join(dir, f.path), f.text, { mode: 0o644 });
        }
        position.set(p.index, files + 1);
        argv.push(...p.files.map((name) => join(dir, name)));
        files += p.files.length;
      }
    }
    await spawnTool(tool, argv, env);
    return subjects.map((s, i) => {
      const base = join(work, 'out', `${position.get(i)!}.${s.unit}`);
      if (!existsSync(`${base}.rc`)) return null;
      const stderr = readFileSync(`${base}.stderr`, 'utf8');
      // The tool could not reach the manager any more: its own complaint, not the analyzer's output.
      if (stderr.startsWith('nsenter: ')) return null;
      return { stdout: readFileSync(`${base}.stdout`, 'utf8'), stderr, status: Number(readFileSync(`${base}.rc`, 'utf8').trim()) };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Runs live `systemd-analyze security ARGS NAME` of `version` for every subject; `args` are the
 * analyzer's options (`--offline=false` is dropped, as live is what this runs). Results in subject
 * order; nothing is normalised (live stderr holds no run folder). Throws when the oracle is missing or
 * a boot fails.
 */
export async function runLiveOracle(version: SystemdVersion, subjects: readonly LiveSubject[], args: readonly string[] = [], options: LiveOptions = {}): Promise<OracleRun[]> {
  const tool = liveOracleTool();
  if (tool === null) throw new Error('live oracle: no systemd-live-oracle (set SYSTEMD_LIVE_ORACLE, or put shared/ beside the checkout)');
  if (args.some((a) => a.startsWith('--offline') && a !== '--offline=false')) throw new Error(`live oracle: ${args.join(' ')}: offline options make no sense live`);
  const toolArgs = args.filter((a) => a !== '--offline=false');
  const env = oracleEnv(options.extraEnv);
  const size = options.batchSize ?? 400;
  const results: OracleRun[] = [];
  for (let start = 0; start < subjects.length; start += size) {
    results.push(...(await runUntilAnswered(tool, version, subjects.slice(start, start + size), toolArgs, env)));
    options.onBatch?.(results.length, subjects.length);
  }
  return results;
}

/**
 * {@link runBatch} on `subjects`, then again (in a fresh manager) on those left without a result,
 * until every one has one: each unit is asked about on its own, so a later boot answers as the
 * first would have. Throws when a boot answers none of those it was given (it failed to boot).
 */
async function runUntilAnswered(tool: string, version: SystemdVersion, subjects: readonly LiveSubject[], args: readonly string[], env: Record<string, string>): Promise<OracleRun[]> {
  const results: (OracleRun | null)[] = subjects.map(() => null);
  let missing = subjects.map((_, i) => i);
  while (missing.length > 0) {
    const answers = await runBatch(tool, version, missing.map((i) => subjects[i]!), args, env);
    missing.forEach((i, k) => (results[i] = answers[k] ?? null));
    const left = missing.filter((i) => results[i] === null);
    if (left.length === missing.length) throw new Error(`live oracle ${version} produced no result for ${subjects[missing[0]!]!.unit} (nor for the ${missing.length - 1} after it)`);
    missing = left;
  }
  return results as OracleRun[];
}
