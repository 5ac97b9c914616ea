// @ts-check
/**
 * The CLI's host on the real file system: `bin/unitscore.js` adds the terminal and its fast stdout,
 * the CI entry points (the GitHub Action's script, the pre-commit hook) run `main` in-process with it.
 * Only regular files count: a directory, FIFO or device named on the command line is "no file",
 * never something to block on or read garbage from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';

/**
 * A host for `main()` in folder `cwd` (default: the process's) with environment `env` (default: the
 * process's). Each folder is listed once per host (a run of 1,500 units in one folder would
 * otherwise list it 1,500 times), and a unit file's mode comes from the stat its read made.
 * @param {string} [cwd]
 * @param {Readonly<Record<string, string | undefined>>} [env]
 * @returns {import('../src/cli.ts').Host}
 */
export function nodeHost(cwd = process.cwd(), env = process.env) {
  /** @type {Map<string, string[] | null>} */
  const listings = new Map();
  /** The file `readFile` read last and its permission bits: the CLI asks for the mode right after. */
  let lastPath = '';
  /** @type {number | null} */
  let lastMode = null;
  return {
    cwd,
    env,
    readFile(path) {
      try {
        const stats = statSync(path);
        lastPath = path;
        lastMode = stats.mode & 0o7777;
        return stats.isFile() ? readFileSync(path, 'utf8') : null;
      } catch {
        lastPath = '';
        return null;
      }
    },
    fileMode(path) {
      if (path === lastPath) return lastMode;
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
}
