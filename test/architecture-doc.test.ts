/**
 * ARCHITECTURE.md stays true: every path it names exists, its layer line is the order the lint
 * rules (eslint.config.js) and test/architecture.test.ts enforce, and every supported version has
 * the recorded data its "add a systemd version" recipe produces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../src/engine/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const doc = readFileSync(join(repoRoot, 'ARCHITECTURE.md'), 'utf8');

/**
 * The repository paths the document names in backticks: tokens with a `/` or a file extension,
 * leaving out placeholders (`<major>`, `NN-slug`, `…`), globs, options and commands. A bare file
 * name (`parse.ts`) is taken inside the folders its line names (`src/engine/unit/` …).
 */
function namedPaths(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split('\n')) {
    const tokens = [...line.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).filter((t) => /^[\w.][\w./-]*$/.test(t) && !/^(npm|npx|\.\.?\/)/.test(t) && !t.includes('NN-'));
    const folders = tokens.filter((t) => t.endsWith('/'));
    for (const t of tokens) {
      if (t.includes('/')) paths.push(t);
      else if (/\.(ts|md|js|mjs)$/.test(t)) paths.push(folders.map((f) => `${f}${t}`).find((p) => existsSync(join(repoRoot, p))) ?? t);
    }
  }
  return [...new Set(paths)];
}

/** The layer order written as `const LAYERS = ['a', 'b', …]` in a source file. */
function layersIn(file: string): string[] {
  const m = /const LAYERS = \[([^\]]*)\]/.exec(readFileSync(join(repoRoot, file), 'utf8'));
  if (m === null) throw new Error(`${file}: no LAYERS list`);
  return [...m[1]!.matchAll(/'([a-z-]+)'/g)].map((x) => x[1]!);
}

describe('ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !existsSync(join(repoRoot, p.replace(/\/$/, ''))))).toEqual([]);
  });

  it('draws the layers in the order the lint rules and the architecture test enforce', () => {
    const line = /^engine ← .*$/m.exec(doc)?.[0] ?? '';
    const drawn = line.split(' ← ');
    expect(drawn).toEqual(layersIn('eslint.config.js'));
    expect(drawn).toEqual(layersIn('test/architecture.test.ts'));
    // Every layer has its row in the folder table.
    expect(drawn.filter((layer) => !doc.includes(`| \`src/${layer}/\` |`))).toEqual([]);
  });

  it("has, for every supported version, what the version recipe records", () => {
    const missing = VERSIONS.map((v) => `data/systemd/${v.id}`).filter((p) => !existsSync(join(repoRoot, p)));
    expect(missing).toEqual([]);
  });
});
