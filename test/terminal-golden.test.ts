/**
 * At a terminal: for every target recorded in test/fixtures/terminal/ (scripts/record-terminal.ts),
 * every run the real `systemd-analyze security` made under the environments of
 * scripts/lib/terminal-envs.ts (a terminal or a pipe for stdout and stderr, its width, SYSTEMD_COLORS,
 * NO_COLOR, SYSTEMD_URLIFY, COLUMNS, TERM, COLORTERM, the locale) is made again by the in-process
 * CLI with a host that says the same (`stdoutIsTTY`, `stderrIsTTY`, `terminalColumns`, the
 * environment, the recording machine's host name and folder), and must print the same stdout, byte
 * for byte, and exit with the same status; stderr too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { UnitFile } from '../src/engine/types.ts';
import { memoryHost } from '../scripts/lib/memory-host.ts';
import { allTargets, modeArg, targetId } from '../scripts/lib/targets.ts';
import { TERMINAL_BASE_ENV, TERMINAL_ENVS, type TerminalEnv } from '../scripts/lib/terminal-envs.ts';
import { readTerminalFixture, TERMINAL_CWD, type TerminalFixture, type TerminalRun } from '../scripts/lib/terminal-fixtures.ts';
import { firstDifference } from './support/first-difference.ts';

const ENVS = new Map(TERMINAL_ENVS.map((e) => [e.name, e]));
const SHOW = 12;


function envOf(e: TerminalEnv): Record<string, string | undefined> {
  return { ...TERMINAL_BASE_ENV, ...e.env };
}

/** The run made again: the same units in the same folder, the host saying what the terminal was. */
function replay(fixture: TerminalFixture, run: TerminalRun, version: string, mode: string): { stdout: string; stderr: string; status: number } {
  const e = ENVS.get(run.env);
  if (e === undefined) throw new Error(`unknown environment ${run.env}`);
  const files: UnitFile[] = Object.values(fixture.units).flat();
  const base = memoryHost(files, envOf(e), TERMINAL_CWD);
  const host = {
    ...base,
    stdoutIsTTY: e.stdout.kind === 'tty',
    stderrIsTTY: e.stderr.kind === 'tty',
    terminalColumns: e.stdout.kind === 'tty' ? e.stdout.columns : null,
    hostname: fixture.hostname,
  };
  return main(['security', mode, ...run.args, ...run.units.map((u) => `./${u}`), `--systemd=${version}`], host);
}

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.log(`terminal fixtures:\n${summary.join('\n')}`);
});

const recorded = allTargets()
  .map((t) => ({ ...t, id: targetId(t), fixture: readTerminalFixture(targetId(t)) }))
  .filter((t): t is typeof t & { fixture: TerminalFixture } => t.fixture !== null);

describe.each(recorded)('terminal $id', (target) => {
  const outcomes = target.fixture.runs.map((run) => {
    const got = replay(target.fixture, run, target.version, modeArg(target));
    const label = `${run.env} [${[...run.args, ...run.units].join(' ')}]`;
    return {
      label,
      stdout: got.stdout === run.stdout && got.status === run.status ? '' : `${label}: ${got.status !== run.status ? `status want ${run.status} got ${got.status}; ` : ''}${firstDifference('stdout', run.stdout, got.stdout)}`,
      stderr: got.stderr === run.stderr ? '' : `${label}: ${firstDifference('stderr', run.stderr, got.stderr)}`,
    };
  });
  const stdoutOk = outcomes.filter((o) => o.stdout === '').length;
  const stderrOk = outcomes.filter((o) => o.stderr === '').length;
  summary.push(`  ${target.id.padEnd(8)}: ${outcomes.length} runs, stdout+status ${stdoutOk}/${outcomes.length}, stderr ${stderrOk}/${outcomes.length}`);

  it('prints the same stdout and exits with the same status as the oracle in every environment', () => {
    const bad = outcomes.filter((o) => o.stdout !== '').map((o) => o.stdout);
    expect(bad.slice(0, SHOW), `${bad.length} of ${outcomes.length} differ`).toEqual([]);
  });

  it('prints the same stderr', () => {
    const bad = outcomes.filter((o) => o.stderr !== '').map((o) => o.stderr);
    expect(bad.slice(0, SHOW), `${bad.length} of ${outcomes.length} differ`).toEqual([]);
  });
});

it('has terminal fixtures for at least one target', () => {
  expect(recorded.length).toBeGreaterThan(0);
});

it('accepts --no-pager, which changes nothing: unitscore never pages', () => {
  const fixture = recorded[0]?.fixture;
  if (fixture === undefined) throw new Error('no terminal fixture');
  const host = memoryHost(Object.values(fixture.units).flat(), TERMINAL_BASE_ENV, TERMINAL_CWD);
  const unit = `./${Object.keys(fixture.units)[0] as string}`;
  const plain = main(['security', '--offline=false', unit], host);
  expect(main(['security', '--no-pager', '--offline=false', unit], host)).toEqual(plain);
  expect(plain.stdout).toContain('Overall exposure level');
});
