/**
 * `npm run fuzz -- [--count=N] [--seed=S] [--systemd=252[,257…]] [--target=252,live-262…] [--oracle-only]
 *  [--coverage] [--concurrency=K] [--show=N] [--no-save] [--replay=INDEX] [--save=INDEX,… --why=TEXT]`
 *
 * The differential fuzz loop outside vitest, for long runs: generates N units (default 2000) from
 * seed S (default: fresh, printed), runs the real `systemd-analyze security` of each requested target
 * (`--target=`: `252` offline, `live-262` live, through the batched live oracle, root only;
 * `--systemd=V` = offline target V; default: every offline target available) in text and
 * `--json=short` mode, runs the engine's
 * CLI in-process on the same files, and prints progress, match counts and the first N mismatches
 * (default 20). Every stdout/status mismatch is saved as a golden case under test/fixtures/cases
 * (named `fuzz-SEED-INDEX`) unless `--no-save`. `--oracle-only` skips the engine (to tune the
 * generator); `--coverage` prints how often each assessor row reached each state. Exit status 1 when
 * any stdout/status mismatch was found. `--replay=INDEX` (with `--seed`) prints unit INDEX's files
 * and every line where the engine's output differs from the analyzer's, per version and mode.
 * `--save=I,J,…` (with `--seed`) records those units as golden cases on every available version,
 * with `--why` added to their description.
 */
import { parseArgs } from 'node:util';
import { main } from '../src/cli.ts';
import { availableLiveOracles, runLiveOracle } from './lib/live-oracle.ts';
import { availableOracles, ORACLE_ENV, type OracleRun } from './lib/oracle.ts';
import { allTargets, modeArg, parseTarget, targetId, type Target } from './lib/targets.ts';
import { addToCoverage, formatCoverage, newCoverage } from '../test/fuzz/coverage.ts';
import { groupMismatches } from '../test/fuzz/classify.ts';
import { describeMismatch, MODES, runTarget, unitAt, type Mismatch } from '../test/fuzz/loop.ts';
import { runOracleAsync, writeUnitFolder } from '../test/fuzz/oracle-pool.ts';
import { memoryHost } from './lib/memory-host.ts';
import { freshSeed } from '../test/fuzz/random.ts';
import { saveMismatches, saveUnits } from '../test/fuzz/save-cases.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    systemd: { type: 'string', multiple: true },
    target: { type: 'string', multiple: true },
    'oracle-only': { type: 'boolean', default: false },
    coverage: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '2' },
    show: { type: 'string', default: '20' },
    'no-save': { type: 'boolean', default: false },
    replay: { type: 'string' },
    save: { type: 'string' },
    why: { type: 'string', default: '' },
  },
});

const seed = values.seed !== undefined ? Number(values.seed) >>> 0 : freshSeed();
const count = Number(values.count);
const show = Number(values.show);
const offline = availableOracles();
const live = availableLiveOracles();
const available = allTargets().filter((t) => (t.mode === 'live' ? live : offline).includes(t.version));
const ids = [...(values.target ?? []), ...(values.systemd ?? [])].flatMap((v) => v.split(','));
const wanted: Target[] = ids.length === 0 ? available.filter((t) => t.mode === 'offline') : ids.map((id) => {
  const t = parseTarget(id);
  if (t === null) {
    console.error(`fuzz: no target ${id} (252 or offline-252 for offline, live-252 for live)`);
    process.exit(2);
  }
  return t;
});
const missing = wanted.filter((t) => !available.some((a) => targetId(a) === targetId(t)));
if (missing.length > 0) {
  console.error(`fuzz: no systemd-analyze for ${missing.map(targetId).join(', ')} on this machine (have: ${available.map(targetId).join(', ') || 'none'}; live needs root)`);
  process.exit(2);
}

if (values.save !== undefined) {
  const names = await saveUnits(seed, values.save.split(',').map(Number), available, values.why);
  console.log(`saved ${names.length} case(s): ${names.join(' ')}`);
  process.exit(0);
}

