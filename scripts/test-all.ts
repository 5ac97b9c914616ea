/**
 * `npm test`: everything, in order: `astro sync`, lint, typecheck, `astro build`, every vitest
 * project (unit and e2e, against that build), the felt-speed budgets in Chromium (`felt-speed.ts`:
 * first score, editor ready, keystroke, layout shift), the 1 MB timing budget (`check-large.ts`),
 * the engine's throughput budget against the real analyzer (`check-throughput.ts`) and the packaged
 * CLI's process budgets beside it (`check-cli-speed.ts`). Each step runs even when an earlier one
 * failed, so one run shows every problem. Ends with a table of steps and timings and, as its very last
 * line, `N passed, N failed[, N skipped]`: the vitest test counts (from its JSON report), where
 * every failing non-vitest step and every test file that failed to load counts as one more failure.
 * Exits 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testOutputDir } from '../test/support/output-dir.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The parts of vitest's JSON report (Jest's format) that the summary needs. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

/** Test counts for the closing line. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts from a vitest JSON report and vitest's exit status. A file that failed without a failing
 * test (it did not load) is one failure; a non-zero exit with nothing failed (an unhandled error),
 * a missing report, or a run of zero tests is one failure too.
 */
export function countsFromReport(report: VitestReport | null, status: number | null): Counts {
  if (report === null) return { passed: 0, failed: 1, skipped: 0 };
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')).length;
  let failed = report.numFailedTests + brokenFiles;
  const ranNothing = report.numPassedTests + report.numFailedTests === 0;
  if ((status !== 0 || ranNothing) && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

/** The closing line the CI judge reads, e.g. `412 passed, 0 failed` or `410 passed, 1 failed, 3 skipped`. */
export function summaryLine(counts: Counts): string {
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`;
}

interface Step {
  readonly name: string;
  readonly ok: boolean;
  readonly seconds: number;
}

function run(name: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Step & { status: number | null } {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  const seconds = (performance.now() - started) / 1000;
  if (result.error !== undefined) process.stderr.write(`${name}: ${result.error.message}\n`);
  return { name, ok: result.status === 0, seconds, status: result.status };
}

/** `npm run SCRIPT` with the npm that started this script when there is one. */
function npmRun(script: string): Step {
  const npm = process.env['npm_execpath'];
  return npm !== undefined && npm.endsWith('.js')
    ? run(script, process.execPath, [npm, 'run', '--silent', script])
    : run(script, 'npm', ['run', '--silent', script]);
}

function main(): number {
  const started = performance.now();
  // Astro's build would otherwise try to report usage statistics: no request leaves this machine.
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  // Astro's generated types (.astro/: astro:content, import.meta.env) first: type-aware lint reads them.
  const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const steps: Step[] = [run('sync', process.execPath, [astro, 'sync']), npmRun('lint'), npmRun('typecheck')];
  const build = npmRun('build');
  steps.push(build);

  // vitest's JSON report, which the summary reads: in the test output folder, not the working tree.
  const reportFile = join(testOutputDir('test-all'), 'vitest.json');
  rmSync(reportFile, { force: true });
  const vitestBin = join(repoRoot, 'node_modules/vitest/vitest.mjs');
  // With a good build, the e2e project uses it; otherwise its global setup builds again and reports why it fails.
  const env = build.ok ? { ...process.env, UNITSCORE_E2E_PREBUILT: '1' } : process.env;
  const vitest = run('vitest', process.execPath, [vitestBin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], env);
  const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport) : null;
  const counts = countsFromReport(report, vitest.status);
  steps.push({ ...vitest, ok: vitest.ok && counts.failed === 0 });

  steps.push(run('felt-speed', process.execPath, [join(repoRoot, 'scripts/felt-speed.ts')]));
  steps.push(run('large', process.execPath, [join(repoRoot, 'scripts/check-large.ts')]));
  steps.push(run('throughput', process.execPath, [join(repoRoot, 'scripts/check-throughput.ts')]));
  steps.push(run('cli-speed', process.execPath, [join(repoRoot, 'scripts/check-cli-speed.ts')]));

  const failedSteps = steps.filter((s) => !s.ok && s.name !== 'vitest');
  console.log('\n=== summary');
  for (const step of steps) console.log(`${step.name.padEnd(10)} ${step.ok ? 'ok  ' : 'FAIL'} ${step.seconds.toFixed(1).padStart(6)} s`);
  console.log(`${'total'.padEnd(10)}      ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  if (failedSteps.length > 0) console.log(`failed steps (one failure each): ${failedSteps.map((s) => s.name).join(', ')}`);
  const total = { ...counts, failed: counts.failed + failedSteps.length };
  console.log(summaryLine(total));
  return total.failed === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = main();
