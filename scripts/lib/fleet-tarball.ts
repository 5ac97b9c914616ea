/**
 * A machine's unit folders made from the vendored corpus, for the fleet view's tests and timing
 * (no tarball is committed): the first `count` corpus units with distinct names that are not
 * templates, with their drop-ins, laid out in `usr/lib/systemd/system/` of a folder, and that folder
 * packed by the system's GNU tar (`tar -czf`), as `tar -czf units.tar.gz /etc/systemd/system
 * /usr/lib/systemd/system` on a real machine would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { UnitFile } from '../../src/engine/types.ts';
import { readCorpusUnits } from './corpus.ts';

/** The library folder the corpus units go to. */
export const LIB_UNITS = 'usr/lib/systemd/system';

/**
 * The first `count` corpus units with distinct names, no templates and no instances (the corpus has
 * about 1,170 such); each as its files (unit first, drop-ins after). Throws when there are fewer.
 */
export function corpusFleet(count: number): UnitFile[][] {
  const seen = new Set<string>();
  const out: UnitFile[][] = [];
  for (const unit of readCorpusUnits()) {
    const name = unit.files[0]!.path;
    if (seen.has(name) || name.includes('@')) continue;
    seen.add(name);
    out.push(unit.files.map((f) => ({ path: f.path, text: f.text })));
    if (out.length === count) return out;
  }
  throw new Error(`the corpus has only ${out.length} distinct plain units, not ${count}`);
}

/** Writes `files` (paths relative to `root`) below `root`. */
export function writeTree(root: string, files: readonly UnitFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** The units as files below `usr/lib/systemd/system/`. */
export function libFiles(units: readonly (readonly UnitFile[])[]): UnitFile[] {
  return units.flatMap((files) => files.map((f) => ({ path: `${LIB_UNITS}/${f.path}`, text: f.text })));
}

/** Packs the folders `paths` of `root` into the gzip-compressed tarball `out` with GNU tar. */
export function tarGz(root: string, paths: readonly string[], out: string): void {
  execFileSync('tar', ['-czf', out, '-C', root, ...paths]);
}
