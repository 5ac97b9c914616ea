/**
 * The GitHub Action's script (`scripts/ci/action.ts`, which `action.yml` runs), tested as Actions
 * runs it: a separate Node process in a checkout, its inputs as `INPUT_*` variables, the job summary
 * and outputs as files. The expected exposures come from the in-process CLI (golden-tested against
 * the real analyzers), never typed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { nodeHost } from '../../bin/node-host.js';
import { sarifSchemaErrors } from '../support/sarif-schema.ts';
import { BAD_UNIT, GOOD_DROP_IN, GOOD_UNIT, REPO, spawn, workspace, type Spawned } from './workspace.ts';

const SCRIPT = join(REPO, 'scripts/ci/action.ts');

/** Runs the action's script in `dir` with `inputs` (name → value); returns what it printed, its summary and outputs. */
function runAction(dir: string, inputs: Readonly<Record<string, string>>): Spawned & { summary: string; outputs: Record<string, string> } {
  const env: Record<string, string> = { GITHUB_STEP_SUMMARY: join(dir, '.summary.md'), GITHUB_OUTPUT: join(dir, '.output.txt') };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawn(process.execPath, [SCRIPT], dir, env);
  const read = (f: string): string => {
    try {
      return readFileSync(join(dir, f), 'utf8');
    } catch {
      return '';
    }
  };
  const outputs = Object.fromEntries(read('.output.txt').split('\n').filter((l) => l !== '').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { ...r, summary: read('.summary.md'), outputs };
}

/** `exposure rating` of the unit file `path` in `dir`, as the CLI prints it (`--systemd=`, mode from `args`). */
function cliVerdict(dir: string, path: string, args: readonly string[] = []): [string, string] {
  const m = /exposure level for [^:]+: (\d+\.\d) (\w+)/.exec(main(['security', ...args, path], nodeHost(dir, {})).stdout);
  if (m === null) throw new Error(`no verdict for ${path}`);
  return [m[1] as string, m[2] as string];
}

const FILES = {
  'units/bad.service': BAD_UNIT,
  'units/good.service': GOOD_UNIT,
  'units/good.service.d/tmp.conf': GOOD_DROP_IN,
  'units/README.md': 'not a unit\n',
};

describe('the action: a failing unit', () => {
  const dir = workspace('action-fail', FILES);
  const r = runAction(dir, { files: 'units/*.service\n', threshold: '5.0', sarif: 'out/unitscore.sarif' });
  const [bad, badRating] = cliVerdict(dir, 'units/bad.service');
  const [good, goodRating] = cliVerdict(dir, 'units/good.service');

  it('exits 1 and says which unit fails and why', () => {
    expect(Number(bad)).toBeGreaterThan(5);
    expect(Number(good)).toBeLessThanOrEqual(5);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error file=units/bad.service,line=1,title=unitscore%3A bad.service fails::exposure ${bad} ${badRating} is above the threshold 5.0\n`);
    expect(r.stdout).toContain(`✗ units/bad.service: ${bad} ${badRating}\n✓ units/good.service: ${good} ${goodRating}\n`);
  });

  it("prints the CLI's tables in a group", () => {
    const text = main(['security', 'units/bad.service', 'units/good.service'], nodeHost(dir, {})).stdout;
    expect(r.stdout).toContain(`::group::systemd-analyze security (2 units)\n${text}::endgroup::\n`);
  });

  it.each<[string, string]>([
    // the failing row's own line, columns and all; the level by its cost; the man page in the message
    ['a setting set badly', "::error file=units/bad.service,line=6,endLine=6,col=1,endColumn=14,title=PrivateTmp= (bad.service)::Service has access to other software's temporary files"],
    // a setting the unit lacks: on the [Service] header
    ['a setting left out', '::error file=units/bad.service,line=4,endLine=4,col=1,endColumn=10,title=ProtectSystem= (bad.service)::Service has full access to the OS file hierarchy'],
    ['a warning', '::warning file=units/bad.service,line=4,endLine=4,col=1,endColumn=10,title=RestrictRealtime= (bad.service)::Service may acquire realtime scheduling'],
    ['a notice', '::notice file=units/bad.service,line=4,endLine=4,col=1,endColumn=10,title=LockPersonality= (bad.service)::Service may change ABI personality'],
  ])('annotates %s', (_name, prefix) => {
    expect(r.stdout.split('\n').some((l) => l.startsWith(prefix) && l.includes('https://www.freedesktop.org/software/systemd/man/systemd.exec.html#'))).toBe(true);
  });

  it('annotates only the failing unit, the costliest rows first', () => {
    const rows = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l) && !l.includes(',line=1,title=unitscore'));
    expect(rows.every((l) => l.includes('(bad.service)'))).toBe(true);
    const levels = rows.map((l) => l.slice(2, l.indexOf(' ')));
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
    const log = JSON.parse(readFileSync(join(dir, 'out/unitscore.sarif'), 'utf8')) as { runs: { results: { properties: { unit: string } }[] }[] };
    expect(levels.length).toBe(log.runs[0]!.results.filter((x) => x.properties.unit === 'bad.service').length);
  });

  it('writes a table per unit to the job summary', () => {
    expect(r.summary).toContain('### unitscore: systemd-analyze security (systemd 262, offline)\n\n2 units, 1 failed; threshold 5.0 (a unit fails above it).\n');
    expect(r.summary).toContain('| UNIT | FILE | EXPOSURE | RATING | RESULT |\n| --- | --- | ---: | --- | --- |\n'
      + `| bad.service | \`units/bad.service\` | ${bad} | ${badRating} | ❌ above 5.0 |\n`
      + `| good.service | \`units/good.service\` | ${good} | ${goodRating} | ✅ pass |\n`);
    expect(r.summary).toContain('<details><summary>bad.service: ');
    expect(r.summary).toContain("| [PrivateTmp=](https://www.freedesktop.org/software/systemd/man/systemd.exec.html#PrivateTmp=) | 0.2 | Service has access to other software's temporary files | `units/bad.service:6` |");
  });

  it('writes a schema-valid SARIF log and the outputs', () => {
    const log = JSON.parse(readFileSync(join(dir, 'out/unitscore.sarif'), 'utf8')) as unknown;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(r.outputs).toEqual({ sarif: 'out/unitscore.sarif', units: '2', failed: '1', 'max-exposure': bad });
  });
});

