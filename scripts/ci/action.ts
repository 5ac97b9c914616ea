/**
 * The GitHub Action's script (`action.yml` runs it with `node`; Node ≥ 22.18 strips the types, and
 * neither it nor `src/cli.ts` and the engine import a package, so the action installs nothing).
 * Reads its inputs as Actions passes them to a script, `INPUT_<NAME>` environment variables:
 *
 * - `INPUT_FILES` (required): unit files, drop-ins or glob patterns, separated by newlines or
 *   spaces; `!pattern` excludes (see `targets.ts`);
 * - `INPUT_SYSTEMD`: the version (`--systemd=`), default the CLI's (the newest);
 * - `INPUT_MODE`: `offline` (default) or `live`;
 * - `INPUT_THRESHOLD`: a unit above it fails; `50` (systemd's `--threshold=`) or `5.0`; default 100 (10.0);
 * - `INPUT_POLICY`: a `--security-policy=` file;
 * - `INPUT_SARIF`: a path to write the SARIF log to (for `github/codeql-action/upload-sarif`);
 * - `INPUT_ANNOTATE`: whose failing rows are annotated: `failing` units' (default), `all`, `none`.
 *
 * It prints what `systemd-analyze security` prints for the units, annotations on the lines that fail,
 * writes a table per unit to `$GITHUB_STEP_SUMMARY` and `sarif`, `units`, `failed` and
 * `max-exposure` to `$GITHUB_OUTPUT`, and exits 1 when a unit is above the threshold or refused,
 * a pattern matches nothing, or an input is invalid.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_VERSION } from '../../src/engine/index.ts';
import { check, parseThreshold } from './check.ts';
import { nodeHost } from '../../bin/node-host.js';
import { annotations, escapeData, escapeProperty, summaryMarkdown } from './report.ts';
import { expandPatterns, unitTargets } from './targets.ts';

const env = process.env;

/** An input's value, trimmed; '' when not set. */
function input(name: string): string {
  return (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}

/** Stops with a workflow `::error` and status 1. */
function fail(message: string): never {
  process.stdout.write(`::error title=unitscore::${escapeData(message)}\n`);
  process.exit(1);
}

const mode = input('mode') || 'offline';
if (mode !== 'offline' && mode !== 'live') fail(`input mode: '${mode}' is neither offline nor live`);
const threshold = parseThreshold(input('threshold') || '100');
if (threshold === null) fail(`input threshold: '${input('threshold')}' is neither 0–100 (systemd's --threshold=, 50 = 5.0) nor an exposure such as 5.0`);
const annotate = input('annotate') || 'failing';
if (annotate !== 'failing' && annotate !== 'all' && annotate !== 'none') fail(`input annotate: '${annotate}' is not failing, all or none`);
const systemd = input('systemd') || undefined;
const policy = input('policy') || undefined;

const host = nodeHost();
const { paths, unmatched } = expandPatterns(input('files'), host.cwd);
const targets = unitTargets(paths, host.cwd, systemd ?? DEFAULT_VERSION, mode);
for (const p of unmatched) process.stdout.write(`::error title=unitscore::${escapeData(`files: '${p}' matches no file`)}\n`);
for (const p of targets.orphans) process.stdout.write(`::warning file=${escapeProperty(p)},title=unitscore::${escapeData('no unit beside this drop-in folder reads it')}\n`);
if (targets.units.length === 0) fail(`files: no unit file to analyse in '${input('files')}'`);

const run = check(targets.units, { ...(systemd === undefined ? {} : { systemd }), mode, threshold, ...(policy === undefined ? {} : { policy }) }, host);

process.stdout.write(`::group::systemd-analyze security (${targets.units.length} unit${targets.units.length === 1 ? '' : 's'})\n${run.text.stdout}::endgroup::\n`);
process.stderr.write(run.text.stderr);
for (const line of annotations(run, threshold, annotate)) process.stdout.write(`${line}\n`);
for (const u of run.units) {
  const verdict = u.refusal !== null ? `refused: ${u.refusal}` : `${u.exposure?.toFixed(1)} ${u.rating}`;
  process.stdout.write(`${u.passed ? '✓' : '✗'} ${u.file}: ${verdict}\n`);
}

const sarifPath = input('sarif');
if (sarifPath !== '' && run.sarif !== '') {
  const path = resolve(host.cwd, sarifPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, run.sarif);
}
const summary = env['GITHUB_STEP_SUMMARY'];
if (summary !== undefined && summary !== '') {
  appendFileSync(summary, summaryMarkdown(run, { systemd: systemd ?? DEFAULT_VERSION, mode, threshold }));
}
const output = env['GITHUB_OUTPUT'];
if (output !== undefined && output !== '') {
  const exposures = run.units.flatMap((u) => (u.exposure === null ? [] : [u.exposure]));
  appendFileSync(output, [
    `sarif=${sarifPath !== '' && run.sarif !== '' ? sarifPath : ''}`,
    `units=${run.units.length}`,
    `failed=${run.units.filter((u) => !u.passed).length}`,
    `max-exposure=${exposures.length === 0 ? '' : Math.max(...exposures).toFixed(1)}`,
    '',
  ].join('\n'));
}
process.exitCode = unmatched.length > 0 ? 1 : run.status;
