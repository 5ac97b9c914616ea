/**
 * Two vitest projects:
 * - `unit`: engine tables, golden corpus, property tests, architecture (`test/**\/*.test.ts`), in Node;
 * - `e2e`: the built site in Chromium (`test/e2e/**\/*.e2e.ts`); its global setup builds `dist/`
 *   once and serves it (see `test/e2e/global-setup.ts`); skipped, visibly, without Chromium;
 * - `package`: the npm package (`test/package/**\/*.e2e.ts`): packed, installed into a project
 *   outside the repository, used there (needs the npm registry, or npm's cache, for Astro).
 * `npm test` runs all three (through `scripts/test-all.ts`); `npm run test:unit` / `test:e2e` /
 * `test:package` one each.
 * The unit project's property tests start from a fixed seed (test/support/property-seed.ts);
 * `npm run fuzz:random` runs them from fresh ones.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // Every property test runs from a fixed seed (PROPERTY_SEED=random or =N to change it).
          setupFiles: ['test/support/property-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores shared with the unit project.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'package',
          include: ['test/package/**/*.e2e.ts'],
          environment: 'node',
          // npm pack (a build), npm install and an Astro build: minutes on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
