/**
 * `npm run compare:collections`: the planner side by side with public hardening collections
 * (issue #15). For every folder of `test/fixtures/collections/`: the corpus unit as shipped, with
 * the collection's drop-in, with the planner's drop-in for the target 2.0, and with the planner's
 * drop-in for the collection's own exposure, each scored by the engine for systemd 262 (offline)
 * and 255 (live) and by the real analyzers of those versions where they run here (262 offline
 * through `../shared/tools/systemd-oracle`; 255 live through `systemd-live-oracle`, root only).
 * Writes what the analyzers printed to each folder's `oracle.json` (read by
 * `test/planner/collections.test.ts`) and prints a Markdown table, then what each side has that
 * the other has not.
 *
 *   npm run compare:collections [-- --no-oracle]
 */
import { diagnosticMessage, formatExposure, type Report } from '../src/engine/index.ts';
import type { Plan } from '../src/planner/index.ts';
import { availableOracles, oracleTool, runOracle, type OracleRun } from './lib/oracle.ts';
import { availableLiveOracles, liveOracleName, runLiveOracle } from './lib/live-oracle.ts';
import { printedExposure } from './lib/planner-corpus.ts';
import { targetId, type Target } from './lib/targets.ts';
import { spawnSync } from 'node:child_process';
import {
  COLLECTION_PLAN_TARGET, COLLECTION_TARGETS, collectionFiles, compareOn, differences, plannerFiles, readCollectionRecord, readCollections,
  settingLineCount, writeCollectionRecord, type Collection, type CollectionRecord, type OracleFigure, type TargetComparison, type TargetRecord,
} from './lib/collections.ts';

const VARIANTS = ['before', 'collection', 'planner', 'matching'] as const;
type Variant = (typeof VARIANTS)[number];

const useOracle = !process.argv.includes('--no-oracle');
const compared = readCollections().map((c) => ({ c, on: COLLECTION_TARGETS.map((t) => compareOn(c, t)) }));

/** The files each variant hands the analyzer. */
function filesOf(c: Collection, cmp: TargetComparison, variant: Variant): ReturnType<typeof collectionFiles> {
  switch (variant) {
    case 'before': return [...c.corpus.files];
    case 'collection': return collectionFiles(c);
    case 'planner': return plannerFiles(c, cmp.planner);
    case 'matching': return plannerFiles(c, cmp.matching);
  }
}

const figure = (run: OracleRun): OracleFigure => ({ exposure: printedExposure(run.stdout), status: run.status, stderr: run.stderr });

/** `systemd 262 (262.1-1)` for an offline analyzer, as the wrapper reports it. */
function offlineName(version: string): string {
  const tool = oracleTool();
  const out = tool === null ? '' : (spawnSync(tool, [version, '--version'], { encoding: 'utf8' }).stdout ?? '');
  return out.split('\n')[0] || `systemd ${version}`;
}

/** Runs every variant of every collection on `target`'s analyzer; null when it does not run here. */
async function oracleRuns(target: Target, index: number): Promise<{ name: string; records: TargetRecord[] } | null> {
  const subjects = compared.flatMap(({ c, on }) => VARIANTS.map((v) => ({ files: filesOf(c, on[index] as TargetComparison, v), unit: c.unitName })));
  let runs: OracleRun[];
  let name: string;
  if (target.mode === 'offline') {
    if (!availableOracles().includes(target.version)) return null;
    runs = subjects.map((s) => runOracle(target.version, s.files, ['--offline=true'], { unit: s.unit }));
    name = offlineName(target.version);
  } else {
    if (!availableLiveOracles().includes(target.version)) return null;
    runs = await runLiveOracle(target.version, subjects);
    name = liveOracleName(target.version);
  }
  const records = compared.map((_, i) => Object.fromEntries(VARIANTS.map((v, j) => [v, figure(runs[i * VARIANTS.length + j] as OracleRun)])) as unknown as TargetRecord);
  return { name, records };
}

// Ask the analyzers, and merge what they printed into each folder's oracle.json.
/** Target id → the name of the analyzer that answered in this run. */
const answered = new Map<string, string>();
if (useOracle) {
  for (const [index, target] of COLLECTION_TARGETS.entries()) {
    const id = targetId(target);
    const result = await oracleRuns(target, index);
    if (result === null) {
      process.stderr.write(`${id}: no analyzer here; its figures are the engine's alone\n`);
      continue;
    }
    answered.set(id, result.name);
    for (const [i, { c }] of compared.entries()) {
      const old = readCollectionRecord(c);
      const record: CollectionRecord = {
        oracles: { ...old?.oracles, [id]: result.name },
        targets: { ...old?.targets, [id]: result.records[i] as TargetRecord },
      };
      writeCollectionRecord(c, record);
    }
  }
}

// The table.
const agreements: string[] = [];
const disagreements: string[] = [];

