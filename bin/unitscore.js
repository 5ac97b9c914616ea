#!/usr/bin/env node
// @ts-check
/**
 * `unitscore` on the command line: runs `src/cli.ts` (Node strips its types; Node ≥ 22.18) with
 * the real file system and environment, then prints what it returned and exits with its status.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { main } from '../src/cli.ts';

/**
 * Folder listings, each read once per run: the CLI lists a unit's folder to look for drop-ins, and
 * one call naming 1,500 units in one folder would otherwise list those 1,500 entries 1,500 times
 * (a second of the run, `npm run bench:cli`). Nothing changes the folders while a run reads them.
 * @type {Map<string, string[] | null>}
 */
const listings = new Map();

/** @type {import('../src/cli.ts').Host} */
const host = {
  cwd: process.cwd(),
  env: process.env,
  // At a terminal the output is coloured, linked and fitted to its width, as systemd's is.
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  terminalColumns: process.stdout.isTTY === true ? process.stdout.columns : null,
  hostname: hostname(),
  // Only regular files count: a directory, FIFO or device named on the command line is "no file",
  // never something to block on or read garbage from.
  readFile(path) {
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
    } catch {
      return null;
    }
  },
  fileMode(path) {
    try {
      return statSync(path).mode & 0o7777;
    } catch {
      return null;
    }
  },
  listDir(path) {
    let entries = listings.get(path);
    if (entries === undefined) {
      try {
        entries = readdirSync(path);
      } catch {
        entries = null;
      }
      listings.set(path, entries);
    }
    return entries;
  },
};

const result = main(process.argv.slice(2), host);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
