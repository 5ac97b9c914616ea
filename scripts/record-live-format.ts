/**
 * Records test/fixtures/live-format/: the stdout of LIVE `systemd-analyze security NAME` of the
 * versions without `--offline` (245, 247, 249) for each `*.service` there, as `<version>-<name>.stdout`,
 * through the live oracle (scripts/lib/live-oracle.ts, root only; `ORACLE_ENV`: UTF-8, TERM set, so
 * ✓/✗/→ and the emoji). test/engine/assessor-table.test.ts compares the engine's text with them.
 *
 *   node scripts/record-live-format.ts [--check]
 *
 * `--check` compares and writes nothing (exit 1 on a difference). Versions whose live oracle is not
 * on this machine are skipped with a notice.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemdVersion } from '../src/engine/types.ts';
import { VERSIONS } from '../src/engine/versions/list.ts';
import { availableLiveOracles, runLiveOracle } from './lib/live-oracle.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/live-format');
/** The versions that have no offline mode, whose table format only live runs can pin. */
const LIVE_ONLY: readonly SystemdVersion[] = VERSIONS.filter((v) => !v.modes.includes('offline')).map((v) => v.id);
const check = process.argv.includes('--check');

const units = readdirSync(dir).filter((name) => name.endsWith('.service')).sort();
const available = availableLiveOracles();
let differences = 0;
for (const version of LIVE_ONLY) {
  if (!available.includes(version)) {
    console.log(`live-format: no live oracle of ${version} here (root and shared/tools/systemd-live-oracle needed): skipped`);
    continue;
  }
  const runs = await runLiveOracle(version, units.map((unit) => ({ files: [{ path: unit, text: readFileSync(join(dir, unit), 'utf8') }], unit })));
  units.forEach((unit, i) => {
    const file = join(dir, `${version}-${unit.replace(/\.service$/, '')}.stdout`);
    const stdout = runs[i]?.stdout ?? '';
    let old: string | null = null;
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // A new unit: nothing recorded yet.
    }
    if (old === stdout) return;
    differences++;
    console.log(`live-format: ${version} ${unit}: ${old === null ? 'new' : 'DIFFERS'}${check ? '' : ', rewritten'}`);
    if (!check) writeFileSync(file, stdout);
  });
}
console.log(`live-format: ${differences} file(s) ${check ? 'differ' : 'rewritten'}`);
process.exit(check && differences > 0 ? 1 : 0);
