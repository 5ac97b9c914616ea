/**
 * The CLI's host on the real file system, for the CI entry points (the GitHub Action's script and
 * the pre-commit hook), which run `src/cli.ts`'s `main` in-process rather than spawning
 * `bin/unitscore.js` once per call. The same reads as `bin/unitscore.js`'s host: only regular files
 * are files; a directory, FIFO or device named as a unit is "no file", never something to block on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Host } from '../../src/cli.ts';

/** A host for `main()` in folder `cwd` (default: the process's) with environment `env` (default: the process's). */
export function nodeHost(cwd: string = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env): Host {
  return {
    cwd,
    env,
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
      try {
        return readdirSync(path);
      } catch {
        return null;
      }
    },
  };
}
