// @ts-check
/**
 * Lint: typescript-eslint (type-aware for `.ts` files) + eslint-plugin-astro, and the layer
 * boundaries of DESIGN.md as `no-restricted-imports` rules, one block per folder and depth.
 * `test/architecture.test.ts` checks the same boundaries by scanning every import, so they hold
 * even where this file is bypassed.
 */
import { defineConfig } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** ESLint's own recommended rules, read from the rules' metadata (what `@eslint/js` ships, without the extra package). */
const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended === true).map(([name]) => [name, /** @type {const} */ ('error')]),
);

/**
 * The one-way flow, lowest first: a folder of `src/` may import from itself and folders to its
 * left. `engine` imports nothing but itself (no packages, no `node:`: it runs in browsers and
 * Workers); `planner` imports nothing but itself and the engine, for the same reason; everything
 * else reaches the engine only through `engine/index.ts`.
 */
const LAYERS = ['engine', 'planner', 'permalink', 'lessons', 'collections', 'state', 'editor', 'components', 'entries', 'pages'];

/** Deepest sub-folder level the boundary blocks cover (`src/engine/a/b/c/d/e/x.ts` = 5). */
const MAX_DEPTH = 6;

/**
 * Two selections of the files exactly `depth` folders below `src/FOLDER/`: real files, and the
 * scripts eslint-plugin-astro extracts from `.astro` files (named `X.astro/0.ts`, one level deeper
 * than their file, so they must not fall into the next depth's selection).
 */
const filesAt = (/** @type {string} */ folder, /** @type {number} */ depth) => {
  const prefix = `src/${folder}/${'*/'.repeat(depth)}`;
  return [
    { files: [`${prefix}*.{ts,mts,js,mjs,astro}`], ignores: ['**/*.astro/*'] },
    { files: [`${prefix}*.astro/*.{ts,js}`] },
  ];
};

/** A regex source matching a relative path that climbs `levels` folders up. */
const up = (/** @type {number} */ levels) => `^(\\./)?(\\.\\./){${levels}}`;

const ENGINE_FACE = 'Import the engine only through engine/index.ts (its public face).';

/** @returns {import('eslint').Linter.Config[]} */
function boundaryBlocks() {
  /** @type {import('eslint').Linter.Config[]} */
  const blocks = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    blocks.push(...filesAt('engine', depth).map((selection) => ({
      name: `unitscore/boundaries/engine/depth-${depth}`,
      ...selection,
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            { regex: '^(?!\\.\\.?/)', message: 'src/engine imports no packages and no node: modules (it runs in browsers and Workers).' },
            { regex: up(depth + 1), message: 'src/engine imports nothing outside src/engine.' },
          ],
        }],
      },
    })));
    LAYERS.slice(1).forEach((layer, i) => {
      const later = [...LAYERS.slice(i + 2), 'cli'];
      blocks.push(...filesAt(layer, depth).map((selection) => ({
        name: `unitscore/boundaries/${layer}/depth-${depth}`,
        ...selection,
        rules: {
          'no-restricted-imports': ['error', {
            patterns: [
              ...(layer === 'planner' ? [{ regex: '^(?!\\.\\.?/)', message: 'src/planner imports no packages and no node: modules (it runs in browsers, Workers and the CLI).' }] : []),
              {
                regex: `${up(depth + 1)}(${later.join('|')})(/|\\.ts$|$)`,
                message: `src/${layer} may import only from ${LAYERS.slice(0, i + 2).join(', ')} (${LAYERS.join(' ← ')}).`,
              },
              { regex: `${up(depth + 1)}engine/(?!(index|score-only)\\.ts$)`, message: 'Import the engine only through engine/index.ts (its public face) or engine/score-only.ts (its score-only subset).' },
              { regex: up(depth + 2), message: 'src/ imports nothing outside src/ (scripts/ and test/ are not part of the site).' },
            ],
          }],
        },
      })));
    });
  }
  blocks.push({
    name: 'unitscore/boundaries/cli',
    files: ['src/cli.ts', 'src/cli-*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!\\./((engine|planner)/index|cli-[a-z-]+)\\.ts$)', message: 'src/cli.ts and its parts (src/cli-*.ts) import only each other, and the engine and the planner through their index.ts (the host is passed in).' }],
      }],
    },
  });
  blocks.push({
    name: 'unitscore/boundaries/src-root',
    files: ['src/*.{ts,mts,js,mjs}'],
    ignores: ['src/cli.ts', 'src/cli-*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^\\./engine/(?!index\\.ts$)', message: ENGINE_FACE },
          { regex: '^(\\./)?\\.\\./', message: 'src/ imports nothing outside src/.' },
        ],
      }],
    },
  });
  return blocks;
}

export default defineConfig(
  { name: 'unitscore/ignores', ignores: ['dist/', 'dist-package/', '.astro/', 'node_modules/', 'test/fixtures/', 'coverage/', 'test/screenshots/', '.test-results/'] },
  { name: 'unitscore/eslint-recommended', rules: eslintRecommended },
  ...tseslint.configs.recommended,
  {
    name: 'unitscore/type-aware',
    files: ['**/*.ts', '**/*.mts'],
    ignores: ['**/*.astro/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs.recommended,
  {
    name: 'unitscore/style',
    rules: {
      // TypeScript (strict, checkJs) already rejects undefined names, and knows Node's and the DOM's globals.
      'no-undef': 'off',
      // vitest fixtures must destructure their first parameter, even when they need nothing from it.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // `_`-prefixed names are deliberately unused (callback positions, destructuring to omit).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...boundaryBlocks(),
);
