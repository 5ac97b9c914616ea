/**
 * The fidelity gate: for every target (each systemd version in each mode it has, see
 * scripts/lib/targets.ts: offline `252`…, live `live-245`…), every vendored corpus unit and every
 * hand-made case is run through the in-process CLI on an in-memory copy of the oracle's files
 * (`--offline=true`, or `--offline=false` for live: the files read as if installed), and what it
 * prints is compared with what the real `systemd-analyze security` printed (recorded by
 * `npm run record-oracle`). stdout and exit status must be identical. stderr must be identical too,
 * except for the (target, case) pairs listed in `fixtures/stderr-known-differences.tsv`; an
 * unlisted difference fails, a listed pair that now matches fails as stale, and at least 99 % of
 * all runs must match on stderr whatever the list says. A summary line per target gives the counts.
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
  /** null when this target was never recorded for the subject (a defect the test reports). */
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

/** `target\tcase` pairs whose stderr may differ (one line per target, so staleness is checked per target). */
function knownDifferences(): Set<string> {
  const text = readFileSync(join(here, 'fixtures/stderr-known-differences.tsv'), 'utf8');
  const known = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [target, name, reason] = line.split('\t');
    if (target === undefined || name === undefined || reason === undefined || reason.trim() === '') {
      throw new Error(`stderr-known-differences.tsv: malformed line ${JSON.stringify(line)}`);
    }
    const parsed = parseTarget(target);
    if (parsed === null || targetId(parsed) !== target) throw new Error(`stderr-known-differences.tsv: bad target ${target} (252 for offline, live-252 for live)`);
    known.add(`${target}\t${name}`);
  }
  return known;
}

/** Where two outputs first differ (line, and a short window around the first differing character). */
function firstDifference(label: string, want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i === -1 ? a.length : i;
  const wantLine = a[at] ?? '<end>';
  const gotLine = b[at] ?? '<end>';
  let c = 0;
  while (c < wantLine.length && wantLine[c] === gotLine[c]) c++;
  const from = Math.max(0, c - 30);
  const cut = (s: string): string => JSON.stringify(s.slice(from, c + 50));
  return `${label} line ${at + 1} col ${c + 1}: want ${cut(wantLine)} got ${cut(gotLine)}`;
}

function runSubject(s: Subject, target: Target): Outcome[] {
  if (s.runs === null) return [{ subject: s.name, args: [], stdoutOk: false, stderrOk: false, detail: `not recorded for ${targetId(target)}` }];
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

describe.each(TARGETS.map((t) => ({ ...t, id: targetId(t) })))('target $id (systemd $version, $mode)', (target) => {
  const id = target.id;
  let outcomes: Outcome[] = [];
  let subjectCount = 0;
  let unrecorded = 0;
  const known = knownDifferences();

  beforeAll(() => {
    const all = subjects(target);
    subjectCount = all.length;
    unrecorded = all.filter((s) => s.runs === null).length;
    outcomes = all.flatMap((s) => runSubject(s, target));
    const stdoutOk = outcomes.filter((o) => o.stdoutOk).length;
    const stderrOk = outcomes.filter((o) => o.stderrOk).length;
    summary.push(
      `  ${id.padEnd(8)}: ${subjectCount} cases, ${outcomes.length} runs, stdout+status match ${stdoutOk}/${outcomes.length}, ` +
        `stderr match ${stderrOk}/${outcomes.length}${unrecorded > 0 ? `, ${unrecorded} not recorded` : ''}`,
    );
  }, 300_000);

  it('prints the same stdout and exits with the same status as the oracle', () => {
    expect(subjectCount).toBeGreaterThan(1000);
    expect(describeOutcomes(outcomes.filter((o) => !o.stdoutOk))).toEqual([]);
  });

  it('prints the same stderr, except for listed known differences', () => {
    const unlisted = outcomes.filter((o) => !o.stderrOk && !known.has(`${id}\t${o.subject}`));
    expect(describeOutcomes(unlisted)).toEqual([]);
  });

  it('matches stderr on at least 99 % of runs, and lists no difference that has gone away', () => {
    const differing = new Set(outcomes.filter((o) => !o.stderrOk).map((o) => o.subject));
    const stale = [...known]
      .filter((k) => k.startsWith(`${id}\t`))
      .map((k) => k.slice(k.indexOf('\t') + 1))
      .filter((name) => !differing.has(name));
    expect(stale).toEqual([]);
    const matched = outcomes.filter((o) => o.stderrOk).length;
    expect(matched / outcomes.length).toBeGreaterThanOrEqual(MIN_STDERR_MATCH);
  });
});
