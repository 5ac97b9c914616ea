/**
 * What the reader gives the fleet view, read in the browser (nothing is uploaded): picked files and
 * archives, a picked folder (`webkitRelativePath`), or a drop of files and folders (walked with
 * `DataTransferItem.webkitGetAsEntry()`). Archives are recognised by name and read by the state
 * layer; other files are read only when they are unit files or drop-ins.
 */
import { isArchiveName, isUnitRelated, readArchive, type FleetEntry, type FleetProblem } from '../state/fleet/index.ts';

/** What was read: the entries, and what could not be read. */
export interface ReadInput {
  readonly entries: FleetEntry[];
  readonly problems: FleetProblem[];
}

/** A file to read and the path it stands at (relative, `/`-separated). */
export interface PlacedFile {
  readonly file: File;
  readonly path: string;
}

/** Reads every file (archives unpacked), all at once. */
export async function readFiles(files: readonly PlacedFile[]): Promise<ReadInput> {
  const entries: FleetEntry[] = [];
  const problems: FleetProblem[] = [];
  await Promise.all(files.map(async ({ file, path }) => {
    try {
      if (isArchiveName(file.name)) {
        const result = await readArchive(new Uint8Array(await file.arrayBuffer()), file.name);
        if (result.ok) entries.push(...result.entries);
        else problems.push(result.problem);
      } else if (isUnitRelated(path)) {
        entries.push({ kind: 'file', path, text: await file.text() });
      }
    } catch {
      problems.push({ code: 'unreadable', args: { name: path } });
    }
  }));
  return { entries, problems };
}

/** The files of a file input: at their folder path when a folder was picked, else by name. */
export function placedFromInput(list: FileList): PlacedFile[] {
  return [...list].map((file) => ({ file, path: file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name }));
}

/** All entries of a directory: `readEntries()` hands them out in batches until an empty one. */
async function directoryEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The files under `entry`, each at its path from the drop (`system/foo.service`). */
async function walk(entry: FileSystemEntry): Promise<PlacedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, path: entry.fullPath.replace(/^\/+/, '') }];
  }
  if (!entry.isDirectory) return [];
  const children = await directoryEntries(entry as FileSystemDirectoryEntry);
  return (await Promise.all(children.map(walk))).flat();
}

/**
 * The top-level entries of a drop. Must be called while the drop event is dispatched: the
 * DataTransfer's items are emptied afterwards. Browsers without `webkitGetAsEntry` give the files.
 */
export function dropRoots(data: DataTransfer): { entries: FileSystemEntry[]; files: File[] } {
  const items = [...data.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  const walkable = entries.filter((e) => e !== null);
  if (walkable.length === entries.length && walkable.length > 0) return { entries: walkable, files: [] };
  return { entries: [], files: [...data.files] };
}

/** Reads what {@link dropRoots} found: folders walked, files read, archives unpacked. */
export async function readDrop(roots: { entries: readonly FileSystemEntry[]; files: readonly File[] }): Promise<ReadInput> {
  try {
    const walked = (await Promise.all(roots.entries.map(walk))).flat();
    return await readFiles([...walked, ...roots.files.map((file) => ({ file, path: file.name }))]);
  } catch {
    return { entries: [], problems: [{ code: 'unreadable', args: { name: roots.entries.map((e) => e.name).join(', ') } }] };
  }
}
