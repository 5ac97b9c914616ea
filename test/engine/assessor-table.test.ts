/**
 * The assessor table per version (src/engine/assess/assessors.ts): which rows each version has, in
 * which order, under which NAME, with which weights and strings — as read from each release's
 * analyze-security.c and checked on the real binaries (the live oracles for 245, 247 and 249).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASSESSORS, assessedIn, assessorsFor } from '../../src/engine/assess/assessors.ts';
import { analyze, assessorTable, formatText, UTF8_GLYPHS, VERSIONS, type SystemdVersion } from '../../src/engine/index.ts';

const ALL = VERSIONS.map((v) => v.id);
const ids = (v: SystemdVersion): string[] => assessorsFor(v).map((a) => a.id);
const names = (v: SystemdVersion): string[] => assessorsFor(v).map((a) => a.name);
const row = (v: SystemdVersion, id: string) => assessorsFor(v).find((a) => a.id === id);

/**
 * systemd's json_field convention (the fields its 250+ table spells out): `=/` → `Or`; `=~`, `(`,
 * `|`, `-` → `_`; `=`, `@`, `*`, `)` dropped; runs of `_` squeezed, a trailing one dropped.
 */
function conventionalId(name: string): string {
  return name.replace(/=\//g, 'Or').replace(/=~|[(|-]/g, '_').replace(/[=@*)]/g, '').replace(/_+/g, '_').replace(/_$/, '');
}

describe('rows per version', () => {
  it.each([
    // 245: no ProtectProc=/ProcSubset= (247), no CAP_BPF (252.31).
    ['245', 78, 55425],
    ['247', 80, 56435],
    ['249', 80, 56435],
    // CAP_BPF (weight 25) from 252.31 on.
    ['252', 81, 56460],
    ['254', 81, 56460],
    ['255', 81, 56460],
    ['257', 81, 56460],
    ['262', 81, 56460],
  ] as const)('%s has %i rows weighing %i in all', (version, count, weight) => {
    expect(assessorsFor(version)).toHaveLength(count);
    expect(assessorsFor(version).reduce((sum, a) => sum + a.weight, 0)).toBe(weight);
  });

  it.each(ALL)('%s: ids are unique', (version) => {
    expect(new Set(ids(version)).size).toBe(ids(version).length);
  });

  it.each(ALL)('%s: rows keep the order of the full table (one source order)', (version) => {
    const order = [...new Set(ASSESSORS.map((a) => a.id))];
    const positions = ids(version).map((id) => order.indexOf(id));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('252, 254, 257 and 262 have the same rows', () => {
    const shown = (v: SystemdVersion) => assessorsFor(v).map(({ id, name, weight, range, good, bad, na, check }) => ({ id, name, weight, range, good, bad, na, check }));
    for (const version of ['252', '254', '257'] as const) expect(shown(version)).toEqual(shown('262'));
  });

  it('assessorTable() lists the same rows as the scorer', () => {
    for (const version of ALL) expect(assessorTable(version).map((a) => a.id)).toEqual(ids(version));
  });

  it('since/until are inclusive', () => {
    const bpf = ASSESSORS.filter((a) => a.id === 'CapabilityBoundingSet_CAP_BPF');
    expect(ALL.map((v) => bpf.filter((a) => assessedIn(a, v)).length)).toEqual([0, 0, 0, 1, 1, 1, 1, 1]);
  });
});

describe('json_field ids', () => {
  // The two ids systemd's table does not derive from the NAME by its usual rule.
  const SPECIAL: Readonly<Record<string, string>> = {
    'CapabilityBoundingSet=~CAP_NET_(BIND_SERVICE|BROADCAST|RAW)': 'CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)',
    'RestrictAddressFamilies=~…': 'RestrictAddressFamilies_OTHER',
  };
  it.each(['252', '254', '255', '257', '262'] as const)('%s: every id follows systemd’s convention for its NAME', (version) => {
    for (const a of assessorsFor(version)) expect(a.id, a.name).toBe(SPECIAL[a.name] ?? conventionalId(a.name));
  });

  it.each(['245', '247', '249'] as const)('%s (no json_field yet): each row has the id its row got in 250', (version) => {
    const later = new Set(ids('252'));
    expect(ids(version).filter((id) => !later.has(id))).toEqual([]);
  });
});

describe('names and strings that differ', () => {
  it.each([
    // 245 names the CAP_SYS_RAWIO row after a capability that does not exist.
    ['245', 'CapabilityBoundingSet_CAP_SYS_RAWIO', 'CapabilityBoundingSet=~CAP_RAWIO'],
    ['247', 'CapabilityBoundingSet_CAP_SYS_RAWIO', 'CapabilityBoundingSet=~CAP_SYS_RAWIO'],
    // Up to 249 the namespace rows are named after the clone flags.
    ['245', 'RestrictNamespaces_user', 'RestrictNamespaces=~CLONE_NEWUSER'],
    ['249', 'RestrictNamespaces_mnt', 'RestrictNamespaces=~CLONE_NEWNS'],
    ['249', 'RestrictNamespaces_cgroup', 'RestrictNamespaces=~CLONE_NEWCGROUP'],
    ['249', 'RestrictNamespaces_uts', 'RestrictNamespaces=~CLONE_NEWUTS'],
    ['252', 'RestrictNamespaces_user', 'RestrictNamespaces=~user'],
    ['252', 'RestrictNamespaces_mnt', 'RestrictNamespaces=~mnt'],
  ] as const)('%s: %s is NAMEd %s', (version, id, name) => {
    expect(row(version, id)?.name).toBe(name);
  });

  it.each(['245', '247', '249'] as const)('%s: CLONE_NEW* names for all seven namespace rows', (version) => {
    expect(names(version).filter((n) => n.startsWith('RestrictNamespaces='))).toEqual(
      ['USER', 'NS', 'IPC', 'PID', 'CGROUP', 'NET', 'UTS'].map((f) => `RestrictNamespaces=~CLONE_NEW${f}`),
    );
  });

  it.each([
    ['245', false], ['247', true], ['249', true], ['252', true], ['262', true],
  ] as const)('%s: ProtectProc= and ProcSubset= rows present: %s', (version, present) => {
    expect(ids(version).includes('ProtectProc')).toBe(present);
    expect(ids(version).includes('ProcSubset')).toBe(present);
  });

  it.each([
    ['252', 'Service may not load BPF programs', 'Service may load BPF programs'],
    ['254', 'Service may not load BPF programs', 'Service may load BPF programs'],
    // v255 swapped them; 257 (and the stable releases 252.31+/254.19+) have them right.
    ['255', 'Service may load BPF programs', 'Service may not load BPF programs'],
    ['257', 'Service may not load BPF programs', 'Service may load BPF programs'],
  ] as const)('%s: CAP_BPF good %j, bad %j', (version, good, bad) => {
    expect(row(version, 'CapabilityBoundingSet_CAP_BPF')).toMatchObject({ good, bad, weight: 25, range: 1 });
  });

  it('rows that exist in several versions keep weight, range and N/A text', () => {
    for (const id of new Set(ASSESSORS.map((a) => a.id))) {
      const variants = ASSESSORS.filter((a) => a.id === id);
      expect(new Set(variants.map((a) => `${a.weight}/${a.range}/${a.na}/${a.defaultDependenciesOnly}`)).size, id).toBe(1);
    }
  });
});

describe('scored rows follow the version table', () => {
  const unit = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\n' }];
  it.each(ALL)('%s: rows and their indexes', (version) => {
    const report = analyze(unit, { version });
    if (!report.ok) throw new Error(report.reason.code);
    expect(report.rows.map((r) => [r.index, r.id, r.name])).toEqual(assessorsFor(version).map((a, i) => [i + 1, a.id, a.name]));
  });
});

describe('text output before 250 (live oracles)', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/live-format');
  it.each([
    // Rows by weight, then name; empty EXPOSURE cells padded; "option does not apply".
    ['245', 'a-default'], ['245', 'b-nodeps'],
    // Rows by weight, then name; trailing blanks dropped (Debian's 247.3 has the backport).
    ['247', 'a-default'], ['247', 'b-nodeps'],
    ['249', 'a-default'], ['249', 'b-nodeps'],
  ] as const)('%s %s.service', (version, unit) => {
    const text = readFileSync(join(dir, `${unit}.service`), 'utf8');
    const report = analyze([{ path: `${unit}.service`, text }], { version });
    if (!report.ok) throw new Error(report.reason.code);
    expect(formatText(report, UTF8_GLYPHS)).toBe(readFileSync(join(dir, `${version}-${unit}.stdout`), 'utf8'));
  });
});
