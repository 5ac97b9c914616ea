/**
 * An in-memory {@link Host} for running the CLI on fixture files without touching the disk, so the
 * golden test and the benchmark see exactly what the oracle's run folder held.
 */
import { posix } from 'node:path';
import type { Host } from '../../src/cli.ts';
import type { UnitFile } from '../../src/engine/types.ts';

/**
 * The literal working directory of fixture runs. The recorded stderr has the run folder replaced by
 * `{dir}`, so a host whose cwd is this very string makes the CLI print comparable paths.
 */
export const FIXTURE_DIR = '{dir}';

/**
 * A host whose folder `cwd` (default {@link FIXTURE_DIR}) holds exactly `files` (paths relative to
 * it, drop-ins in subfolders) and nothing else: every other path reads as absent (null), including
 * the system unit folders, which is what `SYSTEMD_UNIT_PATH=` achieves for the oracle. Paths are
 * normalised (`{dir}/./x`, `{dir}/a/../x`); a folder lists its direct entries in sorted order.
 */
export function memoryHost(
  files: readonly UnitFile[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = FIXTURE_DIR,
): Host {
  const byPath = new Map<string, string>();
  const modes = new Map<string, number>();
  const dirs = new Map<string, Set<string>>();
  for (const file of files) {
    const full = posix.normalize(`${cwd}/${file.path}`);
    byPath.set(full, file.text);
    // A corpus file recorded with an execute bit (`executable: true`) had mode 0755; other files 0644.
    const mode = file.mode ?? ((file as { executable?: boolean }).executable === true ? 0o755 : undefined);
    if (mode !== undefined) modes.set(full, mode);
    for (let child = full; child.startsWith(`${cwd}/`); child = posix.dirname(child)) {
      const parent = posix.dirname(child);
      const entries = dirs.get(parent) ?? new Set<string>();
      entries.add(posix.basename(child));
      dirs.set(parent, entries);
    }
  }
  // Each folder's listing sorted once, as a directory read would return it; frozen, so no caller can change the folder.
  const listings = new Map<string, readonly string[]>();
  for (const [dir, entries] of dirs) listings.set(dir, Object.freeze([...entries].sort()));
  return {
    cwd,
    env,
    // A path found as it is needs no normalising (the usual case: the CLI asks for clean paths).
    fileMode: (path) => modes.get(path) ?? modes.get(normalized(path)) ?? null,
    readFile: (path) => byPath.get(path) ?? byPath.get(normalized(path)) ?? null,
    listDir: (path) => listings.get(path) ?? listings.get(isNormal(path) ? path : posix.normalize(path).replace(/(.)\/$/, '$1')) ?? null,
  };
}

/** `posix.normalize(path)`, skipped for a path it would return unchanged. */
function normalized(path: string): string {
  return isNormal(path) ? path : posix.normalize(path);
}

/** Whether `path` is not empty and no component of it is empty (but a leading one), `.` or `..`. */
function isNormal(path: string): boolean {
  if (path === '') return false;
  let start = 0; // the current component's first character
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 0x2f) continue;
    const length = i - start;
    if (length === 0 ? i !== 0 : length <= 2 && path.charCodeAt(start) === 0x2e && (length === 1 || path.charCodeAt(start + 1) === 0x2e)) return false;
    start = i + 1;
  }
  return true;
}
