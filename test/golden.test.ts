/**
 * The fidelity gate: for every target (each systemd version in each mode it has, see
 * scripts/lib/targets.ts: offline `252`…, live `live-245`…), every vendored corpus unit and every
 * hand-made case is run through the in-process CLI on an in-memory copy of the oracle's files
 * (`--offline=true`, or `--offline=false` for live: the files read as if installed), and what it
 * prints is compared with what the real `systemd-analyze security` printed (recorded by
 * `npm run record-oracle`). stdout and exit status must be identical. stderr must be identical too,
 * except for the (target, case) pairs listed in `fixtures/stderr-known-differences.tsv`; an
 * unlisted difference fails, a listed pair that now matches fails as stale, and at least 99 % of
 * all runs must match on stderr whatever the list says. The same holds for stdout and status with
 * `fixtures/environment-differences.tsv`: runs whose real output depends on the oracle machine
 * rather than on the unit (245 looks a plain command name up in PATH when it loads the unit).
 * A target is tested once its corpus has been recorded (every corpus unit must then be); cases not
 * recorded for it yet are counted in the summary line, which gives the counts per target.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { UnitFile } from '../src/engine/types.ts';
import { readCases, runEnv, runFiles, type ExpectedRun } from '../scripts/lib/cases.ts';
import { corpusRuns, readCorpusExpected, readCorpusUnits, unitName } from '../scripts/lib/corpus.ts';
import { memoryHost } from '../scripts/lib/memory-host.ts';
import { ORACLE_ENV } from '../scripts/lib/oracle.ts';
import { allTargets, parseTarget, targetId, type Target } from '../scripts/lib/targets.ts';
import { firstDifference } from './support/first-difference.ts';

const here = dirname(fileURLToPath(import.meta.url));
const TARGETS: readonly Target[] = allTargets();
const MIN_STDERR_MATCH = 0.99;
const SHOW = 15;

/** One thing to run: a corpus unit (named by its corpus path) or a hand-made case (by folder name). */
interface Subject {
  readonly name: string;
  readonly files: readonly UnitFile[];
  readonly unit: string;
  readonly env: Readonly<Record<string, string>>;
  /** null when this target was never recorded for the subject (counted; a defect for a corpus unit). */
  readonly runs: readonly ExpectedRun[] | null;
}

interface Outcome {
  readonly subject: string;
  readonly args: readonly string[];
  readonly stdoutOk: boolean;
  readonly stderrOk: boolean;
  readonly detail: string;
}

function subjects(target: Target): Subject[] {
  const id = targetId(target);
  const expected = readCorpusExpected(id);
  const byUnit = new Map((expected?.entries ?? []).map((e) => [e.unit, e]));
  const corpus = readCorpusUnits().map((u): Subject => {
    const e = byUnit.get(u.unit);
    return { name: u.unit, files: u.files, unit: unitName(u.unit), env: ORACLE_ENV, runs: e === undefined ? null : corpusRuns(e, target.mode) };
  });
  const cases = readCases(join(here, 'fixtures/cases')).map((c): Subject => ({
    name: c.name,
    // live, only the unit files are installed (no policy file: live runs name none)
    files: target.mode === 'live' ? c.files : runFiles(c),
    unit: c.unit,
    env: runEnv(c),
    runs: c.expected[id] ?? null,
  }));
  return [...corpus, ...cases];
}

/**
 * `target\tcase` pairs listed in `fixtures/FILE` (stderr-known-differences.tsv,
 * environment-differences.tsv): one line per target, so staleness is checked per target.
 */
function knownDifferences(file: string): Set<string> {
  const text = readFileSync(join(here, 'fixtures', file), 'utf8');
  const known = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [target, name, reason] = line.split('\t');
    if (target === undefined || name === undefined || reason === undefined || reason.trim() === '') {
      throw new Error(`${file}: malformed line ${JSON.stringify(line)}`);
    }
    const parsed = parseTarget(target);
    if (parsed === null || targetId(parsed) !== target) throw new Error(`${file}: bad target ${target} (252 for offline, live-252 for live)`);
    known.add(`${target}\t${name}`);
  }
  return known;
}


