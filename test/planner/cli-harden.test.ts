/**
 * `unitscore harden` as a script sees it: stdout, stderr and exit status for each kind of input, on
 * an in-memory folder. The drop-in it prints is the planner's; these tests pin the command around it.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { memoryHost } from '../../scripts/lib/memory-host.ts';
import { analyze } from '../../src/engine/index.ts';
import { dropInPathFor } from '../../src/planner/index.ts';

const UNIT = { path: 'web.service', text: '[Service]\nExecStart=/usr/bin/web\n' };
const run = (args: string[], files = [UNIT]) => main(['harden', ...args], memoryHost(files, {}));

describe('unitscore harden', () => {
  it('prints a drop-in that brings the unit to the target, status 0', () => {
    const result = run(['--systemd=262', '--offline=true', '--target=2.0', '--needs=network-server', './web.service']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const after = analyze([UNIT, { path: dropInPathFor('web.service'), text: result.stdout }], { version: '262', mode: 'offline' });
    expect(after.ok && after.exposure).toBeLessThanOrEqual(20);
    expect(result.stdout).toMatch(/^# Hardening for web\.service/);
    expect(result.stdout).toContain('systemd 262 (offline)');
  });

  it.each([
    ['245 has only live mode', ['--systemd=245'], 'systemd 245 (live)'],
    ['live asked', ['--systemd=255', '--offline=false'], 'systemd 255 (live)'],
    ['a band as the target', ['--target=OK'], '(target 4.9)'],
    ['the default target', [], '(target 2.0)'],
  ])('%s', (_, args, header) => {
    const result = run([...args, 'web.service']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(header);
  });

  it('exits 2 when the needs keep the target out of reach, still printing the best drop-in', () => {
    const result = run(['--target=0.5', '--needs=network-server,setuid', 'web.service']);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('[Service]');
    expect(result.stderr).toMatch(/^unitscore harden: The target 0\.5 cannot be met with these needs: the lowest exposure they allow is \d\.\d \w+\. In the way: .*network \(without it: \d\.\d\)/);
  });

  it('--show=path prints the steps with the exposure after each and marks the target', () => {
    const result = run(['--show=path', '--needs=batch', 'web.service']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^STEP\s+EXPOSURE\s+RISK\s+SETTING$/);
    expect(lines[1]).toMatch(/^0\s+9\.\d\s+\(the unit as it is\)$/);
    expect(lines.filter((l) => l.endsWith('<- target met'))).toHaveLength(1);
  });

  it('--show=path marks no step when the target is out of reach', () => {
    const result = run(['--show=path', '--target=0', 'web.service']);
    expect(result.status).toBe(2);
    expect(result.stdout).not.toContain('<- target met');
  });

  it.each([
    ['systemctl-edit', '257', /^systemctl edit --stdin --drop-in=hardening\.conf web\.service <<'EOF'\n# Hardening for web\.service/],
    ['systemctl-edit', '255', /^mkdir -p \/etc\/systemd\/system\/web\.service\.d && cat > \/etc\/systemd\/system\/web\.service\.d\/hardening\.conf <<'EOF'/],
    ['nixos', '262', /^systemd\.services\.web\.serviceConfig = \{$/m],
    ['ansible', '262', /dest: '\/etc\/systemd\/system\/web\.service\.d\/hardening\.conf'/],
  ])('--show=%s on %s prints that export of the same drop-in', (show, version, pattern) => {
    const result = run([`--systemd=${version}`, `--show=${show}`, 'web.service']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(pattern);
  });

  it('--help documents every need and profile', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const word of ['network-server', 'batch', 'bus-helper', 'low-ports', 'jit', 'writes', 'fixed-user', 'setuid']) expect(result.stdout).toContain(`  ${word} `);
  });

  it.each([
    [['--needs=wings', 'web.service'], "unitscore harden: Unknown need 'wings': see unitscore harden --help for the list.\n"],
    [['--target=11', 'web.service'], "unitscore harden: bad option '--target=11' (see unitscore harden --help)\n"],
    [['--systemd=250', 'web.service'], "unitscore harden: bad option '--systemd=250' (see unitscore harden --help)\n"],
    [['--offline=true', '--systemd=249', 'web.service'], 'unitscore harden: systemd 249 has no offline mode: use --offline=false\n'],
    [[], 'unitscore harden: give exactly one unit FILE (see unitscore harden --help)\n'],
    [['missing.service'], 'unitscore harden: no unit file at missing.service\n'],
  ])('%j is refused with status 1', (args, stderr) => {
    expect(run(args)).toEqual({ stdout: '', stderr, status: 1 });
  });

  it('a unit the analyzer refuses has nothing to plan', () => {
    const result = run(['--offline=true', 'bad.service'], [{ path: 'bad.service', text: '[Service]\nType=simple\n' }]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^unitscore harden: systemd 262 \(offline\) does not analyse bad\.service, so there is nothing to plan: /);
  });
});