if (values.replay !== undefined) {
  const index = Number(values.replay);
  const unit = unitAt(seed, index);
  console.log(`unit #${index} of FUZZ_SEED=${seed}: ${unit.description}`);
  for (const f of unit.files) console.log(`--- ${f.path}\n${f.text}`);
  const folder = writeUnitFolder(unit.files);
  const name = unit.files[0]?.path ?? '';
  try {
    for (const target of wanted) {
      const { version } = target;
      for (const mode of MODES) {
        const oracle = target.mode === 'live'
          ? (await runLiveOracle(version, [{ files: unit.files, unit: name }], mode.args))[0]!
          : await runOracleAsync(version, folder.dir, name, ['--offline=true', ...mode.args]);
        const engine = main(['security', modeArg(target), ...mode.args, `--systemd=${version}`, `./${name}`], memoryHost(unit.files, ORACLE_ENV));
        console.log(`=== ${targetId(target)} ${mode.name}: status engine ${engine.status}, systemd ${oracle.status}`);
        for (const field of ['stdout', 'stderr'] as const) {
          // JSON is one long line: break it between rows so that only the differing rows show.
          const split = (t: string): string[] => (mode.name === 'json' && field === 'stdout' ? t.split(/(?<=\}),(?=\{)/) : t.split('\n'));
          const e = split(engine[field]);
          const o = split(oracle[field]);
          for (let i = 0; i < Math.max(e.length, o.length); i++) {
            if (e[i] !== o[i]) console.log(`${field} ${i + 1}\n  engine: ${JSON.stringify(e[i] ?? null)}\n  system: ${JSON.stringify(o[i] ?? null)}`);
          }
        }
      }
    }
  } finally {
    folder.dispose();
  }
  process.exit(0);
}

console.log(`fuzz: FUZZ_SEED=${seed} count=${count} targets=${wanted.map(targetId).join(',')}${values['oracle-only'] ? ' (oracle only)' : ''}`);
const allMismatches: Mismatch[] = [];
for (const target of wanted) {
  const id = targetId(target);
  const coverage = newCoverage();
  // The loop reports a unit's text run right before its JSON run.
  let lastText: OracleRun | undefined;
  const stats = await runTarget(target, {
    seed,
    count,
    cli: values['oracle-only'] ? null : main,
    concurrency: Number(values.concurrency),
    onOracle: values.coverage
      ? (_unit, mode, run) => {
          if (mode === 'text') lastText = run;
          else addToCoverage(coverage, run, lastText);
        }
      : undefined,
    onProgress: (done) => {
      if (done % 100 === 0 || done === count) process.stderr.write(`\r${id}: ${done}/${count}`);
    },
  });
  process.stderr.write('\n');
  const perUnit = (stats.ms / Math.max(1, stats.units)).toFixed(1);
  const pct = (n: number): string => `${((100 * n) / Math.max(1, stats.units)).toFixed(2)} %`;
  console.log(`${id}: ${stats.units} units, ${stats.refused} refused, ` + (values['oracle-only'] ? '' : `stdout+status match ${stats.stdoutMatches} (${pct(stats.stdoutMatches)}), stderr match ${stats.stderrMatches} (${pct(stats.stderrMatches)}), `) + `${(stats.ms / 1000).toFixed(1)} s (${perUnit} ms/unit)`);
  for (const g of groupMismatches(stats.mismatches)) console.log(`  ${String(g.indices.length).padStart(5)} × ${g.label}  (e.g. --replay=${g.indices.slice(0, 5).join(',')})`);
  for (const m of stats.mismatches.slice(0, show)) console.log('  ' + describeMismatch(m, seed));
  if (stats.stderrMismatches.length > 0) console.log(`  stderr mismatches (first ${Math.min(show, stats.stderrMismatches.length)} of ${stats.stderrMismatches.length}):`);
  for (const m of stats.stderrMismatches.slice(0, show)) console.log('  ' + describeMismatch(m, seed));
  if (values.coverage) console.log(formatCoverage(coverage));
  allMismatches.push(...stats.mismatches);
}

if (allMismatches.length > 0 && !values['no-save']) {
  const saved = await saveMismatches(allMismatches, seed, available);
  console.log(`saved ${saved.length} case(s): ${saved.join(' ')}`);
}
process.exit(allMismatches.length > 0 ? 1 : 0);
