/**
 * Scratch repositories for the CI entry points' tests: a folder under the test output folder
 * holding the files given, and a way to run a script there as a separate Node process, with an
 * environment of its own (nothing of the test runner's GITHUB_* or INPUT_* leaks in).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testOutputDir } from '../support/output-dir.ts';

/** The repository's root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh folder `name` under the test output's `ci/` holding `files` (path → text). */
export function workspace(name: string, files: Readonly<Record<string, string>>): string {
  const dir = join(testOutputDir('ci'), name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** What a spawned program did. */
export interface Spawned {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `command` with `args` in `cwd` with only `env` and a PATH that finds this Node (and the
 * system's tools), as a runner would.
 */
export function spawn(command: string, args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Spawned {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, LANG: 'C.UTF-8', ...env },
    timeout: 60_000,
  });
  if (r.error !== undefined) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A unit that fails any threshold under 9: it sets PrivateTmp=no on line 6 and nothing else. */
export const BAD_UNIT = '[Unit]\nDescription=bad\n\n[Service]\nExecStart=/usr/bin/bad\nPrivateTmp=no\n';

/** A unit hardened to 0.4 (SAFE) by systemd 262, with PrivateTmp= left to a drop-in. */
export const GOOD_UNIT = [
  '[Unit]', 'Description=good', '', '[Service]', 'ExecStart=/usr/bin/good', 'DynamicUser=yes', 'PrivateNetwork=yes',
  'CapabilityBoundingSet=', 'SystemCallFilter=@system-service', 'SystemCallArchitectures=native', 'ProtectSystem=strict',
  'ProtectHome=yes', 'PrivateDevices=yes', 'ProtectKernelTunables=yes', 'ProtectKernelModules=yes', 'ProtectKernelLogs=yes',
  'ProtectControlGroups=yes', 'ProtectClock=yes', 'ProtectHostname=yes', 'ProtectProc=invisible', 'ProcSubset=pid',
  'RestrictAddressFamilies=AF_UNIX', 'RestrictNamespaces=yes', 'RestrictRealtime=yes', 'LockPersonality=yes',
  'MemoryDenyWriteExecute=yes', 'PrivateUsers=yes', 'IPAddressDeny=any', 'UMask=0077', '',
].join('\n');

/** The drop-in that completes {@link GOOD_UNIT}. */
export const GOOD_DROP_IN = '[Service]\nPrivateTmp=yes\n';
