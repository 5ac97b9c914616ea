/**
 * Records test/fixtures/terminal/: what the real `systemd-analyze security` of every target
 * (version × mode) prints at a terminal and into pipes under the environments of
 * scripts/lib/terminal-envs.ts (colours, OSC-8 links, width and ellipsis), byte for byte, for a few
 * corpus units, a unit with long values, and all of them in one call (live: the overview table).
 *
 *   node scripts/record-terminal.ts [--systemd=252,live-262,…] [--check]
 *
 * One file per target, `<target>.json.gz` (`252`, `live-252`):
 *
 *   { "oracle": "systemd 252 (…)", "hostname": "vm", "cwd": "/tmp/unitscore-terminal" (offline),
 *     "units": { "x.service": [files…] }, "runs": [{ env, args, units, stdout, stderr, status }] }
 *
 * `hostname` and `cwd` are in the output (the summary line and the overview link each unit to
 * `file://HOST/PATH`), so the replay uses them. Offline runs are made in `cwd`, a fixed folder,
 * with every unit in it (`./NAME`); live runs go through the live oracle's kept manager
 * (`systemd-live-oracle start MAJOR`): the units are loaded by one ordinary call of the tool, then
 * `systemd-analyze security NAME…` is run in the manager's namespaces exactly as the tool runs it
 * (its `in_ns`: nsenter into PID 1's namespaces and root, four D-Bus/unit-path variables unset),
 * but with several names at once, which the tool itself never does (the overview needs it), and
 * under a pseudo-terminal (scripts/lib/pty-run.ts). The tool passes the caller's environment on,
 * so the variables reach the analyzer either way; a check run compares one unit with the tool's own
 * output. Root only for live; targets whose oracle is absent are skipped with a notice.
 * `--check` compares with the files and writes nothing (exit 1 on a difference).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { UnitFile } from '../src/engine/types.ts';
import { readCorpusUnits, unitName } from './lib/corpus.ts';
import { analyzerCommand } from './lib/analyzer-command.ts';
import { availableLiveOracles, liveOracleName, liveOracleTool } from './lib/live-oracle.ts';
import { availableOracles, oracleTool } from './lib/oracle.ts';
import { runOnTerminal, type PtyRun } from './lib/pty-run.ts';
import { allTargets, targetId, type Target } from './lib/targets.ts';
import { TERMINAL_BASE_ENV, TERMINAL_ENVS, type TerminalEnv } from './lib/terminal-envs.ts';
import { TERMINAL_CWD, TERMINAL_FIXTURE_DIR, type TerminalFixture, type TerminalRun } from './lib/terminal-fixtures.ts';

/** Corpus units, each for a rating colour or a table feature. */
const CORPUS_UNITS: readonly string[] = [
  'chrony/chrony-wait.service', // SAFE: green
  'haveged/haveged.service', // OK, DefaultDependencies=no: N/A rows (grey empty marks)
  'amavisd-new/amavis.service', // MEDIUM: the one rating without a colour
  'auditd/auditd.service', // EXPOSED: yellow
];

/** A unit with a long name and long values: the NAME, DESCRIPTION and UNIT columns must ellipsize. */
const LONG_UNIT: UnitFile = {
  path: 'unitscore-terminal-a-rather-long-unit-name-for-the-overview.service',
  text: [
    '[Service]',
    'ExecStart=/usr/bin/true',
    // 251+ list the devices in the description: a long one, and wide characters for the UTF-8 ellipsis.
    'DeviceAllow=/dev/a-device-node-with-a-name-long-enough-to-overflow-any-column rw',
    'DeviceAllow=/dev/\u65e5\u672c\u8a9e\u306e\u30c7\u30d0\u30a4\u30b9 r',
    'PrivateTmp=yes',
    '',
  ].join('\n'),
};

/** A unit the offline loader warns about (a notice and warnings on stderr; live they go to the journal). */
const WARNINGS_UNIT: UnitFile = {
  path: 'unitscore-terminal-warnings.service',
  text: ['[Service]', 'ExecStart=/usr/bin/true', 'User=nobody', 'UnknownSetting=yes', 'PrivateTmp=maybe', 'ProtectSystem=sometimes', ''].join('\n'),
};

/** A unit that is not there: an error on stderr. */
const MISSING_UNIT = 'unitscore-terminal-missing.service';

