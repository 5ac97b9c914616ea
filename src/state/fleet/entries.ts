/**
 * What the fleet view reads from the reader's input before anything is resolved: every file and
 * symbolic link of the folders, files and archives given, by its path as given. Plain values, so
 * the same resolution runs on an archive's entries, a picked folder and a drop alike.
 */

/**
 * One file or symbolic link. `path` uses `/` separators and is relative: an archive member's name
 * (`./etc/systemd/system/foo.service`, `usr/lib/systemd/system/bar.service.d/x.conf`), a picked
 * folder's `webkitRelativePath` (`system/foo.service`) or a loose file's name (`foo.service`).
 * A browser follows links in picked and dropped folders, so only archives carry `symlink` entries.
 */
export type FleetEntry =
  | { readonly kind: 'file'; readonly path: string; readonly text: string }
  | { readonly kind: 'symlink'; readonly path: string; readonly target: string };

/**
 * Why part of the input could not be read, as a code with arguments (the page words it):
 * `not-an-archive` (a `.tar`/`.tgz` that is neither a tar nor a gzip-compressed tar),
 * `unsupported-compression` (xz, zstd, bzip2: `args.format`), `unreadable` (the browser refused
 * to read the file or folder). `args.name` names the input.
 */
export interface FleetProblem {
  readonly code: 'not-an-archive' | 'unsupported-compression' | 'unreadable';
  readonly args: Readonly<Record<string, string>>;
}

/**
 * Whether a path may matter to the fleet: a `.service` unit (or a link named so), or a `.conf` file
 * in a `*.d/` folder (a drop-in). Everything else is never read, so a tarball or folder holding all
 * of `/etc` costs no more than its unit files.
 */
export function isUnitRelated(path: string): boolean {
  if (path.endsWith('.service')) return true;
  if (!path.endsWith('.conf')) return false;
  const parent = path.split('/').at(-2);
  return parent !== undefined && parent.endsWith('.d');
}
