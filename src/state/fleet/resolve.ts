/**
 * The input's entries → the services systemd would load from them, each with its drop-ins, as the
 * manager resolves them (src/core/unit.c, src/shared/dropin.c of 245–262):
 * - a unit name is taken from the first folder holding it (places.ts: `/etc` before `/usr/lib`);
 * - a link to `/dev/null`, or an empty file, masks the unit (the engine refuses it as masked);
 * - a link whose target has another name is an alias: not a unit of its own (systemd lists each
 *   loaded unit once, by its own name), but its `ALIAS.d/` folders add drop-ins to the unit;
 * - a link with the same name ("linked" unit files) reads its target;
 * - links in `*.wants/`, `*.requires/`, `*.upholds/` only enable units; templates (`foo@.service`)
 *   are not loaded units and are not listed, but an instance such a link names
 *   (`getty.target.wants/getty@tty1.service`) is a unit of its own, loaded from its template, and so
 *   is an instance whose unit file is a link to its template (which is no alias);
 * - drop-ins: every `*.conf` of `NAME.d/`, the dash-prefix folders (`a-b-.service.d/`, `a-.service.d/`),
 *   for an instance the template's `foo@.service.d/`, in each unit folder, then the type-wide
 *   `service.d/` of each; a file name is taken from the first of these folders holding it (a link
 *   to `/dev/null` or an empty file there masks that name), and all are applied in name order.
 * The result is handed to the engine as one folder: the unit and each winning drop-in under a folder
 * name the engine reads for that unit (an alias's drop-ins under `NAME.d/`).
 */
import { dropInFoldersFor, parseUnitName, type UnitFile } from '../engine.ts';
import type { FleetEntry } from './entries.ts';
import { folderKey, folderLabel, folderOrder, inLinkFolder, pathSegments, placeOf, type Place } from './places.ts';

/** A drop-in that applies, and where it was found. */
export interface FleetDropIn {
  /** The folder it was read from, as shown (`/usr/lib/systemd/system`). */
  readonly folder: string;
  /** Its path inside that folder (`foo.service.d/10-a.conf`, `service.d/x.conf`). */
  readonly rel: string;
}

/** One service of the fleet, ready for the engine. */
export interface FleetUnit {
  /** The unit name, e.g. `foo.service`. */
  readonly name: string;
  /** The folder its unit file was taken from, as shown (`/etc/systemd/system`, `system/`). */
  readonly folder: string;
  /** Later folders holding a unit file of the same name, hidden by this one (as shown). */
  readonly overrides: readonly string[];
  /** Names linked to this unit as aliases, sorted. */
  readonly aliases: readonly string[];
  /**
   * What the engine analyses: the unit file (path = {@link name}; empty text when masked) and its
   * drop-ins in the order applied, with paths relative to the unit's folder.
   */
  readonly files: readonly UnitFile[];
  /** Where each drop-in of {@link files} came from, in the same order. */
  readonly dropIns: readonly FleetDropIn[];
  /** The unit file is a link whose target is not in the input (`/lib/systemd/system/x.service`); then `files` is empty. */
  readonly missingTarget: string | null;
}

/** What resolving the input found besides the units, for the page's summary. */
export interface FleetCounts {
  /** Alias links skipped (their unit is listed under its own name, if present). */
  readonly aliases: number;
  /** Template unit files (`foo@.service`), not listed. */
  readonly templates: number;
  /** Unit files hidden by the same name in an earlier folder. */
  readonly overridden: number;
  /** Entries that are not service units, drop-ins or enablement links (other unit types, stray files). */
  readonly ignored: number;
}

/** The services found (sorted by name, as `systemd-analyze security` lists them) and the counts. */
export interface FleetInput {
  readonly units: readonly FleetUnit[];
  readonly counts: FleetCounts;
  /** The unit folders the input held, in the order systemd reads them (as shown). */
  readonly folders: readonly string[];
}

/** A resolved file: its text (`''` when masked) or the target that is missing. */
type Content = { readonly text: string; readonly masked: boolean } | { readonly missing: string };

/** How many links are followed before giving up (systemd's chase() allows 32; a loop stops anyway). */
const MAX_LINKS = 32;

interface Located {
  readonly entry: FleetEntry;
  readonly place: Place;
  readonly path: string;
}

