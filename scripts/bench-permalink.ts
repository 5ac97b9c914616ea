/**
 * Measures permalink size on the real corpus and the decoder's shipped size, for each candidate
 * encoding, and prints one table row per option:
 *   median / p90 of (link length ÷ unit bytes), total link characters ÷ total unit bytes, the
 *   number of links over 2,000 characters, time to encode and decode the whole corpus, and the
 *   minified+gzipped size of the code a page must ship to decode (and to encode) a link.
 * "Link length" is the fragment (`u1.…`); "unit bytes" is the UTF-8 size of all of a unit's files.
 *
 * Usage: npm run bench:permalink [-- CORPUS_DIR]
 * Default: the vendored corpus (test/fixtures/corpus, read by lib/corpus.ts). A CORPUS_DIR holds
 * `<package>/<unit>.service` (+ `<unit>.service.d/*.conf`), e.g. ../shared/corpus/units.
 * lz-string (the reference) is optional: its row is measured when `lz-string` resolves, or from
 * the module path in $LZ_STRING_MODULE; otherwise it says "not installed".
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import type { UnitFile } from '../src/engine/index.ts';
import { toBase64url } from '../src/permalink/base64url.ts';
import { deflateRaw } from '../src/permalink/deflate.ts';
import { inflateRaw } from '../src/permalink/inflate.ts';
import { decodePermalink, encodePermalink } from '../src/permalink/index.ts';
import { encodeRecords } from '../src/permalink/records-writer.ts';
import { readCorpusUnits } from './lib/corpus.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.argv[2];
if (corpusDir !== undefined && !existsSync(corpusDir)) throw new Error(`no corpus folder ${corpusDir}`);

/** Every `*.service` under the corpus with its own drop-ins, as the playground would hold them. */
function loadCorpus(dir: string): UnitFile[][] {
  const units: UnitFile[][] = [];
  for (const pkg of readdirSync(dir).sort()) {
    const pkgDir = join(dir, pkg);
    if (!statSync(pkgDir).isDirectory()) continue;
    for (const name of readdirSync(pkgDir).sort()) {
      if (!name.endsWith('.service')) continue;
      const files: UnitFile[] = [{ path: name, text: readFileSync(join(pkgDir, name), 'utf8') }];
      const dropins = join(pkgDir, `${name}.d`);
      if (existsSync(dropins)) {
        for (const conf of readdirSync(dropins).sort()) {
          files.push({ path: `${name}.d/${conf}`, text: readFileSync(join(dropins, conf), 'utf8') });
        }
      }
      units.push(files);
    }
  }
  return units;
}

interface Option {
  readonly name: string;
  readonly encode: (files: UnitFile[]) => string;
  readonly decode?: (link: string) => unknown;
  /** Module source whose bundle is what a page ships to decode (and encode) links. */
  readonly decoderEntry?: string;
  readonly codecEntry?: string;
}

const src = (p: string): string => JSON.stringify(join(repo, 'src/permalink', p));
const state = (files: UnitFile[]) => ({ files, version: '257' as const });
const options: Option[] = [
  {
    name: 'u1: deflate + frozen dictionary (chosen)',
    encode: (files) => encodePermalink(state(files)),
    decode: (link) => decodePermalink(link),
    decoderEntry: `export { decodePermalink } from ${src('index.ts')};`,
    codecEntry: `export { decodePermalink, encodePermalink } from ${src('index.ts')};`,
  },
  {
    name: 'raw deflate, same records, own codec',
    encode: (files) => `u0.${toBase64url(deflateRaw(encodeRecords(state(files))))}`,
    decode: (link) => inflateRaw(new Uint8Array(Buffer.from(link.slice(3), 'base64url'))),
    decoderEntry: `export { inflateRaw } from ${src('inflate.ts')}; export { fromBase64url } from ${src('base64url.ts')};`,
    codecEntry: `export { inflateRaw } from ${src('inflate.ts')}; export { deflateRaw } from ${src('deflate.ts')}; export * from ${src('base64url.ts')};`,
  },
  {
    name: 'raw deflate via CompressionStream (zlib -6)',
    encode: (files) => `u0.${toBase64url(deflateRawSync(encodeRecords(state(files))))}`,
    decoderEntry: `export { fromBase64url } from ${src('base64url.ts')};`,
  },
];

const lzModule = process.env['LZ_STRING_MODULE'] ?? 'lz-string';
const lz = await import(lzModule.startsWith('/') ? pathToFileURL(lzModule).href : lzModule).then(
  (m: { default?: unknown }) => (m.default ?? m) as { compressToEncodedURIComponent(s: string): string; decompressFromEncodedURIComponent(s: string): string },
  () => null,
);
if (lz) {
  options.push({
    name: 'lz-string (reference), JSON state',
    encode: (files) => `u0.${lz.compressToEncodedURIComponent(JSON.stringify(state(files)))}`,
    decode: (link) => lz.decompressFromEncodedURIComponent(link.slice(3)),
    decoderEntry: `export { decompressFromEncodedURIComponent } from ${JSON.stringify(lzModule)};`,
    codecEntry: `export { decompressFromEncodedURIComponent, compressToEncodedURIComponent } from ${JSON.stringify(lzModule)};`,
  });
}

async function gzSize(entry: string | undefined): Promise<string> {
  if (entry === undefined) return '—';
  const out = await build({
    stdin: { contents: entry, resolveDir: repo, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent',
  });
  return `${(gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length / 1024).toFixed(1)} KB`;
}

const units = corpusDir === undefined ? readCorpusUnits().map((u) => u.files.map((f) => ({ path: f.path, text: f.text }))) : loadCorpus(corpusDir);
const bytesOf = (files: UnitFile[]): number => files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
const totalBytes = units.reduce((n, u) => n + bytesOf(u), 0);
const sortedSizes = units.map(bytesOf).sort((a, b) => a - b);
console.log(`corpus: ${corpusDir ?? 'test/fixtures/corpus (vendored)'}: ${units.length} units, ${totalBytes} bytes; unit bytes median ${quantile(sortedSizes, 0.5)}, p90 ${quantile(sortedSizes, 0.9)}\n`);

const rows: string[][] = [['option', 'median', 'p90', 'total', '>2000 ch', 'enc ms', 'dec ms', 'decoder gz', 'codec gz']];
for (const option of options) {
  let t = performance.now();
  const links = units.map((u) => option.encode(u));
  const encMs = performance.now() - t;
  t = performance.now();
  if (option.decode) for (const link of links) option.decode(link);
  const decMs = performance.now() - t;
  const ratios = links.map((l, i) => l.length / bytesOf(units[i]!)).sort((a, b) => a - b);
  const chars = links.reduce((n, l) => n + l.length, 0);
  rows.push([
    option.name,
    quantile(ratios, 0.5).toFixed(3),
    quantile(ratios, 0.9).toFixed(3),
    (chars / totalBytes).toFixed(3),
    String(links.filter((l) => l.length > 2000).length),
    encMs.toFixed(0),
    option.decode ? decMs.toFixed(0) : 'async',
    await gzSize(option.decoderEntry),
    await gzSize(option.codecEntry),
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
if (!lz) console.log(`lz-string (reference): not installed; measure it with LZ_STRING_MODULE=/path/to/lz-string/libs/lz-string.js (or npm i --no-save lz-string)`);
