/**
 * Re-verifies the `systemctl edit` export on real managers, so the command lines the planner
 * offers are proven by systemd itself, not by the stubs of the unit tests:
 *
 *   node scripts/check-exports-live.ts [--version=257]      (root; ../shared/tools/systemd-live-oracle)
 *
 * For every version (default: all eight) it boots that version's manager in its own namespaces
 * with `systemd-live-oracle start` (a private state folder, so no other caller's kept manager is
 * touched), installs a unit for each drop-in of test/planner/exports/drop-ins.ts (a template for an
 * instance), makes /etc/systemd/system writable inside, runs the command `systemctlEditCommand()`
 * gives for that version with the version's own `sh` and `systemctl` (257 and 262: `systemctl edit
 * --stdin`), then compares the file the command wrote with the drop-in's text byte for byte and
 * asks the manager whether it loaded it (`systemctl show -p DropInPaths`, `systemctl cat` for a
 * template). Prints one line per version × drop-in; exits 1 on any difference, 2 when the tool or
 * root is missing or a version was skipped because someone else keeps a manager of it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSIONS, type SystemdVersion } from '../src/engine/index.ts';
import { systemctlEditCommand } from '../src/planner/index.ts';
import { DROP_INS } from '../test/planner/exports/drop-ins.ts';
import { sharedTool } from './lib/oracle.ts';

const tool = sharedTool('systemd-live-oracle', 'SYSTEMD_LIVE_ORACLE');
if (tool === null || process.getuid?.() !== 0) {
  console.error('check-exports-live: needs root and ../shared/tools/systemd-live-oracle');
  process.exit(2);
}
const only = process.argv.find((a) => a.startsWith('--version='))?.slice('--version='.length);
const versions = VERSIONS.map((v) => v.id).filter((v) => only === undefined || v === only);

/** The unit file each drop-in is for: the template's file for an instance (as systemctl edit finds it). */
const fileOf = (unit: string): string => unit.replace(/@[^.]+\.service$/, '@.service');

/** Runs `sh -c command` inside the manager's namespaces (as the tool's own in_ns does); returns status and output. */
function inside(pid: string, command: string): { status: number; out: string } {
  const r = spawnSync('nsenter', ['--target', pid, '--mount', '--pid', '--net', '--uts', '--ipc', '--cgroup', '--root', '--wd', '--', 'env', '-u', 'SYSTEMD_UNIT_PATH', 'sh', '-c', command], { encoding: 'utf8' });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}`.trim() };
}

/**
 * Whether a kept manager of `version` runs already, anyone's: the tool names a kept manager's cgroup
 * after the major alone (`systemd-live-oracle-MAJOR-systemd-live-oracle.kept-MAJOR`), so a second
 * one fails to boot, and its clean-up would then remove the first one's empty cgroups.
 */
function keptElsewhere(version: SystemdVersion): boolean {
  const name = `systemd-live-oracle-${version}-systemd-live-oracle.kept-${version}`;
  const probe = 'd=$(mktemp -d) && mount -t cgroup2 none "$d" && { test -d "$d/$1"; r=$?; umount "$d"; rmdir "$d"; exit $r; }';
  return spawnSync('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c', probe, 'probe', name]).status === 0;
}

let differences = 0;
let skipped = 0;
for (const version of versions) {
  if (keptElsewhere(version)) {
    console.log(`${version} skipped: another caller keeps a ${version} manager (the tool cannot keep two)`);
    skipped++;
    continue;
  }
  const stateRoot = mkdtempSync(join(tmpdir(), 'unitscore-exports-live-'));
  const env = { ...process.env, TMPDIR: stateRoot };
  try {
    const state = execFileSync(tool, ['start', version], { env, encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
    const pid = readFileSync(join(state, 'pid1'), 'utf8').trim();
    const units = join(state, 'units');
    for (const [, d] of DROP_INS) writeFileSync(join(units, fileOf(d.unit)), '[Service]\nExecStart=/bin/sleep 1000\n');
    const setUp = inside(pid, 'mount -o remount,bind,rw /etc/systemd/system && systemctl daemon-reload');
    if (setUp.status !== 0) throw new Error(`set-up failed: ${setUp.out}`);
    for (const [name, d] of DROP_INS) {
      const command = systemctlEditCommand(d, { version });
      const ran = inside(pid, command);
      let written: string;
      try {
        written = readFileSync(join(units, `${d.unit}.d`, 'hardening.conf'), 'utf8');
      } catch {
        written = '';
      }
      const quoted = `'${d.unit}'`;
      // `systemctl show` quotes a path with a backslash and doubles the backslash from 249 on.
      const shown = inside(pid, d.unit.includes('@.') ? `systemctl cat ${quoted}` : `systemctl show -p DropInPaths ${quoted}`).out.replaceAll('\\\\', '\\');
      const loaded = shown.includes(`${d.unit}.d/hardening.conf`);
      const same = ran.status === 0 && written === d.text && loaded;
      if (!same) differences++;
      const form = command.startsWith('systemctl edit --stdin') ? 'edit --stdin' : 'mkdir + cat';
      console.log(`${version} ${form.padEnd(12)} ${name.padEnd(16)} ${same ? 'same file, loaded' : `DIFFERENT: status ${ran.status}, file ${written === d.text ? 'same' : 'differs'}, loaded ${loaded} ${ran.out}`}`);
    }
  } finally {
    spawnSync(tool, ['stop', version], { env, stdio: 'inherit' });
    rmSync(stateRoot, { recursive: true, force: true });
  }
}
const checked = (versions.length - skipped) * DROP_INS.length;
console.log(differences === 0 ? `${checked} of ${checked} installs wrote the drop-in and the manager loaded it` : `${differences} of ${checked} installs differ`);
process.exit(differences > 0 ? 1 : skipped > 0 ? 2 : 0);
