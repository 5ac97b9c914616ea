/**
 * The pre-commit hook as pre-commit runs it: `.pre-commit-hooks.yaml`'s `entry` executed directly
 * (`language: script`: by its `#!` line, from the hook repository's checkout) in the user's
 * repository, with the hook's `args` and then the staged files its `files` pattern matched.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.ts';
import { nodeHost } from '../../bin/node-host.js';
import { testOutputDir } from '../support/output-dir.ts';
import { BAD_UNIT, GOOD_DROP_IN, GOOD_UNIT, REPO, spawn, workspace } from './workspace.ts';

/** The fields of a hook definition these tests read. */
interface HookDefinition {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
const hook = hooks[0]!;

/** `exposure rating` of `path` in `dir`, as the CLI prints it. */
function cliVerdict(dir: string, path: string): string {
  const m = /exposure level for [^:]+: (\d+\.\d \w+)/.exec(main(['security', path], nodeHost(dir, {})).stdout);
  if (m === null) throw new Error(`no verdict for ${path}`);
  return m[1] as string;
}

describe('.pre-commit-hooks.yaml', () => {
  it('defines one script hook whose entry is an executable Node script', () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ id: 'unitscore', language: 'script', entry: 'scripts/ci/pre-commit.ts' });
    expect(() => accessSync(join(REPO, hook.entry), constants.X_OK)).not.toThrow();
    expect(readFileSync(join(REPO, hook.entry), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  it.each<[string, boolean]>([
    ['nginx.service', true],
    ['deploy/units/nginx.service', true],
    ['units/nginx.service.d/10-harden.conf', true],
    ['units/getty@.service.d/x.conf', true],
    ['units/foo-.service.d/x.conf', true],
    ['units/service.d/all.conf', true],
    ['service.d/all.conf', true],
    ['units/nginx.socket', false],
    ['units/nginx.service.d/notes.txt', false],
    ['units/nginx.service.d/sub/x.conf', false],
    ['units/myservice.d/x.conf', false],
    ['docs/nginx.service.md', false],
  ])('files pattern: %s → %s', (path, matched) => {
    expect(new RegExp(hook.files).test(path)).toBe(matched);
  });
});

describe('the hook entry', () => {
  const dir = workspace('pre-commit', {
    'units/bad.service': BAD_UNIT,
    'units/good.service': GOOD_UNIT,
    'units/good.service.d/tmp.conf': GOOD_DROP_IN,
  });
  const entry = join(REPO, hook.entry);

  it('passes a good unit (exit 0)', () => {
    const r = spawn(entry, ['--threshold=5.0', 'units/good.service'], dir);
    expect(r).toEqual({ status: 0, stdout: `ok   units/good.service: ${cliVerdict(dir, 'units/good.service')}\n`, stderr: '' });
  });

  it('fails a bad unit (exit 1), listing its costliest rows where they are decided', () => {
    const r = spawn(entry, ['--threshold=50', 'units/good.service', 'units/bad.service'], dir);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`FAIL units/bad.service: ${cliVerdict(dir, 'units/bad.service')}, above the threshold 5.0`);
    expect(lines).toContain("  units/bad.service:6: PrivateTmp= 0.2 Service has access to other software's temporary files");
    expect(lines.filter((l) => l.startsWith('  units/bad.service:'))).toHaveLength(10);
    expect(lines).toContain(`ok   units/good.service: ${cliVerdict(dir, 'units/good.service')}`);
  });

  it('takes a staged drop-in for its unit, once', () => {
    const r = spawn(entry, ['units/good.service.d/tmp.conf', 'units/good.service'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`ok   units/good.service: ${cliVerdict(dir, 'units/good.service')}\n`);
  });

  it('passes the bad unit under the default threshold (10.0): only refusals fail', () => {
    expect(spawn(entry, ['units/bad.service'], dir).status).toBe(0);
  });

  it('fails a unit the analyzer refuses', () => {
    const broken = workspace('pre-commit-refused', { 'x.service': '[Service\nExecStart=/bin/true\n' });
    const r = spawn(entry, ['x.service'], broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^FAIL x\.service: refused: /);
  });

  it.each<[string[], string]>([
    [['--threshold=high', 'units/good.service'], '--threshold=high: use 0–100'],
    [['--json=short', 'units/good.service'], 'unknown option --json=short'],
  ])('refuses %j', (args, says) => {
    const r = spawn(entry, args, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(says);
  });
});

/** Whether pre-commit itself is installed (Debian: `apt-get install pre-commit`). */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!preCommit) console.log('pre-commit is not installed: the run through pre-commit itself is skipped (apt-get install pre-commit)');

describe('through pre-commit itself', () => {
  // `pre-commit try-repo` takes this repository, uncommitted changes included, as a hook repository
  // and runs the hook with its default args (threshold 10.0: only a refused unit fails).
  it.skipIf(!preCommit)('runs the hook on a repository: a refused unit fails it, the others are listed', () => {
    const dir = workspace('pre-commit-real', {
      'units/bad.service': BAD_UNIT,
      'units/good.service.d/tmp.conf': GOOD_DROP_IN,
      'units/good.service': GOOD_UNIT,
      'units/broken.service': '[Service\nExecStart=/bin/true\n',
      'units/notes.md': 'not matched\n',
    });
    const env = { HOME: dir, PRE_COMMIT_HOME: testOutputDir('ci', 'pre-commit-home'), GIT_CONFIG_NOSYSTEM: '1' };
    expect(spawn('git', ['init', '-q', '.'], dir, env).status).toBe(0);
    expect(spawn('git', ['add', 'units'], dir, env).status).toBe(0);
    const r = spawn('pre-commit', ['try-repo', REPO, hook.id, '--all-files', '--verbose'], dir, env);
    expect(r.stdout).toContain('- hook id: unitscore');
    expect(r.stdout).toMatch(/^FAIL units\/broken\.service: refused: /m);
    expect(r.stdout).toContain(`ok   units/bad.service: ${cliVerdict(dir, 'units/bad.service')}`);
    expect(r.stdout).toContain(`ok   units/good.service: ${cliVerdict(dir, 'units/good.service')}`);
    expect(r.status).toBe(1);
  }, 60_000);
});