function units(): Record<string, UnitFile[]> {
  const corpus = readCorpusUnits();
  const out: Record<string, UnitFile[]> = {};
  for (const name of CORPUS_UNITS) {
    const u = corpus.find((c) => c.unit === name);
    if (u === undefined) throw new Error(`corpus has no ${name}`);
    out[unitName(name)] = u.files.map((f) => ({ path: f.path, text: f.text }));
  }
  out[LONG_UNIT.path] = [LONG_UNIT];
  out[WARNINGS_UNIT.path] = [WARNINGS_UNIT];
  return out;
}

/**
 * The runs of one environment: each unit alone, all at once, a unit that is missing; `--json=short`
 * too where asked.
 */
function plan(env: TerminalEnv, names: readonly string[]): { args: string[]; units: string[] }[] {
  const out = [...names.map((n) => ({ args: [] as string[], units: [n] })), { args: [] as string[], units: [...names] }, { args: [] as string[], units: [MISSING_UNIT] }];
  if (env.json) out.push(...names.map((n) => ({ args: ['--json=short'], units: [n] })));
  return out;
}

function envOf(e: TerminalEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...TERMINAL_BASE_ENV, ...e.env })) if (v !== undefined) env[k] = v;
  return env;
}

function oracleVersionLine(version: string): string {
  const tool = oracleTool();
  const out = tool === null ? '' : spawnSync(tool, [version, '--version'], { encoding: 'utf8' }).stdout ?? '';
  return out.split('\n')[0] ?? `systemd ${version}`;
}

async function recordOffline(target: Target, all: Record<string, UnitFile[]>): Promise<TerminalFixture> {
  rmSync(TERMINAL_CWD, { recursive: true, force: true });
  for (const files of Object.values(all)) {
    for (const f of files) {
      mkdirSync(dirname(join(TERMINAL_CWD, f.path)), { recursive: true });
      writeFileSync(join(TERMINAL_CWD, f.path), f.text, { mode: 0o644 });
    }
  }
  const direct = analyzerCommand(target.version);
  const tool = oracleTool();
  const argv0 = direct !== null ? [direct.program, ...direct.prefix] : tool !== null ? [tool, target.version] : ['systemd-analyze'];
  const runs: TerminalRun[] = [];
  try {
    for (const e of TERMINAL_ENVS) {
      const env = { ...envOf(e), HOME: process.env['HOME'] ?? '/root' };
      for (const p of plan(e, Object.keys(all))) {
        const argv = [...argv0, 'security', '--offline=true', ...p.args, ...p.units.map((u) => `./${u}`)];
        runs.push({ env: e.name, args: p.args, units: p.units, ...(await runOnTerminal(argv, env, e.stdout, e.stderr, TERMINAL_CWD)) });
      }
    }
  } finally {
    rmSync(TERMINAL_CWD, { recursive: true, force: true });
  }
  return { oracle: oracleVersionLine(target.version), hostname: hostname(), cwd: TERMINAL_CWD, units: all, runs };
}

/** The live oracle's `in_ns` prefix for a kept manager's PID 1 (see the tool's source). */
function inNamespaces(pid1: string): string[] {
  return [
    'nsenter', '--target', pid1, '--mount', '--pid', '--net', '--uts', '--ipc', '--cgroup', '--root', '--wd', '--',
    'env', '-u', 'DBUS_SYSTEM_BUS_ADDRESS', '-u', 'DBUS_SESSION_BUS_ADDRESS', '-u', 'XDG_RUNTIME_DIR', '-u', 'SYSTEMD_UNIT_PATH',
  ];
}