/** An engine figure, checked against what the analyzer printed (when it answered in this run). */
function checked(c: Collection, cmp: TargetComparison, variant: Variant, engine: number): string {
  const id = targetId(cmp.target);
  if (!answered.has(id)) return formatExposure(engine);
  const printed = readCollectionRecord(c)?.targets[id]?.[variant].exposure ?? null;
  if (printed === engine) {
    agreements.push(`${c.service} ${id} ${variant}`);
    return formatExposure(engine);
  }
  disagreements.push(`${c.service} ${id} ${variant}: engine ${formatExposure(engine)}, analyzer ${printed === null ? 'none' : formatExposure(printed)}`);
  return `${formatExposure(engine)} (analyzer ${printed === null ? 'none' : formatExposure(printed)})`;
}

const lines = (p: Plan): number => (p.taken === 0 ? 0 : settingLineCount(p.dropIn.text));
/** `22`, or `22/23` when the plans for the two targets differ in length. */
const both = (values: readonly number[]): string => (new Set(values).size === 1 ? String(values[0]) : values.join('/'));
/** The needs without the paths of `writes=` (the table's cell; the notes name the paths). */
const shortNeeds = (c: Collection): string => c.needsText.replace(/writes=[^,]*/, 'writes');

const rows: string[] = [
  '| service | source | as shipped 262/255 | collection: exposure 262/255, lines | planner (needs): exposure 262/255, lines | planner at the collection\'s score: lines 262/255 |',
  '| --- | --- | --- | --- | --- | --- |',
];
for (const { c, on } of compared) {
  const shipped = on.map((cmp) => checked(c, cmp, 'before', cmp.before.exposure)).join('/');
  const theirs = `${on.map((cmp) => checked(c, cmp, 'collection', cmp.collection.exposure)).join('/')}, ${String(settingLineCount(c.dropIn.toString('utf8')))}`;
  const ours = `${shortNeeds(c)}: ${on.map((cmp) => checked(c, cmp, 'planner', cmp.planner.after.exposure) + (cmp.planner.met ? '' : ' ✗')).join('/')}, ${both(on.map((cmp) => lines(cmp.planner)))}`;
  const matching = on.map((cmp) => {
    const printed = checked(c, cmp, 'matching', cmp.matching.after.exposure);
    return cmp.matching.met ? String(lines(cmp.matching)) : `— (${printed})`;
  }).join('/');
  rows.push(`| ${c.service} | [${c.source.repository}](${c.source.url}) | ${shipped} | ${theirs} | ${ours} | ${matching} |`);
}
console.log(rows.join('\n'));
console.log('');
console.log(`Exposures as the engine computes them for systemd 262 (offline) and 255 (live). ✗: the planner's lowest with these needs is above ${formatExposure(COLLECTION_PLAN_TARGET)}. — (x): the planner cannot match the collection's score with these needs; x is its lowest. Lines: setting lines (not comments, blank lines or section headers).`);
if (answered.size > 0) {
  console.log(`Checked against the real analyzers (${[...answered.values()].join('; ')}): ${String(agreements.length)} of ${String(agreements.length + disagreements.length)} figures printed alike.`);
  for (const d of disagreements) console.log(`  DIFFERS: ${d}`);
} else {
  console.log('No real analyzer answered in this run (engine figures only; oracle.json left as it was).');
}

/** What the loader prints (offline) or logs (live) about a unit, as the engine words it. */
const messages = (r: Report): string[] => [...r.diagnostics, ...r.managerLog].map(diagnosticMessage);

// What each side has that the other has not (on 262), and what stands in the planner's way.
console.log('');
console.log(`What each drop-in has that the other has not (systemd 262; planner for ${formatExposure(COLLECTION_PLAN_TARGET)}):`);
console.log('');
for (const { c, on } of compared) {
  const cmp = on[0] as TargetComparison;
  const d = differences(c, cmp);
  const list = (xs: readonly string[]): string => (xs.length === 0 ? 'nothing' : xs.join(', '));
  const blockers = cmp.planner.blockers.map((b) => `${b.need} (${formatExposure(b.floorWithout)} without it)`);
  console.log(`- **${c.service}** (needs \`${c.needsText}\`)`);
  console.log(`  - settings only the collection writes: ${list(d.collectionKeys)}`);
  console.log(`  - settings only the planner writes: ${list(d.plannerKeys)}`);
  console.log(`  - rows the collection scores better: ${list(d.collectionRows)}`);
  console.log(`  - rows the planner scores better: ${list(d.plannerRows)}`);
  if (blockers.length > 0) console.log(`  - in the planner's way: ${blockers.join(', ')}`);
  for (const t of on) {
    const added = messages(t.collection).filter((m) => !messages(t.before).includes(m));
    if (added.length > 0) console.log(`  - systemd ${t.target.version} (${t.target.mode}) prints or logs for the collection's drop-in: ${added.join(' / ')}`);
  }
}
