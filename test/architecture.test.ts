/**
 * The layer boundaries of ARCHITECTURE.md, checked by reading every import in `src/` (static, type-only,
 * re-exports, dynamic `import()`, and the frontmatter and `<script>`s of `.astro` files). The same
 * rules are lint rules (`eslint.config.js`); this test holds even where lint is disabled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/**
 * The layer folders of `src/`, lowest first: a folder may import from itself and the folders to
 * its left (ARCHITECTURE.md, "Layers").
 */
const LAYERS = ['engine', 'planner', 'permalink', 'lessons', 'collections', 'state', 'editor', 'components', 'entries', 'pages'] as const;

/** A place in `src/`: a layer folder, `cli` (`src/cli.ts` and its parts, `src/cli-*.ts`), or `root` (any other file directly in `src/`). */
type Area = (typeof LAYERS)[number] | 'cli' | 'root';

/**
 * The allowed directions, from {@link LAYERS}. `packages`: whether it may import npm packages,
 * `node:` modules or virtual modules (`astro:*`). The engine runs in browsers and Workers, the CLI
 * gets its host passed in: neither imports anything but the engine.
 */
const TABLE: ReadonlyArray<readonly [importer: Area, mayImport: readonly Area[], packages: boolean]> = [
  ...LAYERS.map((layer, i): readonly [Area, readonly Area[], boolean] => [layer, [...LAYERS.slice(0, i + 1), ...(layer === 'pages' ? (['root'] as const) : [])], layer !== 'engine' && layer !== 'planner']),
  ['cli', ['engine', 'planner', 'cli'], false],
  // src/content.config.ts, src/env.d.ts and the like: Astro's own entry points, at the top like pages.
  ['root', [...LAYERS, 'root'], true],
];
const RULES = new Map(TABLE.map(([area, mayImport, packages]) => [area, { mayImport, packages }]));
const FOLDERS: ReadonlySet<string> = new Set(LAYERS);

/** Modules that take part in the layering; anything else (CSS, images, fonts) is an asset. */
const MODULE_EXTENSIONS = new Set(['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.tsx', '.jsx', '.astro', '.json']);
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.tsx', '.jsx', '.astro']);

/** The area of a path relative to `src/` (`/` separators), or null for a folder not in the table. */
function areaOf(srcPath: string): Area | null {
  if (srcPath === 'cli.ts' || /^cli-[a-z-]+\.ts$/.test(srcPath)) return 'cli';
  const slash = srcPath.indexOf('/');
  if (slash === -1) return 'root';
  const folder = srcPath.slice(0, slash);
  return FOLDERS.has(folder) ? (folder as Area) : null;
}

/** Every import specifier in a source text; for `.astro`, in its frontmatter and `<script>` elements. */
function importsOf(fileName: string, text: string): string[] {
  const chunks: string[] = [];
  if (fileName.endsWith('.astro')) {
    const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (frontmatter?.[1] !== undefined) chunks.push(frontmatter[1]);
    for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) chunks.push(script[1] ?? '');
  } else {
    chunks.push(text);
  }
  return chunks.flatMap((chunk) => ts.preProcessFile(chunk, true, true).importedFiles.map((f) => f.fileName));
}

/** The engine's public faces: the whole engine, and the score-only subset small bundles use. */
const ENGINE_FACES: ReadonlySet<string> = new Set(['engine/index.ts', 'engine/score-only.ts']);

/**
 * Why importing `specifier` from the file at `srcPath` (relative to `src/`) breaks the rules, or
 * null when it is allowed.
 */
function violation(srcPath: string, specifier: string): string | null {
  const importer = areaOf(srcPath);
  if (importer === null) return `src/${srcPath} is in a folder the layer table does not know`;
  const rule = RULES.get(importer);
  if (rule === undefined) throw new Error(`no rule for ${importer}`);
  if (!specifier.startsWith('.')) {
    if (specifier.startsWith('/')) return `absolute import ${specifier}`;
    return rule.packages ? null : `imports the package or module ${specifier} (src/${importer === 'cli' ? 'cli.ts' : importer} imports only the engine)`;
  }
  const target = posix.normalize(posix.join(posix.dirname(srcPath), specifier));
  if (target.startsWith('../')) return `imports ${specifier}, outside src/`;
  const targetArea = areaOf(target);
  if (importer === 'engine') return targetArea === 'engine' ? null : `imports ${specifier}, outside src/engine`;
  if (targetArea === 'engine' && !ENGINE_FACES.has(target)) return `imports ${specifier}: reach the engine only through engine/index.ts (or engine/score-only.ts)`;
  if (!MODULE_EXTENSIONS.has(posix.extname(target))) return null;
  if (targetArea === null || !rule.mayImport.includes(targetArea)) {
    return `imports ${specifier} (src/${target}): ${importer} may import only from ${rule.mayImport.join(', ')}`;
  }
  return null;
}

