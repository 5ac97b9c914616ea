/**
 * Records what the real analyzer says about the planner's drop-ins: for every corpus unit × need
 * profile, the unit with and without `NAME.d/hardening.conf`, through the real
 * `systemd-analyze security` of each target. Writes `test/fixtures/planner/<target>.jsonl.gz`
 * (checked by `test/planner/oracle.test.ts`) and prints the summary the issue asks for.
 *
 *   npm run record-planner -- [--target=262] [--target=live-255] [--limit=N]
 */
import { runOracle } from './lib/oracle.ts';
import { runLiveOracle, type LiveSubject } from './lib/live-oracle.ts';
import { settingLines, filesWithDropIn, planPair, PLANNER_TARGET, plannerPairs, printedExposure, writePlannerRecords, type PlannerPair, type PlannerRecord } from './lib/planner-corpus.ts';
import { modeArg, parseTarget, targetId, type Target } from './lib/targets.ts';
import type { OracleRun } from './lib/oracle.ts';
import { readCorpusUnits, unitName } from './lib/corpus.ts';
import { isNeedsError, parseNeeds, plan } from '../src/planner/index.ts';

/** Need sets beyond the three profiles whose reach is printed, planner only. */
const INFORMATION_NEEDS = ['network-server,switches-user', 'network-server,switches-user,file-owners', 'network-server,setuid', 'batch,fixed-user'];

const args = process.argv.slice(2);
const targets = args.filter((a) => a.startsWith('--target=')).map((a) => a.slice('--target='.length));
const limitArg = args.find((a) => a.startsWith('--limit='));
const limit = limitArg === undefined ? Infinity : Number(limitArg.slice('--limit='.length));

/** The oracle's runs (text output) for each subject's files, in order. */
async function oracleRuns(target: Target, subjects: readonly { files: LiveSubject['files']; unit: string }[]): Promise<OracleRun[]> {
  if (target.mode === 'live') return runLiveOracle(target.version, subjects, [], { onBatch: (done, total) => process.stderr.write(`  ${done}/${total}\n`) });
  return subjects.map((s) => runOracle(target.version, s.files, [modeArg(target)], { unit: s.unit }));
}

async function record(target: Target): Promise<void> {
  const id = targetId(target);
  const started = performance.now();
  const planned: { pair: PlannerPair; dropIn: string; predicted: number; met: boolean; blockers: string[] }[] = [];
  let refused = 0;
  let emptyDropIns = 0;
  for (const pair of plannerPairs().slice(0, limit)) {
    const result = planPair(pair, target);
    if (result === null) {
      refused++;
      continue;
    }
    if (result.taken === 0) emptyDropIns++;
    planned.push({ pair, dropIn: result.dropIn.text, predicted: result.after.exposure, met: result.met, blockers: result.blockers.map((b) => b.need) });
  }
  const planMs = performance.now() - started;
  const withDropIn = await oracleRuns(target, planned.map((p) => ({ files: filesWithDropIn(p.pair, p.dropIn), unit: p.pair.unit })));
  // Without the drop-in, once per unit (the three profiles share it).
  const units = [...new Map(planned.map((p) => [p.pair.corpus.unit, p.pair])).values()];
  const without = await oracleRuns(target, units.map((pair) => ({ files: pair.corpus.files, unit: pair.unit })));
  const stderrWithout = new Map(units.map((pair, i) => [pair.corpus.unit, without[i]?.stderr ?? '']));
  const records: PlannerRecord[] = planned.map((p, i) => {
    const run = withDropIn[i] as OracleRun;
    return {
      unit: p.pair.corpus.unit,
      profile: p.pair.profile,
      dropIn: settingLines(p.dropIn),
      predicted: p.predicted,
      met: p.met,
      blockers: p.blockers,
      oracle: { exposure: printedExposure(run.stdout), stderr: run.stderr, status: run.status, stderrWithout: stderrWithout.get(p.pair.corpus.unit) ?? '' },
    };
  });
  writePlannerRecords(id, records);
  const agree = records.filter((r) => r.oracle.exposure === r.predicted).length;
  const quiet = records.filter((r) => r.oracle.stderr === r.oracle.stderrWithout).length;
  const met = records.filter((r) => r.met).length;
  const metAndTrue = records.filter((r) => r.met && r.oracle.exposure !== null && r.oracle.exposure <= 20).length;
  const pairs = records.length + refused;
  console.log(`${id}: ${pairs} unit × profile pairs; ${refused} refused by the analyzer itself (nothing to plan); ${emptyDropIns} already at or below the target`);
  console.log(`  oracle exposure = planner's prediction: ${agree}/${records.length}`);
  console.log(`  drop-in added no message on stderr: ${quiet}/${records.length}`);
  console.log(`  target 2.0 met (planner says): ${met}/${records.length} (${((100 * met) / records.length).toFixed(1)} %), confirmed by the oracle: ${metAndTrue}`);
  const why = new Map<string, number>();
  for (const r of records.filter((x) => !x.met)) why.set(r.blockers.join('+') || '(no need stands in the way)', (why.get(r.blockers.join('+') || '(no need stands in the way)') ?? 0) + 1);
  for (const [need, n] of [...why].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  not met, in the way: ${need}: ${n}`);
  for (const profile of new Set(records.map((r) => r.profile))) {
    const of = records.filter((r) => r.profile === profile);
    console.log(`  ${profile}: met ${of.filter((r) => r.met).length}/${of.length}`);
  }
  // Information only (no oracle run): how often harder needs still reach the target.
  for (const needs of INFORMATION_NEEDS) {
    const set = parseNeeds(needs);
    if (isNeedsError(set)) throw new Error(needs);
    const results = readCorpusUnits().slice(0, limit).map((c) => plan({ files: c.files, unit: unitName(c.unit), version: target.version, mode: target.mode, target: PLANNER_TARGET, needs: set }));
    const planned = results.filter((r) => r.ok);
    console.log(`  (planner only) ${needs}: met ${planned.filter((r) => r.met).length}/${planned.length}`);
  }
  console.log(`  planning ${planMs.toFixed(0)} ms (${(planMs / Math.max(1, planned.length)).toFixed(1)} ms per plan), all ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

for (const id of targets.length === 0 ? ['262'] : targets) {
  const target = parseTarget(id);
  if (target === null) throw new Error(`unknown target ${id}`);
  await record(target);
}
