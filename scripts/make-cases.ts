/**
 * Writes the hand-made golden cases (defined as data in `scripts/cases/*.ts`) into
 * `test/fixtures/cases/` and records them from every oracle present:
 *
 *   node scripts/make-cases.ts [--only=SUBSTRING] [--no-record]
 *
 * Case folders that no definition names any more are reported, not deleted.
 */
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCase, writeCase } from './lib/cases.ts';
import { availableOracles } from './lib/oracle.ts';
import type { CaseDefinition } from './cases/define.ts';
import { dropinCases } from './cases/dropins.ts';
import { loaderCheckCases } from './cases/loader-checks.ts';
import { parsingCases } from './cases/parsing.ts';
import { settingsCases } from './cases/settings.ts';
import { cliCases, userCases } from './cases/users-and-cli.ts';
import { versionDiffCases } from './cases/version-diffs.ts';

const CASES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/cases');
const ALL: readonly CaseDefinition[] = [...parsingCases, ...dropinCases, ...userCases, ...cliCases, ...settingsCases, ...versionDiffCases, ...loaderCheckCases];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';
const record = !process.argv.includes('--no-record');
const names = new Set<string>();
for (const c of ALL) {
  if (names.has(c.name)) throw new Error(`make-cases: duplicate case ${c.name}`);
  names.add(c.name);
}
const versions = availableOracles();
if (record && versions.length < 3) console.log(`make-cases: only ${versions.join(', ') || 'no'} oracles present`);
let runs = 0;
const chosen = ALL.filter((c) => c.name.includes(only));
for (const c of chosen) {
  writeCase(CASES_DIR, c.name, c.input);
  if (record) runs += recordCase(CASES_DIR, c.name, versions);
}
console.log(`make-cases: wrote ${chosen.length} of ${ALL.length} cases${record ? `, recorded ${runs} runs (${versions.join(', ')})` : ''}`);
const orphans = readdirSync(CASES_DIR).filter((n) => !names.has(n) && !n.startsWith('.'));
if (orphans.length > 0) console.log(`make-cases: folders not defined here (recorded by other tools, or stale): ${orphans.join(', ')}`);
