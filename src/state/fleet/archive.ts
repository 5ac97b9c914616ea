/**
 * Archives in the browser: a `.tar`, or a gzip-compressed one (`.tar.gz`, `.tgz`), → the unit files,
 * drop-ins and links inside. Tar is read with `modern-tar` (MIT, no dependencies, about 11 kB, runs
 * in browsers and Workers alike; it keeps link targets and GNU/PAX long names, which `nanotar`
 * drops); gzip with the browser's own `DecompressionStream('gzip')`, so no library is needed for it.
 * Which compression an archive uses is read from its first bytes, not from its name.
 */
import { unpackTar } from 'modern-tar';
import { isUnitRelated, type FleetEntry, type FleetProblem } from './entries.ts';

/** Magic numbers of compressions a browser cannot undo natively (shown by name). */
const UNSUPPORTED: readonly { readonly name: string; readonly magic: readonly number[] }[] = [
  { name: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'bzip2', magic: [0x42, 0x5a, 0x68] },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Whether `bytes` start like gzip data (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x1f, 0x8b]);
}

/** Whether `bytes` hold a tar archive: "ustar" at offset 257 (POSIX and GNU tar both write it). */
export function isTar(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && startsWith(bytes.subarray(257), [0x75, 0x73, 0x74, 0x61, 0x72]);
}

/** Whether a file name says it is an archive this page reads (or one it cannot, to say so). */
export function isArchiveName(name: string): boolean {
  return /\.(tar|tgz|tar\.gz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2|tbz2?)$/i.test(name);
}

/** `bytes` gunzipped by the browser's own decompressor (or Node's, which has the same API). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** What {@link readArchive} found: the entries, or the one problem that stopped it. */
export type ArchiveResult = { readonly ok: true; readonly entries: FleetEntry[] } | { readonly ok: false; readonly problem: FleetProblem };

/**
 * The service units, drop-ins and links of the archive `bytes` named `name` (the name only words
 * problems). Hard links read the file they name; members that are neither `*.service` nor `*.conf`
 * are skipped unread, so a whole system's tarball costs no more memory than its unit files. Text
 * is decoded as UTF-8 (invalid bytes become U+FFFD).
 */
export async function readArchive(bytes: Uint8Array, name: string): Promise<ArchiveResult> {
  const unsupported = UNSUPPORTED.find((u) => startsWith(bytes, u.magic));
  if (unsupported !== undefined) return { ok: false, problem: { code: 'unsupported-compression', args: { name, format: unsupported.name } } };
  let tar = bytes;
  if (isGzip(bytes)) {
    try {
      tar = await gunzip(bytes);
    } catch {
      return { ok: false, problem: { code: 'not-an-archive', args: { name } } };
    }
  }
  if (!isTar(tar)) return { ok: false, problem: { code: 'not-an-archive', args: { name } } };
  const members = await unpackTar(tar, {
    filter: (h) => isUnitRelated(h.name) && (h.type === 'file' || h.type === 'symlink' || h.type === 'link'),
  });
  const decoder = new TextDecoder();
  const texts = new Map<string, string>();
  const entries: FleetEntry[] = [];
  for (const { header, data } of members) {
    if (header.type === 'symlink') {
      entries.push({ kind: 'symlink', path: header.name, target: header.linkname ?? '' });
    } else if (header.type === 'link') {
      // A hard link names an earlier member by its archive path.
      const text = texts.get(header.linkname ?? '');
      if (text !== undefined) entries.push({ kind: 'file', path: header.name, text });
    } else {
      const text = decoder.decode(data ?? new Uint8Array());
      texts.set(header.name, text);
      entries.push({ kind: 'file', path: header.name, text });
    }
  }
  return { ok: true, entries };
}
