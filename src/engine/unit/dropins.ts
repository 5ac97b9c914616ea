/**
 * Which drop-in files apply to a unit, and in which order, as systemd finds them in the unit's own
 * folder: `ID.d/`, the template's `PREFIX@.TYPE.d/`, the dash-prefix folders (`a-b-.service.d/`,
 * `a-.service.d/`) and the type folder `service.d/`. Only `*.conf` files count; all of them are applied
 * in file-name order; a name present in several folders is taken from the most specific one.
 */
import type { AnalysisMode, SystemdVersion, UnitFile } from '../types.ts';
import { profileFor } from '../versions/profile.ts';
import { parseUnitName, unitIdFor, type UnitName } from './name.ts';

/** Drop-in folder names for a unit id, most specific first. */
export function dropInFolders(id: string, name: UnitName): string[] {
  const folders = [`${id}.d`];
  if (name.instance !== null) folders.push(`${name.prefix}@.${name.type}.d`);
  // Dash prefixes of the prefix part: "a-b-c" gives "a-b-" and "a-" (longest first).
  const base = name.prefix;
  for (let i = base.length - 1; i > 0; i--) {
    if (base[i - 1] === '-' && i < base.length) folders.push(`${base.slice(0, i)}.${name.type}.d`);
  }
  folders.push(`${name.type}.d`);
  return folders;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The files among `files` in `folders` (most specific first) that systemd applies: `*.conf` only,
 * one per file name (from the most specific folder holding it), in file-name order.
 */
function dropInsIn(files: readonly UnitFile[], folders: readonly string[]): UnitFile[] {
  const chosen = new Map<string, { file: UnitFile; rank: number }>();
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    if (slash < 0 || !file.path.endsWith('.conf')) continue;
    const rank = folders.indexOf(file.path.slice(0, slash));
    if (rank < 0) continue;
    const key = basename(file.path);
    const previous = chosen.get(key);
    if (previous === undefined || rank < previous.rank) chosen.set(key, { file, rank });
  }
  return [...chosen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry.file);
}

/** The drop-in files among `files` that apply to unit `id`, in the order systemd applies them. */
export function dropInsFor(files: readonly UnitFile[], id: string, name: UnitName): UnitFile[] {
  if (files.every((f) => !f.path.includes('/'))) return []; // the usual case: no folders at all
  return dropInsIn(files, dropInFolders(id, name));
}

/**
 * The drop-in folders (relative to the unit's folder) that `version` reads for the unit file named
 * `unitPath`, most specific first, in `mode` (default offline: a template's instance name differs
 * live); empty when the name is not a valid unit name.
 */
export function dropInFoldersFor(unitPath: string, version: SystemdVersion, mode: AnalysisMode = 'offline', instance?: string): string[] {
  const name = parseUnitName(unitPath);
  if (name === null) return [];
  return dropInFolders(unitIdFor(name, instance ?? profileFor(version, mode).templateInstance), name);
}

/**
 * The drop-ins among `files` that `version` applies to the unit file named `unitPath`, in the order
 * it applies them (see {@link dropInsFor}); empty when the name is not a valid unit name.
 */
export function dropInsOf(files: readonly UnitFile[], unitPath: string, version: SystemdVersion, mode: AnalysisMode = 'offline'): UnitFile[] {
  return dropInsIn(files, dropInFoldersFor(unitPath, version, mode));
}
