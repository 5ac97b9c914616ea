/**
 * Which unit files a CI run analyses: glob patterns expanded (the Action's `files` input), and
 * changed drop-ins (`x.service.d/10-a.conf`, which pre-commit hands over as they are) turned into
 * the units that read them, since `systemd-analyze security` takes units, never drop-ins.
 */
import { globSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { DEFAULT_VERSION, dropInFoldersFor, isSystemdVersion, type AnalysisMode } from '../../src/engine/index.ts';

/** What a list of paths comes to. */
export interface Targets {
  /** The unit files to analyse, each once, sorted (paths as given, relative to the folder they were read in). */
  readonly units: readonly string[];
  /** Drop-ins that no unit beside their folder reads (a folder for a unit that is not there). */
  readonly orphans: readonly string[];
  /** Paths that are neither a `.service` file nor a drop-in (`.conf` in a `….d` folder). */
  readonly ignored: readonly string[];
}

/** What {@link expandPatterns} found. */
export interface Expanded {
  /** Paths matched, relative to `cwd`, `/`-separated, sorted, each once. */
  readonly paths: readonly string[];
  /** Patterns that matched no file, to be reported: most likely a typo. */
  readonly unmatched: readonly string[];
}

/**
 * The files `patterns` name, in folder `cwd`: patterns are separated by newlines or spaces (a YAML
 * block of one per line, or one line), globbed with Node's `fs.globSync` (`*`, `**`, `?`, `[…]`,
 * `{a,b}`); a pattern starting with `!` excludes what it matches from all the others. Only files
 * count, not folders; a plain path is a pattern that matches itself.
 */
export function expandPatterns(patterns: string, cwd: string): Expanded {
  const words = patterns.split(/\s+/).filter((w) => w !== '');
  const exclude = words.filter((w) => w.startsWith('!')).map((w) => w.slice(1));
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of words.filter((w) => !w.startsWith('!'))) {
    const matches = globSync(pattern, { cwd, exclude }).filter((p) => isFile(posix.join(cwd, p)));
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches) found.add(m.split('\\').join('/'));
  }
  return { paths: [...found].sort(), unmatched };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `dir/name.d/file.conf` → `{ dir, folder: 'name.d' }`, else null. */
function dropInParts(path: string): { dir: string; folder: string } | null {
  const m = /^(?:(.*)\/)?([^/]+\.d)\/[^/]+\.conf$/.exec(path);
  return m === null ? null : { dir: m[1] ?? '', folder: m[2] as string };
}

/**
 * The units to analyse for `paths` (relative to `cwd`): `.service` files as they are; each drop-in
 * replaced by every `.service` file beside its folder that reads that folder in `version` and
 * `mode` (`x.service.d/` → `x.service`; `x@.service.d/` → `x@.service`; `service.d/` and `x-.service.d/`
 * → every service or every `x-…` service there); anything else ignored. An unknown version counts as
 * the default one (the CLI then refuses it anyway).
 */
export function unitTargets(paths: readonly string[], cwd: string, version: string, mode: AnalysisMode): Targets {
  const v = isSystemdVersion(version) ? version : DEFAULT_VERSION;
  const units = new Set<string>();
  const orphans: string[] = [];
  const ignored: string[] = [];
  const listings = new Map<string, readonly string[]>();
  for (const path of paths) {
    if (path.endsWith('.service')) {
      units.add(path);
      continue;
    }
    const dropIn = dropInParts(path);
    if (dropIn === null) {
      ignored.push(path);
      continue;
    }
    let entries = listings.get(dropIn.dir);
    if (entries === undefined) {
      try {
        entries = readdirSync(posix.join(cwd, dropIn.dir || '.'));
      } catch {
        entries = [];
      }
      listings.set(dropIn.dir, entries);
    }
    const readers = entries.filter((e) => e.endsWith('.service') && dropInFoldersFor(e, v, mode).includes(dropIn.folder));
    if (readers.length === 0) orphans.push(path);
    for (const e of readers) units.add(dropIn.dir === '' ? e : `${dropIn.dir}/${e}`);
  }
  return { units: [...units].sort(), orphans, ignored };
}