/** Follows `entry` to a file's text through the input's links. */
function contentOf(entry: FleetEntry, place: Place, byPath: ReadonlyMap<string, FleetEntry>): Content {
  let current = entry;
  let path = (pathSegments(entry.path) ?? []).join('/');
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    if (current.kind === 'file') return { text: current.text, masked: current.text.length === 0 };
    const target = current.target;
    if (target === '/dev/null') return { text: '', masked: true };
    // An absolute target is read inside the archive (below what stood before its unit folder); a
    // relative one beside the link. Merged /usr: /lib/x is /usr/lib/x and the other way round.
    const base = target.startsWith('/') ? place.prefix : path.split('/').slice(0, -1).join('/');
    const joined = resolvePath(base, target.startsWith('/') ? target.slice(1) : target);
    const candidates = joined === null ? [] : [joined, joined.replace(/(^|\/)lib\//, '$1usr/lib/'), joined.replace(/(^|\/)usr\/lib\//, '$1lib/')];
    const next = candidates.map((c) => [c, byPath.get(c)] as const).find(([, e]) => e !== undefined);
    if (next === undefined) return { missing: target };
    [path, current] = [next[0], next[1]!];
  }
  return { missing: current.kind === 'symlink' ? current.target : current.path };
}

/** `rel` read from folder `base` (`..` climbs, never above the top): a clean path, or null. */
function resolvePath(base: string, rel: string): string | null {
  const out = base === '' ? [] : base.split('/');
  for (const segment of rel.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.pop() === undefined) return null;
  }
  return out.join('/');
}

/** The template an instance name is loaded from (`getty@tty1.service` → `getty@.service`), or null for any other name. */
function templateOf(name: string): string | null {
  const parsed = parseUnitName(name);
  return parsed === null || parsed.instance === null || parsed.instance === '' ? null : `${parsed.prefix}@.${parsed.type}`;
}

/** The target name of a link (`/lib/systemd/system/ssh.service` → `ssh.service`), or null for a file. */
function linkName(entry: FleetEntry): string | null {
  if (entry.kind !== 'symlink') return null;
  return entry.target.slice(entry.target.lastIndexOf('/') + 1);
}

/**
 * The units of `entries`, resolved as the system manager would load them from those folders.
 * Entries with a `..` segment are ignored; a path given twice keeps its last entry.
 */
