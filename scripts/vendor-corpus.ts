/**
 * Copies the shared corpus into `test/fixtures/corpus/` in its compact vendored form (see
 * scripts/lib/corpus.ts): `node scripts/vendor-corpus.ts [SOURCE]`, SOURCE defaulting to
 * `../shared/corpus`. The unit list is the one of the source's `expected-252.jsonl.gz`; the
 * expectation files and `provenance.tsv` are copied byte for byte. Refuses non-UTF-8 unit files.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CORPUS_DIR, unitFilesIn, unitName } from './lib/corpus.ts';

const source = resolve(process.argv[2] ?? join(CORPUS_DIR, '../../../../shared/corpus'));
// (the default assumes the checkout sits beside shared/, as /work/main does)
const units = gunzipSync(readFileSync(join(source, 'expected-252.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line !== '')
  .map((line) => (JSON.parse(line) as { unit: string }).unit);

mkdirSync(CORPUS_DIR, { recursive: true });
const lines = units.map((unit) => {
  const files = unitFilesIn(join(source, 'units', dirname(unit)), unitName(unit));
  return JSON.stringify({ unit, files });
});
writeFileSync(join(CORPUS_DIR, 'units.jsonl.gz'), gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
for (const name of ['expected-252.jsonl.gz', 'expected-257.jsonl.gz', 'expected-262.jsonl.gz', 'provenance.tsv']) {
  copyFileSync(join(source, name), join(CORPUS_DIR, name));
}
const fileCount = lines.reduce((n, line) => n + (JSON.parse(line) as { files: unknown[] }).files.length, 0);
console.log(`vendored ${units.length} units (${fileCount} files) from ${source} into ${CORPUS_DIR}`);