function runSubject(s: Subject, target: Target): Outcome[] {
  if (s.runs === null) return [];
  const host = memoryHost(s.files, s.env);
  return s.runs.map((run) => {
    // run.args hold the mode: --offline=true, or --offline=false for live
    const argv = ['security', ...run.args, `./${s.unit}`, `--systemd=${target.version}`];
    let got: { stdout: string; stderr: string; status: number };
    try {
      got = main(argv, host);
    } catch (error) {
      got = { stdout: '', stderr: `<threw ${String(error)}>`, status: -1 };
    }
    const stdoutOk = got.stdout === run.stdout && got.status === run.status;
    const stderrOk = got.stderr === run.stderr;
    const detail = [
      got.status !== run.status ? `status want ${run.status} got ${got.status}` : '',
      got.stdout !== run.stdout ? firstDifference('stdout', run.stdout, got.stdout) : '',
      !stderrOk ? firstDifference('stderr', run.stderr, got.stderr) : '',
    ].filter((d) => d !== '').join('; ');
    return { subject: s.name, args: run.args, stdoutOk, stderrOk, detail };
  });
}

function describeOutcomes(outcomes: readonly Outcome[]): string[] {
  const lines = outcomes.slice(0, SHOW).map((o) => `${o.subject} [${o.args.join(' ')}]: ${o.detail}`);
  if (outcomes.length > SHOW) lines.push(`… and ${outcomes.length - SHOW} more`);
  return lines;
}

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.log(`golden fixtures:\n${summary.join('\n')}`);
});

/** Targets whose corpus has been recorded on this checkout; the others are named in a notice. */
const RECORDED = TARGETS.filter((t) => readCorpusExpected(targetId(t)) !== null);
const UNRECORDED = TARGETS.filter((t) => !RECORDED.includes(t)).map(targetId);
if (UNRECORDED.length > 0) summary.push(`  not recorded yet (npm run record-oracle -- --mode=… --systemd=…): ${UNRECORDED.join(', ')}`);

describe.each(RECORDED.map((t) => ({ ...t, id: targetId(t) })))('target $id (systemd $version, $mode)', (target) => {
  const id = target.id;
  let outcomes: Outcome[] = [];
  let subjectCount = 0;
  let unrecordedCorpus: string[] = [];
  let unrecordedCases = 0;
  const knownStderr = knownDifferences('stderr-known-differences.tsv');
  const knownStdout = knownDifferences('environment-differences.tsv');

  beforeAll(() => {
    const all = subjects(target);
    subjectCount = all.length;
    const corpusNames = new Set(readCorpusUnits().map((u) => u.unit));
    unrecordedCorpus = all.filter((s) => s.runs === null && corpusNames.has(s.name)).map((s) => s.name);
    unrecordedCases = all.filter((s) => s.runs === null && !corpusNames.has(s.name)).length;
    outcomes = all.flatMap((s) => runSubject(s, target));
    const stdoutOk = outcomes.filter((o) => o.stdoutOk).length;
    const stderrOk = outcomes.filter((o) => o.stderrOk).length;
    summary.push(
      `  ${id.padEnd(8)}: ${subjectCount} cases, ${outcomes.length} runs, stdout+status match ${stdoutOk}/${outcomes.length}, ` +
        `stderr match ${stderrOk}/${outcomes.length}${unrecordedCases > 0 ? `, ${unrecordedCases} hand-made cases not recorded` : ''}`,
    );
  }, 300_000);

  it('has every corpus unit recorded', () => {
    expect(subjectCount).toBeGreaterThan(1000);
    expect(unrecordedCorpus.slice(0, SHOW)).toEqual([]);
  });

  it('prints the same stdout and exits with the same status as the oracle, except for listed environment differences', () => {
    const unlisted = outcomes.filter((o) => !o.stdoutOk && !knownStdout.has(`${id}\t${o.subject}`));
    expect(describeOutcomes(unlisted)).toEqual([]);
  });

  it('prints the same stderr, except for listed known differences', () => {
    const unlisted = outcomes.filter((o) => !o.stderrOk && !knownStderr.has(`${id}\t${o.subject}`) && !knownStdout.has(`${id}\t${o.subject}`));
    expect(describeOutcomes(unlisted)).toEqual([]);
  });

  it('matches stderr on at least 99 % of runs, and lists no difference that has gone away', () => {
    const differing = new Set(outcomes.filter((o) => !o.stderrOk).map((o) => o.subject));
    const differingStdout = new Set(outcomes.filter((o) => !o.stdoutOk).map((o) => o.subject));
    const stale = (known: Set<string>, now: Set<string>): string[] => [...known]
      .filter((k) => k.startsWith(`${id}\t`))
      .map((k) => k.slice(k.indexOf('\t') + 1))
      .filter((name) => !now.has(name));
    expect(stale(knownStderr, differing)).toEqual([]);
    expect(stale(knownStdout, differingStdout)).toEqual([]);
    const matched = outcomes.filter((o) => o.stderrOk).length;
    expect(matched / outcomes.length).toBeGreaterThanOrEqual(MIN_STDERR_MATCH);
  });
});
