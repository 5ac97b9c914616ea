/**
 * Keeps the workspace (files, version, mode) in a Storage and restores it on load. The storage is
 * passed in (house rule: no hidden globals), so tests use an in-memory one.
 */
import { afterQuiet } from './after-quiet.ts';
import { $baseline, $files, loadFiles, loaderOrder } from './files.ts';
import { isSystemdVersion, type UnitFile } from './engine.ts';
import { $mode, $version, selectMode } from './version.ts';

/** The key under which the workspace is saved. */
export const STORAGE_KEY = 'unitscore:workspace:v1';

/** The saved shape; `baseline` lets "copy as drop-in" survive a reload. */
interface Saved {
  readonly files: readonly UnitFile[];
  readonly baseline?: readonly UnitFile[];
  readonly version?: string;
  /** The chosen mode; absent in workspaces saved before modes existed (the default, live, then applies). */
  readonly mode?: string;
}

function isFiles(x: unknown): x is UnitFile[] {
  return Array.isArray(x) && x.length > 0 && x.every((f: unknown) => {
    const file = f as Partial<Record<keyof UnitFile, unknown>> | null;
    return typeof file?.path === 'string' && typeof file.text === 'string';
  });
}

/**
 * Restores a saved workspace. Returns false (and changes nothing) when nothing valid is saved or
 * the storage throws (private mode, quota, corrupt JSON).
 */
export function restoreWorkspace(storage: Pick<Storage, 'getItem'>): boolean {
  try {
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<Saved> | null;
    if (saved === null || !isFiles(saved.files)) return false;
    loadFiles(saved.files, isFiles(saved.baseline) ? { keepBaseline: saved.baseline } : {});
    if (isSystemdVersion(saved.version)) $version.set(saved.version);
    selectMode(saved.mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * After a link was opened: when the saved workspace holds exactly the files the link carried (the
 * page was reloaded on its own, kept-in-sync address), takes the saved baseline back, so "copy
 * changes as a drop-in" and "before → after" still compare with the unit as first loaded. Returns
 * whether it did; anything else (another unit, nothing saved, storage errors) changes nothing.
 */
export function restoreBaselineIfSameFiles(storage: Pick<Storage, 'getItem'>): boolean {
  try {
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<Saved> | null;
    if (saved === null || !isFiles(saved.files) || !isFiles(saved.baseline)) return false;
    if (JSON.stringify(loaderOrder(saved.files)) !== JSON.stringify($files.get())) return false;
    $baseline.set(saved.baseline);
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves the workspace once it has not changed for `delayMs` (default 250 ms; while typing goes on,
 * at least every 8 × `delayMs`), so keystrokes never wait on storage. When `page` is given, a save still pending is written at once on its
 * `pagehide` (reload, navigation, closing the tab), so the last keystrokes are never lost.
 * Returns a function that stops saving. Storage errors are swallowed: losing the autosave must
 * never break editing.
 */
export function persistWorkspace(storage: Pick<Storage, 'setItem'>, delayMs = 250, page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
  const save = afterQuiet(() => {
    try {
      const saved: Saved = { files: $files.get(), baseline: $baseline.get(), version: $version.get(), mode: $mode.get() };
      storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // Quota or private mode: keep editing without autosave.
    }
  }, delayMs);
  const schedule = (): void => save.schedule();
  const flush = (): void => save.flush();
  const stops = [$files.listen(schedule), $version.listen(schedule), $mode.listen(schedule), $baseline.listen(schedule)];
  page?.addEventListener('pagehide', flush);
  return () => {
    page?.removeEventListener('pagehide', flush);
    stops.forEach((s) => s());
    save.cancel();
  };
}
