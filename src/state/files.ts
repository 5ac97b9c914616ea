/**
 * The files being edited: the unit plus its drop-ins, in the order the loader reads them
 * (the unit first, then drop-ins by file name). One concern: the texts and which one is open.
 */
import { atom, computed } from 'nanostores';
import type { UnitFile } from './engine.ts';

/** The unit and its drop-ins. Never empty: the first file is the unit (a path without `/`). */
export const $files = atom<readonly UnitFile[]>([{ path: 'simplehttp.service', text: '' }]);

/** What was last loaded from an example, a paste or storage: "copy changes as a drop-in" diffs against it. */
export const $baseline = atom<readonly UnitFile[]>($files.get());

/** Path of the file shown in the editor; falls back to the unit when the path no longer exists. */
export const $activePath = atom<string>('simplehttp.service');

/** The unit file itself (the first file without `/`). */
export const $unitFile = computed($files, (files) => files.find((f) => !f.path.includes('/')) ?? files[0]!);

/** The open file, or the unit when `$activePath` names nothing. */
export const $activeFile = computed([$files, $activePath], (files, path) => files.find((f) => f.path === path) ?? files[0]!);

/** Sorts drop-ins by file name after the unit, as the loader applies them (name order across folders). */
export function loaderOrder(files: readonly UnitFile[]): UnitFile[] {
  const unit = files.filter((f) => !f.path.includes('/'));
  const dropIns = files.filter((f) => f.path.includes('/'));
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  dropIns.sort((a, b) => (base(a.path) < base(b.path) ? -1 : base(a.path) > base(b.path) ? 1 : 0));
  return [...unit, ...dropIns];
}

/** Replaces the text of one file; unknown paths are ignored (the file was closed meanwhile). */
export function setFileText(path: string, text: string): void {
  const files = $files.get();
  const i = files.findIndex((f) => f.path === path);
  if (i < 0 || files[i]!.text === text) return;
  const next = files.slice();
  next[i] = { path, text };
  $files.set(next);
}

/**
 * Loads a new set of files (example, paste, storage) and makes it the baseline for
 * "copy changes as a drop-in". An empty list is ignored so the editor always has a unit.
 */
export function loadFiles(files: readonly UnitFile[], options: { keepBaseline?: readonly UnitFile[] } = {}): void {
  if (files.length === 0) return;
  const ordered = loaderOrder(files);
  $files.set(ordered);
  $baseline.set(options.keepBaseline ?? ordered);
  $activePath.set(ordered[0]!.path);
}

/**
 * Replaces all texts at once (an applied fix), keeping the baseline and the open tab. Files are
 * matched by path; an empty list is ignored.
 */
export function replaceFiles(files: readonly UnitFile[]): void {
  if (files.length > 0) $files.set(loaderOrder(files));
}

/** The unit's name (`foo.service`), used to name its drop-in folder. */
export function unitName(files: readonly UnitFile[]): string {
  return (files.find((f) => !f.path.includes('/')) ?? files[0]!).path;
}

/**
 * Adds an empty drop-in `UNIT.d/NAME.conf` and opens it. `name` defaults to the first free
 * `override.conf`, `override-2.conf`, …; a `.conf` suffix is added when missing. Returns its path.
 */
export function addDropIn(name?: string): string {
  const files = $files.get();
  const dir = `${unitName(files)}.d/`;
  let path: string;
  if (name !== undefined && name.trim() !== '') {
    const clean = name.trim().replace(/[/\\]/g, '-');
    path = dir + (clean.endsWith('.conf') ? clean : `${clean}.conf`);
  } else {
    let n = 1;
    do path = `${dir}override${n === 1 ? '' : `-${n}`}.conf`; while (files.some((f) => f.path === path) && ++n);
  }
  if (!files.some((f) => f.path === path)) $files.set(loaderOrder([...files, { path, text: '[Service]\n' }]));
  $activePath.set(path);
  return path;
}

/** Removes a drop-in. The unit itself cannot be removed (the request is ignored). */
export function removeFile(path: string): void {
  const files = $files.get();
  if (!path.includes('/')) return;
  $files.set(files.filter((f) => f.path !== path));
  if ($activePath.get() === path) $activePath.set(unitName(files));
}

/**
 * Renames the unit (and moves its drop-ins along). Names without a unit suffix get `.service`.
 * Refuses (returns false) names that are empty or contain `/`.
 */
export function renameUnit(name: string): boolean {
  const clean = name.trim();
  if (clean === '' || clean.includes('/')) return false;
  const next = /\.[a-z]+$/.test(clean) ? clean : `${clean}.service`;
  const files = $files.get();
  const old = unitName(files);
  $files.set(files.map((f) => (f.path === old ? { path: next, text: f.text } : f.path.startsWith(`${old}.d/`) ? { path: `${next}.d/${f.path.slice(old.length + 3)}`, text: f.text } : f)));
  const active = $activePath.get();
  $activePath.set(active === old ? next : active.startsWith(`${old}.d/`) ? `${next}.d/${active.slice(old.length + 3)}` : active);
  return true;
}
