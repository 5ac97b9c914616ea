/**
 * The source rewrites of the package build (scripts/build-package.ts): `StaticReport.astro`'s
 * imports pointed at the built files, and the declarations' `.ts` specifiers made `.js`. The
 * package itself is built, installed and used by test/package/pack.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rewriteDeclarationImports, rewriteStaticReport } from '../scripts/build-package.ts';

describe('rewriteStaticReport', () => {
  it('points every import of the real component at a file the package ships', () => {
    const source = readFileSync(new URL('../src/components/StaticReport.astro', import.meta.url), 'utf8');
    const out = rewriteStaticReport(source);
    const specifiers = [...out.matchAll(/(?:from\s*|import\s*)'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.every((s) => ['./index.js', './report-markup.js', './report.css'].includes(s!))).toBe(true);
    // Only the specifiers change.
    expect(out.replace(/'[^']*'/g, "''")).toBe(source.replace(/'[^']*'/g, "''"));
  });

  it.each([
    ["import { x } from '../state/other.ts';\n", '../state/other.ts'],
    ["import 'some-package/style.css';\n", 'some-package/style.css'],
  ])('refuses an import it has no file for: %s', (source, specifier) => {
    expect(() => rewriteStaticReport(source)).toThrow(specifier);
  });
});

describe('rewriteDeclarationImports', () => {
  it.each([
    ["export * from './types.ts';", "export * from './types.js';"],
    ["import type { A } from '../engine/types.ts';", "import type { A } from '../engine/types.js';"],
    ['export { x } from "./a/b.ts";', 'export { x } from "./a/b.js";'],
    ["type T = import('./types.ts').Analysis;", "type T = import('./types.js').Analysis;"],
    // Packages and specifiers without .ts stay.
    ["import type { X } from 'pkg/thing.ts';", "import type { X } from 'pkg/thing.ts';"],
    ["export * from './types.js';", "export * from './types.js';"],
    ["export * from './types.d.mts';", "export * from './types.d.mts';"],
  ])('%s', (source, expected) => {
    expect(rewriteDeclarationImports(source)).toBe(expected);
  });
});