/** Every source file below `src/`, as paths relative to it with `/` separators. */
function sourceFiles(dir = srcDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_EXTENSIONS.has(extname(entry.name)) ? [relative(srcDir, path).split('\\').join('/')] : [];
  });
}

describe('the import checker itself', () => {
  it.each([
    // [importer, specifier, allowed?]
    ['engine/index.ts', './types.ts', true],
    ['engine/unit/parse.ts', '../types.ts', true],
    ['engine/unit/parse.ts', '../../state/x.ts', false], // leaves the engine
    ['engine/index.ts', 'nanostores', false], // a package
    ['engine/index.ts', 'node:fs', false], // Node only
    ['engine/index.ts', 'astro:content', false],
    ['permalink/encode.ts', '../engine/index.ts', true],
    ['permalink/encode.ts', '../engine/types.ts', false], // bypasses the public face
    ['entries/embed.ts', '../engine/score-only.ts', true], // the score-only face
    ['entries/embed.ts', '../engine/analyze.ts', false],
    ['permalink/encode.ts', '../engine', false], // a folder is not its index.ts
    ['permalink/encode.ts', '../state/x.ts', false], // points back up
    ['state/source.ts', '../permalink/decode.ts', true],
    ['state/source.ts', 'nanostores', true],
    ['state/source.ts', '../editor/x.ts', false],
    ['editor/lint.ts', '../state/report.ts', true],
    ['editor/lint.ts', '../components/X.astro', false],
    ['components/Editor.astro', '../editor/index.ts', true],
    ['components/Editor.astro', '../styles/editor.css', true], // an asset, not a layer
    ['components/Editor.astro', '../pages/index.astro', false],
    ['components/deep/Thing.astro', '../../pages/x.ts', false],
    ['components/deep/Thing.astro', '../Other.astro', true],
    ['pages/index.astro', '../components/Editor.astro', true],
    ['pages/index.astro', '../cli.ts', false],
    ['pages/index.astro', '../../scripts/lib/oracle.ts', false], // outside src
    ['pages/index.astro', '../lib/x.ts', false], // unknown folder
    ['cli.ts', './engine/index.ts', true],
    ['cli.ts', './state/x.ts', false],
    ['cli.ts', 'node:fs', false], // the host is passed in
    ['cli.ts', './cli-args.ts', true],
    ['cli-args.ts', './engine/index.ts', true],
    ['cli-args.ts', './state/x.ts', false],
    ['content.config.ts', 'astro:content', true],
    ['lib/x.ts', './y.ts', false], // unknown folder
  ] as const)('%s → %s allowed: %s', (importer, specifier, allowed) => {
    expect(violation(importer, specifier) === null).toBe(allowed);
  });

  it('finds static, type-only, re-exported and dynamic imports, and skips comments and strings', () => {
    const text = [
      "import type { A } from './a.ts';",
      "export * from '../b.ts';",
      "// import { no } from './comment.ts';",
      "const s = \"import x from './string.ts'\";",
      "const c = await import('./c.ts');",
      "import './d.css';",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css']);
  });

  it('reads the frontmatter and every <script> of an .astro file, not its markup', () => {
    const text = [
      '---',
      "import Layout from '../components/Layout.astro';",
      '---',
      '<p>import nothing from "./prose.ts"</p>',
      '<script>',
      "  import { mount } from '../editor/index.ts';",
      '</script>',
      '<script type="module">import "./b.ts";</script>',
    ].join('\n');
    expect(importsOf('pages/x.astro', text)).toEqual(['../components/Layout.astro', '../editor/index.ts', './b.ts']);
  });
});

describe('src/', () => {
  const files = sourceFiles();
  const imports = files.map((file) => ({ file, area: areaOf(file), specifiers: importsOf(file, readFileSync(join(srcDir, file), 'utf8')) }));

  it('has sources to check', () => {
    expect(files).toContain('cli.ts');
    expect(files).toContain('engine/index.ts');
  });

  it('has every source file in a folder of the layer table', () => {
    expect(imports.filter((i) => i.area === null).map((i) => i.file)).toEqual([]);
  });

  it.each(TABLE.map(([area, mayImport]) => [area, mayImport.join(', ')] as const))(
    '%s imports only from: %s',
    (area) => {
      const broken = imports
        .filter((i) => i.area === area)
        .flatMap((i) => i.specifiers.map((s) => ({ s, why: violation(i.file, s) })).filter((v) => v.why !== null).map((v) => `src/${i.file}: ${v.why}`));
      expect(broken).toEqual([]);
    },
  );
});
