/**
 * Global setup of the `e2e` vitest project: builds the site once into `dist/` (`astro build`, with
 * the caller's `BASE_PATH`), serves it with the static server on a random 127.0.0.1 port, and hands
 * the tests its URL through `inject('e2e')`.
 *
 * Without `/usr/bin/chromium` nothing is built or served: a notice is printed and every test that
 * uses the `page` fixture of `test/e2e/browser.ts` reports itself skipped, so the gap shows in
 * the summary instead of passing silently.
 * `UNITSCORE_E2E_PREBUILT=1` skips the build (`npm test` builds once before all projects).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

/** The Debian chromium the e2e tests drive (no browser is ever downloaded). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** What the e2e tests receive from this setup. */
export type E2EContext =
  | { readonly available: true; readonly baseURL: string; readonly origin: string }
  | { readonly available: false; readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Prints a boxed notice on stderr, where vitest does not swallow it. */
function notice(lines: readonly string[]): void {
  const width = Math.max(...lines.map((l) => l.length));
  const bar = `+${'-'.repeat(width + 2)}+`;
  process.stderr.write(`\n${bar}\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n${bar}\n\n`);
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    const reason = `${CHROMIUM_PATH} is missing`;
    notice([`E2E TESTS SKIPPED: ${reason}.`, 'Install it with: apt-get install -y chromium']);
    project.provide('e2e', { available: false, reason });
    return undefined;
  }
  if (process.env['UNITSCORE_E2E_PREBUILT'] !== '1') {
    const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
    // vitest sets NODE_ENV=test, which would build a non-production site (import.meta.env.PROD
    // false: no service worker registration); build exactly what `npm run build` ships.
    const env = { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'production' };
    const build = spawnSync(process.execPath, [astro, 'build'], { cwd: repoRoot, encoding: 'utf8', env });
    if (build.status !== 0) {
      throw new Error(`astro build failed (status ${String(build.status)}):\n${build.stdout}\n${build.stderr}`);
    }
  }
  const server = await startStaticServer({ root: join(repoRoot, 'dist') });
  project.provide('e2e', { available: true, baseURL: server.url, origin: server.origin });
  return () => server.close();
}
