/**
 * The terminal golden files, test/fixtures/terminal/<target>.json.gz (written by
 * scripts/record-terminal.ts, read by test/terminal-golden.test.ts): what the real analyzer printed
 * under each environment of scripts/lib/terminal-envs.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { UnitFile } from '../../src/engine/types.ts';
import type { TargetId } from './targets.ts';

/** `test/fixtures/terminal/` of this checkout. */
export const TERMINAL_FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/terminal');

/**
 * The folder offline runs are made in: it is printed (the summary line links the unit to
 * `file://HOST/PATH`), so it is fixed, and the replay uses the same.
 */
export const TERMINAL_CWD = '/tmp/unitscore-terminal';

/** One recorded run: the environment's name, the options before the units, the units in order. */
export interface TerminalRun {
  readonly env: string;
  readonly args: readonly string[];
  readonly units: readonly string[];
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** One target's file. */
export interface TerminalFixture {
  /** The analyzer's version line, e.g. `systemd 252 (252.38-1~deb12u1)`. */
  readonly oracle: string;
  /** The machine's node name, printed in `file://` links. */
  readonly hostname: string;
  /** Offline: the folder the units were in; live: `/etc/systemd/system`. */
  readonly cwd: string;
  /** Each unit's files by unit name (paths relative to the unit's folder). */
  readonly units: Readonly<Record<string, readonly UnitFile[]>>;
  readonly runs: readonly TerminalRun[];
}

/** The recorded file of `target`, or null when it was never recorded. */
export function readTerminalFixture(target: TargetId, dir: string = TERMINAL_FIXTURE_DIR): TerminalFixture | null {
  const file = join(dir, `${target}.json.gz`);
  if (!existsSync(file)) return null;
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as TerminalFixture;
}
