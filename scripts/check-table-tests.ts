/**
 * Re-verifies the assessor tables of `test/engine/assessor-cases.ts` against the real oracles, so
 * the expectations in those tables are systemd's, not anyone's memory:
 *
 *   SYSTEMD_ORACLE=../shared/tools/systemd-oracle node scripts/check-table-tests.ts [--only=SUBSTRING] [--version=252]
 *
 * For every case and version it runs the unit through `systemd-analyze security --offline=true
 * --json=short` and compares the row's `set` and `description` with the table, and its `exposure`
 * with the engine's. The JSON has no badness, so a second run measures it: a policy that gives the
 * row weight 1000 and range 10 and every other row weight 0 makes the row's exposure exactly
 * `badness.0`. (Skipped for cases that bring their own policy.)
 *
 * The WEIGHTS table is checked through the overall exposure: with every row but two at weight 0,
 * the row under test (own weight w and range r, in a case where its badness b > 0) beside a ✓ row
 * of weight 1000 scores ceil(ceil(b·w/r)·100 / (w + 1000)), which tells the weights apart (not to
 * the unit, but a 10 % change always shows). Prints every disagreement with what the oracle said;
 * exits 1 if there is any, 2 when an oracle is missing.
 */
import { analyze, assessorTable, formatExposure, type SecurityPolicy, type SystemdVersion, type UnitFile } from '../src/engine/index.ts';
import { ASSESSOR_FAMILIES, WEIGHTS, setOf, unitText, versionsOf, type AssessorCase } from '../test/engine/assessor-cases.ts';
import { availableOracles, runOracle } from './lib/oracle.ts';