export function resolveFleet(entries: readonly FleetEntry[]): FleetInput {
  const byPath = new Map<string, FleetEntry>();
  const located: Located[] = [];
  let ignored = 0;
  for (const entry of entries) {
    const place = placeOf(entry.path);
    if (place === null) {
      ignored++;
      continue;
    }
    const path = (pathSegments(entry.path) ?? []).join('/');
    byPath.set(path, entry);
    located.push({ entry, place, path });
  }
  // With a known unit folder in the input (an archive of /etc or /usr/lib), other folders only hold
  // what links point at (`/opt/x/x.service`); without one, every folder given is a unit folder.
  const anyKnown = located.some((l) => l.place.known);
  const unitFolders = anyKnown ? located.filter((l) => l.place.known) : located;
  ignored += located.length - unitFolders.length;
  const folders = folderOrder(unitFolders.map((l) => l.place));
  const rank = new Map(folders.map((f, i) => [folderKey(f), i]));
  // Per folder: top-level unit files and links, and drop-in folders' files.
  const top = folders.map(() => new Map<string, Located>());
  const dirs = folders.map(() => new Map<string, Map<string, Located>>());
  for (const item of unitFolders) {
    const i = rank.get(folderKey(item.place))!;
    const parts = item.place.rel.split('/');
    if (parts.length === 1 && item.place.rel.endsWith('.service') && parseUnitName(item.place.rel) !== null) {
      top[i]!.set(item.place.rel, item);
    } else if (parts.length === 2 && parts[0]!.endsWith('.d') && parts[1]!.endsWith('.conf')) {
      const dir = dirs[i]!.get(parts[0]!) ?? new Map<string, Located>();
      dir.set(parts[1]!, item);
      dirs[i]!.set(parts[0]!, dir);
    } else if (!inLinkFolder(item.place.rel) || !item.place.rel.endsWith('.service')) {
      ignored++;
    }
  }

  // The first folder holding a name gives its unit file; later ones are overridden.
  const winners = new Map<string, { item: Located; overrides: string[] }>();
  let overridden = 0;
  top.forEach((names, i) => {
    for (const [name, item] of names) {
      const won = winners.get(name);
      if (won === undefined) winners.set(name, { item, overrides: [] });
      else {
        won.overrides.push(folderLabel(folders[i]!));
        overridden++;
      }
    }
  });

  const aliasesOf = new Map<string, string[]>();
  let aliases = 0;
  let templates = 0;
  const names: string[] = [];
  for (const [name, { item }] of winners) {
    const target = linkName(item.entry);
    if (target !== null && target !== name && target !== templateOf(name) && item.entry.kind === 'symlink' && item.entry.target !== '/dev/null') {
      aliases++;
      aliasesOf.set(target, [...(aliasesOf.get(target) ?? []), name]);
    } else if (parseUnitName(name)?.instance === '') {
      templates++;
    } else {
      names.push(name);
    }
  }
  // Instances named only by enablement links: each read from its template, where there is one.
  const templateFor = new Map<string, string>();
  for (const item of unitFolders) {
    const rel = item.place.rel;
    if (!inLinkFolder(rel)) continue;
    const name = rel.slice(rel.indexOf('/') + 1);
    const template = templateOf(name);
    if (template === null || winners.has(name) || templateFor.has(name) || !winners.has(template)) continue;
    templateFor.set(name, template);
    names.push(name);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const units = names.map((name): FleetUnit => {
    const { item, overrides } = winners.get(templateFor.get(name) ?? name)!;
    const unitAliases = (aliasesOf.get(name) ?? []).sort();
    const content = contentOf(item.entry, item.place, byPath);
    const base = { name, folder: folderLabel(item.place), overrides, aliases: unitAliases };
    if ('missing' in content) return { ...base, files: [], dropIns: [], missingTarget: content.missing };
    const { files, dropIns } = dropInsFor(name, unitAliases, folders, dirs, byPath);
    return { ...base, files: [{ path: name, text: content.masked ? '' : content.text }, ...files], dropIns, missingTarget: null };
  });
  return { units, counts: { aliases, templates, overridden, ignored }, folders: folders.map(folderLabel) };
}

/**
 * The drop-ins of unit `name` (and its aliases) across `folders`, in the order systemd applies them,
 * as files for the engine (see the module comment) and where each came from.
 */
function dropInsFor(
  name: string,
  aliases: readonly string[],
  folders: readonly Place[],
  dirs: readonly ReadonlyMap<string, ReadonlyMap<string, Located>>[],
  byPath: ReadonlyMap<string, FleetEntry>,
): { files: UnitFile[]; dropIns: FleetDropIn[] } {
  // dropInFoldersFor ends with the type-wide folder (`service.d`), which systemd reads last of all,
  // from every unit folder; before it, for the unit and then each alias, each unit folder's own
  // folders (most specific first). An alias's drop-ins reach the engine under `NAME.d/`.
  const own = dropInFoldersFor(name, '262', 'live');
  const typeWide = own.at(-1)!;
  const order: { dir: string; as: string; f: number }[] = [];
  for (const n of [name, ...aliases]) {
    const named = (n === name ? own : dropInFoldersFor(n, '262', 'live')).slice(0, -1);
    folders.forEach((_, f) => {
      for (const dir of named) order.push({ dir, as: n === name ? dir : `${name}.d`, f });
    });
  }
  folders.forEach((_, f) => order.push({ dir: typeWide, as: typeWide, f }));
  const chosen = new Map<string, { item: Located; as: string; folder: Place }>();
  for (const { dir, as, f } of order) {
    for (const [file, item] of dirs[f]?.get(dir) ?? []) {
      if (!chosen.has(file)) chosen.set(file, { item, as, folder: folders[f]! });
    }
  }
  const files: UnitFile[] = [];
  const dropIns: FleetDropIn[] = [];
  for (const file of [...chosen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { item, as, folder } = chosen.get(file)!;
    const content = contentOf(item.entry, item.place, byPath);
    if ('missing' in content || content.masked) continue;
    files.push({ path: `${as}/${file}`, text: content.text });
    dropIns.push({ folder: folderLabel(folder), rel: item.place.rel });
  }
  return { files, dropIns };
}
