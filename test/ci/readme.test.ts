/**
 * README's "Use it in CI" examples agree with what they use, and do what they say: the workflow's
 * `with:` names only `action.yml`'s inputs (and every required one) and runs through the action's
 * script; the GitLab job's commands run through the CLI; the pre-commit config names the hook's id
 * and its `args` run through the hook's entry. Also `action.yml` itself: every input reaches the
 * script as the `INPUT_*` variable it reads.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.ts';
import { nodeHost } from '../../bin/node-host.js';
import { sarifSchemaErrors } from '../support/sarif-schema.ts';
import { BAD_UNIT, GOOD_DROP_IN, GOOD_UNIT, REPO, spawn, workspace } from './workspace.ts';

/** The parts of action.yml read here. */
interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { uses?: string; with?: Record<string, unknown>; id?: string; env?: Record<string, string>; run?: string; shell?: string }[] };
}

interface Step {
  uses?: string;
  with?: Record<string, string>;
  if?: string;
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;
const hookId = (parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[])[0]!;
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const section = /\n## Use it in CI\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

/** The YAML code block of the section whose first line is the comment `# NAME`. */
function example(name: string): string {
  const block = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.startsWith(`# ${name}\n`));
  if (block === undefined) throw new Error(`README's "Use it in CI" has no YAML example for ${name}`);
  return block;
}

const files = { 'units/bad.service': BAD_UNIT, 'units/good.service': GOOD_UNIT, 'units/good.service.d/tmp.conf': GOOD_DROP_IN };

describe('action.yml', () => {
  const step = action.runs.steps.find((s) => s.run !== undefined);

  it('is a composite action on Node 24 that runs the script with each input as INPUT_<NAME>', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]?.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(action.runs.steps[0]?.with).toEqual({ 'node-version': 24 });
    expect(step?.run).toBe('node "$GITHUB_ACTION_PATH/scripts/ci/action.ts"');
    expect(step?.env).toEqual(Object.fromEntries(Object.keys(action.inputs).map((k) => [`INPUT_${k.toUpperCase()}`, `\${{ inputs.${k} }}`])));
  });

  it("reads every input it is given, and gives every output the script writes", () => {
    const script = readFileSync(join(REPO, 'scripts/ci/action.ts'), 'utf8');
    for (const name of Object.keys(action.inputs)) expect(script).toContain(`input('${name}')`);
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.${step?.id}.outputs.${name} }}`);
      expect(script).toMatch(new RegExp(`\`${name}=`));
    }
  });
});

describe("README's GitHub Actions example", () => {
  const workflow = parse(example('.github/workflows/unitscore.yml')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const ours = steps.find((s) => /\/unitscore@/.test(s.uses ?? ''));

  it("uses the action with action.yml's inputs, and every required one", () => {
    expect(ours).toBeDefined();
    const given = Object.keys(ours!.with ?? {});
    expect(given.filter((k) => !(k in action.inputs))).toEqual([]);
    expect(Object.entries(action.inputs).filter(([k, i]) => i.required === true && !given.includes(k)).map(([k]) => k)).toEqual([]);
  });

  it("documents exactly action.yml's inputs and outputs", () => {
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(action.inputs));
    for (const name of Object.keys(action.outputs)) expect(section).toContain(`\`${name}\``);
  });

  it('runs: the action fails on the bad unit and writes the SARIF the upload step reads', () => {
    const dir = workspace('readme-actions', files);
    const env = Object.fromEntries(Object.entries(ours!.with ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v)]));
    const r = spawn(process.execPath, [join(REPO, 'scripts/ci/action.ts')], dir, env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=units/bad.service,line=1,');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toBe('always()');
    const sarif = JSON.parse(readFileSync(join(dir, String(upload?.with?.['sarif_file'])), 'utf8')) as unknown;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });
});

describe("README's GitLab CI example", () => {
  const job = Object.values(parse(example('.gitlab-ci.yml')) as Record<string, { image: string; script: string[]; artifacts: { paths: string[] } }>)[0]!;

  it('runs on node:24 with npx unitscore security', () => {
    expect(job.image).toBe('node:24');
    expect(job.script.length).toBeGreaterThan(0);
    for (const line of job.script) expect(line).toMatch(/^npx --yes unitscore security /);
  });

  it('runs: the SARIF command succeeds and writes the artifact, the threshold command fails on the bad unit', () => {
    const dir = workspace('readme-gitlab', files);
    const outcomes = job.script.map((line) => {
      // The shell's part: the glob (units/*.service) and the redirection.
      const [command = '', redirect] = line.split(' > ');
      const args = command.replace(/^npx --yes unitscore /, '').split(' ').flatMap((a) => (/[*?]/.test(a) ? globSync(a, { cwd: dir }).sort() : [a]));
      const r = main(args, nodeHost(dir, {}));
      return { redirect, r };
    });
    const sarif = outcomes.find((o) => o.redirect !== undefined);
    expect(sarif?.redirect).toBe(job.artifacts.paths[0]);
    expect(sarif?.r.status).toBe(0);
    expect(sarifSchemaErrors(JSON.parse(sarif?.r.stdout ?? '') as unknown)).toEqual([]);
    const gate = outcomes.find((o) => o.redirect === undefined);
    expect(gate?.r.status).toBe(1);
    expect(gate?.r.stdout).toContain('exposure level for bad.service');
  });
});

describe("README's pre-commit example", () => {
  const config = parse(example('.pre-commit-config.yaml')) as { repos: { repo: string; rev: string; hooks: { id: string; args?: string[] }[] }[] };
  const hook = config.repos[0]?.hooks[0];

  it("names the hook's id", () => {
    expect(hook?.id).toBe(hookId.id);
  });

  it("runs: its args pass the good unit and fail the bad one through the hook's entry", () => {
    const dir = workspace('readme-pre-commit', files);
    const entry = join(REPO, hookId.entry);
    expect(spawn(entry, [...(hook?.args ?? []), 'units/good.service', 'units/good.service.d/tmp.conf'], dir).status).toBe(0);
    expect(spawn(entry, [...(hook?.args ?? []), 'units/bad.service'], dir).status).toBe(1);
  });
});