describe('the action: passing units', () => {
  const dir = workspace('action-pass', FILES);

  it.each<[string, Record<string, string>]>([
    ['the default threshold (10.0)', { files: 'units/bad.service units/good.service' }],
    ["systemd's --threshold= number", { files: 'units/*.service', threshold: '95' }],
  ])('exits 0 under %s, with no row annotations', (_name, inputs) => {
    const r = runAction(dir, inputs);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::(error|warning|notice)/m);
    expect(r.summary).toContain('2 units, 0 failed');
    expect(r.outputs['failed']).toBe('0');
    expect(r.outputs['sarif']).toBe('');
  });

  it('annotates every unit with annotate: all, and none with annotate: none', () => {
    expect(runAction(dir, { files: 'units/*.service', annotate: 'all' }).stdout).toMatch(/^::error file=units\/bad\.service,line=6,/m);
    const none = runAction(dir, { files: 'units/*.service', threshold: '5.0', annotate: 'none' });
    expect(none.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning') || l.startsWith('::notice'))).toEqual([
      expect.stringMatching(/^::error file=units\/bad\.service,line=1,title=unitscore%3A bad\.service fails::/),
    ]);
  });

  it('takes a changed drop-in for the unit that reads it', () => {
    const r = runAction(dir, { files: 'units/*.service.d/*.conf', threshold: '5.0' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`✓ units/good.service: ${cliVerdict(dir, 'units/good.service').join(' ')}\n`);
    expect(r.outputs['units']).toBe('1');
  });

  it('judges the threshold itself, so it works live on releases without --threshold=', () => {
    const r = runAction(dir, { files: 'units/bad.service', systemd: '249', mode: 'live', threshold: '5.0' });
    const [bad, rating] = cliVerdict(dir, 'units/bad.service', ['--systemd=249', '--offline=false']);
    expect(r.status).toBe(1);
    expect(r.summary).toContain('(systemd 249, live)');
    expect(r.stdout).toContain(`✗ units/bad.service: ${bad} ${rating}\n`);
  });

  it('reports units of the same name in different folders each as itself', () => {
    const two = workspace('action-same-name', { 'a/x.service': BAD_UNIT, 'b/x.service': GOOD_UNIT });
    const r = runAction(two, { files: '*/x.service', threshold: '5.0' });
    expect(r.stdout).toContain(`✗ a/x.service: ${cliVerdict(two, 'a/x.service').join(' ')}\n✓ b/x.service: ${cliVerdict(two, 'b/x.service').join(' ')}\n`);
    expect(r.status).toBe(1);
  });
});

describe('the action: mistakes', () => {
  const dir = workspace('action-mistakes', FILES);

  it.each<[string, Record<string, string>, string]>([
    ['a pattern that matches nothing', { files: 'units/*.service\nunits/*.servcie' }, "::error title=unitscore::files: 'units/*.servcie' matches no file"],
    ['no unit at all', { files: 'units/*.md' }, "::error title=unitscore::files: no unit file to analyse in 'units/*.md'"],
    ['an unknown mode', { files: 'units/*.service', mode: 'online' }, "::error title=unitscore::input mode: 'online' is neither offline nor live"],
    ['a threshold out of range', { files: 'units/*.service', threshold: '10.5' }, "::error title=unitscore::input threshold: '10.5' is neither"],
    ['an unknown annotate value', { files: 'units/*.service', annotate: 'some' }, "::error title=unitscore::input annotate: 'some' is not failing, all or none"],
    ['a named file that is not there', { files: 'units/gone.service' }, "::error title=unitscore::files: 'units/gone.service' matches no file"],
  ])('fails on %s', (_name, inputs, says) => {
    const r = runAction(dir, inputs);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain(says);
  });

  it("fails with the CLI's own message on an unknown version", () => {
    const r = runAction(dir, { files: 'units/bad.service', systemd: '253' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Unknown systemd version '253'");
  });
});
