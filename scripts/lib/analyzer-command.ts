/**
 * The direct command line of each offline analyzer on this machine, found once per process. The
 * `systemd-oracle` wrapper re-discovers every unpacked analyzer on each call (50–100 ms idle, over a
 * second on a loaded machine), which dominates thousands of runs of ~10 ms; this runs each tree's
 * `systemd-analyze` through that tree's own loader and libraries exactly as the wrapper's `run_in` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SystemdVersion } from '../../src/engine/types.ts';

/** A resolved way to start one version's analyzer: program and leading arguments. */
export interface AnalyzerCommand {
  readonly program: string;
  readonly prefix: readonly string[];
}

function majorOf(program: string, prefix: readonly string[]): string | null {
  const out = spawnSync(program, [...prefix, '--version'], { encoding: 'utf8' });
  return out.status === 0 ? (out.stdout.split('\n')[0]?.split(/\s+/)[1] ?? null) : null;
}

function findFile(root: string, test: (name: string) => boolean): string | null {
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && test(entry.name)) return join(entry.parentPath, entry.name);
  }
  return null;
}

/** The direct command lines of every analyzer the wrapper would use, keyed by major version. */
function discoverCommands(): Map<string, AnalyzerCommand> {
  const found = new Map<string, AnalyzerCommand>();
  const system = majorOf('systemd-analyze', []);
  if (system !== null) found.set(system, { program: 'systemd-analyze', prefix: [] });
  // Mirrors systemd-oracle's `run_in`: the unpacked suite's own loader and library path.
  const base = process.env['SYSTEMD_ORACLES'] ?? join(homedir(), '.cache/systemd-oracles');
  for (const suite of existsSync(base) ? readdirSync(base) : []) {
    const root = join(base, suite, 'root');
    if (!existsSync(root)) continue;
    const ld = findFile(root, (n) => n === 'ld-linux-x86-64.so.2');
    const shared = findFile(root, (n) => /^libsystemd-shared-.*\.so$/.test(n));
    if (ld === null || shared === null) continue;
    const libs = [dirname(shared), join(root, 'usr/lib/x86_64-linux-gnu'), join(root, 'lib/x86_64-linux-gnu')].join(':');
    const cmd = { program: ld, prefix: ['--library-path', libs, join(root, 'usr/bin/systemd-analyze')] };
    const major = majorOf(cmd.program, cmd.prefix);
    if (major !== null && !found.has(major)) found.set(major, cmd);
  }
  return found;
}

let commands: Map<string, AnalyzerCommand> | null = null;

/** The direct command for `version`'s analyzer, or null when none is unpacked here (use the wrapper). */
export function analyzerCommand(version: SystemdVersion): AnalyzerCommand | null {
  commands ??= discoverCommands();
  return commands.get(version) ?? null;
}