interface JsonRow {
  readonly set: boolean | null;
  readonly json_field: string;
  readonly description: string | null;
  readonly exposure: string | null;
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';
const onlyVersion = process.argv.find((a) => a.startsWith('--version='))?.slice('--version='.length);

/** The oracle's row `field` for `files`, or the reason there is none. */
function oracleRow(version: SystemdVersion, files: readonly UnitFile[], policy: SecurityPolicy | undefined, field: string): JsonRow | string {
  const all = policy === undefined ? files : [...files, { path: 'policy.json', text: JSON.stringify(policy) }];
  const args = ['--offline=true', '--json=short', ...(policy === undefined ? [] : ['--security-policy=policy.json'])];
  const run = runOracle(version, all, args);
  if (run.status !== 0) return `exit ${run.status}: ${run.stderr.trim()}`;
  const row = (JSON.parse(run.stdout) as JsonRow[]).find((r) => r.json_field === field);
  return row ?? `no row ${field}`;
}

/** A policy isolating `field`: weight 1000, range 10; every other row weight 0. */
function badnessProbe(version: SystemdVersion, field: string): SecurityPolicy {
  return Object.fromEntries(assessorTable(version).map((a) => [a.id, a.id === field ? { weight: 1000, range: 10 } : { weight: 0 }]));
}

/** The badness the probe run shows: null for N/A, 0 for ✓, else the exposure's integer part. */
function probedBadness(row: JsonRow): number | null {
  if (row.set === null) return null;
  if (row.set) return 0;
  return row.exposure === null ? -1 : Number(row.exposure.replace(/\.0$/, ''));
}

function check(c: AssessorCase, version: SystemdVersion): string[] {
  const files: UnitFile[] = [{ path: 'x.service', text: unitText(c.lines) }];
  const problems: string[] = [];
  const row = oracleRow(version, files, c.policy, c.field);
  if (typeof row === 'string') return [row];
  if (row.set !== setOf(c.badness)) problems.push(`set: table ${String(setOf(c.badness))}, oracle ${String(row.set)}`);
  if (row.description !== c.description) problems.push(`description: table ${JSON.stringify(c.description)}, oracle ${JSON.stringify(row.description)}`);
  const engine = analyze(files, { version, ...(c.policy === undefined ? {} : { policy: c.policy }) });
  const engineRow = engine.ok ? engine.rows.find((r) => r.id === c.field) : undefined;
  const engineExposure = engineRow?.exposure === null || engineRow === undefined ? null : formatExposure(engineRow.exposure);
  if (engineRow === undefined) problems.push('engine: no such row (or refused)');
  else if (engineExposure !== row.exposure) problems.push(`exposure: engine ${String(engineExposure)}, oracle ${String(row.exposure)}`);
  // N/A rows have no badness to measure (and a policy leaving no weight makes systemd abort).
  if (c.policy === undefined && !(c.badness === null && row.set === null)) {
    const probe = oracleRow(version, files, badnessProbe(version, c.field), c.field);
    if (typeof probe === 'string') problems.push(`probe: ${probe}`);
    else if (probedBadness(probe) !== c.badness) problems.push(`badness: table ${String(c.badness)}, oracle ${String(probedBadness(probe))}`);
  }
  return problems;
}

const present = availableOracles();
const wanted: readonly SystemdVersion[] = onlyVersion === undefined ? ['252', '257', '262'] : [onlyVersion as SystemdVersion];
const missing = wanted.filter((v) => !present.includes(v));
if (missing.length > 0) {
  console.error(`check-table-tests: no oracle for ${missing.join(', ')} (set SYSTEMD_ORACLE to the systemd-oracle wrapper)`);
  process.exit(2);
}

let checked = 0;
let failed = 0;
for (const { family, cases } of ASSESSOR_FAMILIES) {
  for (const c of cases) {
    const title = `${family} / ${c.field}: ${c.why}`;
    if (!title.includes(only)) continue;
    for (const version of versionsOf(c).filter((v) => wanted.includes(v))) {
      checked++;
      const problems = check(c, version);
      if (problems.length === 0) continue;
      failed++;
      console.log(`✗ [${version}] ${title}\n    lines: ${JSON.stringify(c.lines)}\n    ${problems.join('\n    ')}`);
    }
  }
}
/** The overall exposure (tenths) the oracle prints for `c` with only `id` and a ✓ reference row weighted. */
function weightProbe(version: SystemdVersion, c: AssessorCase, id: string): number | string {
  const reference = id === 'KeyringMode' ? 'NotifyAccess' : 'KeyringMode';
  const policy = Object.fromEntries(assessorTable(version).map((a) => [a.id, a.id === id ? {} : a.id === reference ? { weight: 1000 } : { weight: 0 }]));
  const run = runOracle(version, [{ path: 'x.service', text: unitText(c.lines) }, { path: 'policy.json', text: JSON.stringify(policy) }], ['--offline=true', '--security-policy=policy.json']);
  const m = /Overall exposure level for \S+: (\d+)\.(\d) /.exec(run.stdout);
  return m === null ? `exit ${run.status}: ${run.stderr.trim()}` : Number(m[1]) * 10 + Number(m[2]);
}

const divUp = (a: number, b: number): number => Math.floor((a + b - 1) / b);
const allCases = ASSESSOR_FAMILIES.flatMap((f) => f.cases);
for (const [id, weight, range] of WEIGHTS) {
  if (!`weights / ${id}`.includes(only)) continue;
  for (const version of wanted) {
    // The case with the smallest positive badness says the most about the range.
    const c = allCases
      .filter((x) => x.field === id && x.policy === undefined && x.badness !== null && x.badness > 0 && versionsOf(x).includes(version))
      .sort((a, b) => (a.badness ?? 0) - (b.badness ?? 0))[0];
    checked++;
    if (c === undefined) {
      failed++;
      console.log(`✗ [${version}] weights / ${id}: no case with a positive badness to measure it`);
      continue;
    }
    const want = divUp(divUp((c.badness ?? 0) * weight, range) * 100, weight + 1000);
    const got = weightProbe(version, c, id);
    if (got === want) continue;
    failed++;
    console.log(`✗ [${version}] weights / ${id} (weight ${weight}, range ${range}, case "${c.why}"): expected overall ${want}, oracle ${String(got)}`);
  }
}

console.log(`check-table-tests: ${checked - failed} of ${checked} (case or weight, version) pairs agree with the oracles`);
process.exit(failed === 0 ? 0 : 1);