async function recordLive(target: Target, all: Record<string, UnitFile[]>): Promise<TerminalFixture> {
  const tool = liveOracleTool();
  if (tool === null) throw new Error('no systemd-live-oracle');
  const work = mkdtempSync(join(tmpdir(), 'unitscore-terminal-live-'));
  // A TMPDIR of our own: the kept manager's state folder is then ours alone (another user of the
  // tool keeps its own). Its cgroup is named after the version, so two kept managers of one version
  // cannot run at once: `start` then fails, and the target is to be recorded again later.
  const toolEnv = {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin', HOME: process.env['HOME'] ?? '/root', TMPDIR: work,
    ...(process.env['SYSTEMD_ORACLES'] ? { SYSTEMD_ORACLES: process.env['SYSTEMD_ORACLES'] } : {}),
  };
  const started = spawnSync(tool, ['start', target.version], { encoding: 'utf8', env: toolEnv });
  if (started.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`live oracle ${target.version} did not start (another kept manager of ${target.version}?): ${started.stderr}`);
  }
  const state = started.stdout.trim().split('\n').pop() ?? '';
  // Interrupted, the kept manager would outlive us: stop it first.
  const stop = (): void => void spawnSync(tool, ['stop', target.version], { env: toolEnv });
  const onSignal = (): void => {
    stop();
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const paths: string[] = [];
    for (const [name, files] of Object.entries(all)) {
      for (const f of files) {
        mkdirSync(dirname(join(work, 'in', f.path)), { recursive: true });
        writeFileSync(join(work, 'in', f.path), f.text, { mode: 0o644 });
      }
      paths.push(join(work, 'in', name));
    }
    const pid1 = readFileSync(join(state, 'pid1'), 'utf8').trim();
    const prefix = [...inNamespaces(pid1), 'systemd-analyze', 'security'];
    const names = Object.keys(all);
    // The check: one unit through the tool itself, into a pipe, equals the same run made here.
    const own = spawnSync(tool, [target.version, paths[0] as string], { encoding: 'utf8', env: { ...toolEnv, ...TERMINAL_BASE_ENV } });
    const mine = await runOnTerminal([...prefix, names[0] as string], { ...TERMINAL_BASE_ENV, PATH: toolEnv.PATH }, { kind: 'pipe' }, { kind: 'pipe' });
    if (own.stdout !== mine.stdout || own.status !== mine.status) throw new Error(`live ${target.version}: the direct run differs from the tool's own`);
    // One ordinary call loads every unit into the kept manager (each call replaces the units of the one before).
    const load = spawnSync(tool, [target.version, ...paths], { encoding: 'utf8', env: { ...toolEnv, ...TERMINAL_BASE_ENV } });
    if (load.status === null || load.status > 1) throw new Error(`live oracle ${target.version}: loading failed: ${load.stderr}`);
    const runs: TerminalRun[] = [];
    for (const e of TERMINAL_ENVS) {
      const env = { ...envOf(e), PATH: toolEnv.PATH };
      for (const p of plan(e, names)) {
        const r: PtyRun = await runOnTerminal([...prefix, ...p.args, ...p.units], env, e.stdout, e.stderr);
        runs.push({ env: e.name, args: p.args, units: p.units, ...r });
      }
    }
    const host = spawnSync(inNamespaces(pid1)[0] as string, [...inNamespaces(pid1).slice(1), 'uname', '-n'], { encoding: 'utf8' }).stdout.trim();
    return { oracle: liveOracleName(target.version), hostname: host, cwd: '/etc/systemd/system', units: all, runs };
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    stop();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const wanted = process.argv.find((a) => a.startsWith('--systemd='))?.slice('--systemd='.length).split(',');
  const offline = availableOracles();
  const live = availableLiveOracles();
  const all = units();
  let differences = 0;
  mkdirSync(TERMINAL_FIXTURE_DIR, { recursive: true });
  for (const target of allTargets()) {
    const id = targetId(target);
    if (wanted !== undefined && !wanted.includes(id)) continue;
    if (!(target.mode === 'live' ? live : offline).includes(target.version)) {
      console.log(`terminal ${id}: no oracle here, skipped`);
      continue;
    }
    const t0 = Date.now();
    const fixture = target.mode === 'live' ? await recordLive(target, all) : await recordOffline(target, all);
    const file = join(TERMINAL_FIXTURE_DIR, `${id}.json.gz`);
    const text = `${JSON.stringify(fixture, null, 1)}\n`;
    const old = existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8') : null;
    const same = old === text;
    console.log(`terminal ${id}: ${fixture.runs.length} runs in ${((Date.now() - t0) / 1000).toFixed(0)} s, ${old === null ? 'new' : same ? 'unchanged' : 'DIFFERS'}`);
    if (!same) {
      differences++;
      if (!check) writeFileSync(file, gzipSync(text, { level: 9 }));
    }
  }
  return check && differences > 0 ? 1 : 0;
}

process.exit(await main());
