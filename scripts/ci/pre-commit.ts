#!/usr/bin/env node
/**
 * The pre-commit hook (`.pre-commit-hooks.yaml`, `language: script`): pre-commit runs this file
 * from its checkout of the repository with the hook's `args`, then the staged files it matched
 * (`.service` files and drop-ins). Node ≥ 22.18 runs it as it is (it strips the types, and nothing
 * here imports a package), so the hook installs nothing.
 *
 *     pre-commit.ts [--threshold=N|X.Y] [--systemd=V] [--offline=true|false] [--security-policy=FILE] FILE...
 *
 * Each drop-in stands for the units that read it. Prints one line per unit (`ok` or `FAIL`, its
 * exposure and rating) and, under a failing one, its costliest failing rows as `file:line:`; exits 1
 * when a unit is above the threshold (default 100, i.e. 10.0: only refusals fail) or refused, or
 * an argument is wrong, else 0.
 */
import { DEFAULT_VERSION } from '../../src/engine/index.ts';
import { check, parseThreshold, type CheckOptions } from './check.ts';
import { nodeHost } from '../../bin/node-host.js';
import { hookReport } from './report.ts';
import { unitTargets } from './targets.ts';

/** Stops with a message on stderr and status 1. */
function fail(message: string): never {
  process.stderr.write(`unitscore pre-commit: ${message}\n`);
  process.exit(1);
}

let threshold = 100;
let systemd: string | undefined;
let mode: CheckOptions['mode'];
let policy: string | undefined;
const files: string[] = [];
for (const arg of process.argv.slice(2)) {
  if (!arg.startsWith('--')) {
    files.push(arg);
    continue;
  }
  const eq = arg.indexOf('=');
  const flag = eq < 0 ? arg : arg.slice(0, eq);
  const value = eq < 0 ? '' : arg.slice(eq + 1);
  if (flag === '--threshold') threshold = parseThreshold(value) ?? fail(`--threshold=${value}: use 0–100 (50 = 5.0) or an exposure such as 5.0`);
  else if (flag === '--systemd') systemd = value;
  else if (flag === '--offline') mode = value === 'false' ? 'live' : value === 'true' ? 'offline' : fail(`--offline=${value}: use true or false`);
  else if (flag === '--security-policy') policy = value;
  else fail(`unknown option ${arg} (known: --threshold=, --systemd=, --offline=, --security-policy=)`);
}

const host = nodeHost();
const targets = unitTargets(files, host.cwd, systemd ?? DEFAULT_VERSION, mode ?? 'offline');
for (const p of targets.orphans) process.stdout.write(`note ${p}: no unit beside this drop-in folder reads it\n`);
if (targets.units.length === 0) process.exit(0);
const run = check(targets.units, { threshold, ...(systemd === undefined ? {} : { systemd }), ...(mode === undefined ? {} : { mode }), ...(policy === undefined ? {} : { policy }) }, host);
process.stderr.write(run.text.stderr);
process.stdout.write(hookReport(run, threshold));
process.exitCode = run.status;
