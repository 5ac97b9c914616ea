/**
 * Where a path of the input sits among systemd's unit folders, and which folder wins. The folders
 * and their order are the system manager's search path (path-lookup.c, `lookup_paths_init()`, the
 * same from 245 to 262): a unit file in an earlier folder hides the same name in every later one,
 * and drop-ins are collected from all of them. A path outside every known folder (a picked folder
 * is named only by its last part, `system/`) counts as an admin's folder: right after
 * `/etc/systemd/system`, in the order first seen.
 */

/**
 * The system manager's unit folders, first wins. `/lib/systemd/system` is only read on a system
 * without merged `/usr` (Debian before 12); where both exist, `/usr/lib` comes first.
 */
export const UNIT_FOLDERS: readonly string[] = [
  'etc/systemd/system.control',
  'run/systemd/system.control',
  'run/systemd/transient',
  'run/systemd/generator.early',
  'etc/systemd/system',
  'etc/systemd/system.attached',
  'run/systemd/system',
  'run/systemd/system.attached',
  'run/systemd/generator',
  'usr/local/lib/systemd/system',
  'usr/lib/systemd/system',
  'lib/systemd/system',
  'run/systemd/generator.late',
];

/** Where unknown folders rank: right after this one. */
const ADMIN_FOLDER = 'etc/systemd/system';

const KNOWN = UNIT_FOLDERS.map((f) => f.split('/'));

/** Folders that hold links to other units (`systemctl enable`), not units or drop-ins of their own. */
const LINK_FOLDER = /\.(wants|requires|upholds)$/;

/**
 * `path` as clean segments: no leading `/` or `./`, no empty or `.` segments; null when a `..`
 * segment would climb out (such a path is never trusted).
 */
export function pathSegments(path: string): string[] | null {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return null;
    out.push(segment);
  }
  return out;
}

/**
 * A path's place: `prefix` (what stands before a known folder in the archive, e.g. `backup` for
 * `backup/etc/systemd/system/x.service`; `''` mostly), `folder` (a {@link UNIT_FOLDERS} entry, or
 * for an unknown folder its path as given) and `rel`, the path inside it (`x.service`,
 * `x.service.d/10-a.conf`, `multi-user.target.wants/x.service`).
 */
export interface Place {
  readonly prefix: string;
  readonly folder: string;
  readonly known: boolean;
  readonly rel: string;
}

/**
 * The place of `path`, or null for a path with a `..` segment or nothing after its folder. The
 * first known folder found from the left wins (`usr/lib/systemd/system` before the
 * `lib/systemd/system` inside it). Otherwise the unit folder is the file's own folder, or its
 * grandparent for a file in a `NAME.d/` or `*.wants/` folder.
 */
export function placeOf(path: string): Place | null {
  const segments = pathSegments(path);
  if (segments === null || segments.length === 0) return null;
  for (let i = 0; i < segments.length; i++) {
    for (let k = 0; k < KNOWN.length; k++) {
      const root = KNOWN[k]!;
      if (segments.length <= i + root.length || !root.every((s, j) => segments[i + j] === s)) continue;
      return { prefix: segments.slice(0, i).join('/'), folder: UNIT_FOLDERS[k]!, known: true, rel: segments.slice(i + root.length).join('/') };
    }
  }
  const parent = segments.at(-2);
  const depth = parent !== undefined && (parent.endsWith('.d') || LINK_FOLDER.test(parent)) ? 2 : 1;
  return { prefix: '', folder: segments.slice(0, -depth).join('/'), known: false, rel: segments.slice(-depth).join('/') };
}

/** Whether `rel` (a path inside a unit folder) is in a folder of links to other units. */
export function inLinkFolder(rel: string): boolean {
  const slash = rel.indexOf('/');
  return slash > 0 && LINK_FOLDER.test(rel.slice(0, slash));
}

/**
 * The folders of `places` in the order systemd reads them: the known ones by {@link UNIT_FOLDERS},
 * unknown ones after `/etc/systemd/system` in the order first seen. Keys are `prefix` + folder.
 */
export function folderOrder(places: Iterable<Place>): Place[] {
  const seen = new Map<string, Place>();
  for (const place of places) {
    const key = folderKey(place);
    if (!seen.has(key)) seen.set(key, place);
  }
  const admin = UNIT_FOLDERS.indexOf(ADMIN_FOLDER);
  const rank = (p: Place): number => (p.known ? UNIT_FOLDERS.indexOf(p.folder) : admin + 0.5);
  // Array.prototype.sort is stable: equal ranks keep their first-seen order.
  return [...seen.values()].sort((a, b) => rank(a) - rank(b));
}

/** The key naming a place's folder: `prefix/folder`, or the folder alone without a prefix. */
export function folderKey(place: Pick<Place, 'prefix' | 'folder'>): string {
  return place.prefix === '' ? place.folder : `${place.prefix}/${place.folder}`;
}

/** How a folder is shown: `/etc/systemd/system` for a known one, else its path as given (`./` for none). */
export function folderLabel(place: Pick<Place, 'prefix' | 'folder' | 'known'>): string {
  if (place.known) return `/${place.folder}`;
  return place.folder === '' ? './' : `${place.folder}/`;
}
