/**
 * The version differences of ../shared/spec/version-changes.md ("What it takes to support 252 + 257
 * + 262") as a table: for each switch, a small unit recorded from the three real oracles as the
 * golden case `version-diff-*` (defined in scripts/cases/version-diffs.ts, recorded by
 * `node scripts/make-cases.ts --only=version-diff-`). Each row states how 252, 257 and 262 differ;
 * the test checks that statement against the recorded output (the summary line's number and the
 * row of the JSON run), and that the engine reproduces those recorded numbers and rows.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, formatExposure, sortRows, type Report, type SystemdVersion } from '../../src/engine/index.ts';
import { readCase, type GoldenCase } from '../../scripts/lib/cases.ts';

const CASES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cases');
const VERSIONS = ['252', '257', '262'] as const;

type PerVersion<T> = readonly [T, T, T];

/** One switch of the table and how the versions differ on its unit. */
interface Difference {
  /** The switch, as the spec's table names it. */
  readonly switch: string;
  /** The golden case (without the `version-diff-` prefix). */
  readonly case: string;
  /** The json_field of the row that shows the switch. */
  readonly field: string;
  /** Overall exposures in the order 252, 257, 262: equal letters are equal numbers, different letters differ. */
  readonly exposures: 'AAA' | 'ABB' | 'AAB' | 'ABA' | 'ABC';
  /** The row's `set` on 252, 257, 262. */
  readonly set: PerVersion<boolean | null>;
  /** A piece of the row's description on 252, 257, 262. */
  readonly says?: PerVersion<string>;
  /** Whether the row is printed first in the text table, on 252, 257, 262. */
  readonly first?: PerVersion<boolean>;
  /** The unit id in the summary line, on 252, 257, 262. */
  readonly unitId?: PerVersion<string>;
}

const TABLE: readonly Difference[] = [
  // the headline: a bare unit is 9.6 on 252 and 9.4 later, all from PrivateMounts=
  { switch: 'default unit score', case: 'default-unit', field: 'PrivateMounts', exposures: 'ABB', set: [false, true, true] },
  // with PrivateMounts=no pinned, the versions agree again
  { switch: 'PrivateMounts default', case: 'privatemounts-no', field: 'PrivateMounts', exposures: 'AAA', set: [false, false, false] },
  // PrivateTmp= became an enum in 257
  { switch: 'PrivateTmp values', case: 'privatetmp-disconnected', field: 'PrivateTmp', exposures: 'ABB', set: [false, true, true] },
  // PrivateUsers=self|identity from 257
  { switch: 'PrivateUsers values (257)', case: 'privateusers-self', field: 'PrivateUsers', exposures: 'ABB', set: [false, true, true] },
  // PrivateUsers=full|managed only in 262
  { switch: 'PrivateUsers values (262)', case: 'privateusers-full', field: 'PrivateUsers', exposures: 'AAB', set: [false, false, true] },
  // ProtectControlGroups=private|strict from 257
  { switch: 'ProtectControlGroups values', case: 'protectcontrolgroups-strict', field: 'ProtectControlGroups', exposures: 'ABB', set: [false, true, true] },
  // ProtectHostname=private in 262: the row flips, but weight 50 does not move the rounded total
  { switch: 'ProtectHostname values', case: 'protecthostname-private', field: 'ProtectHostname', exposures: 'AAA', set: [false, false, true] },
  // DynamicUser= implies PrivateTmp (yes on 252, disconnected later): no visible difference
  { switch: 'DynamicUser → PrivateTmp', case: 'dynamicuser-privatetmp', field: 'PrivateTmp', exposures: 'AAA', set: [true, true, true] },
  // the implied TPM device: /dev/tpmrm0, then char-tpm, then none
  {
    switch: 'Encrypted creds → DeviceAllow', case: 'credential-tpm-device', field: 'DeviceAllow', exposures: 'AAB', set: [false, false, true],
    says: ['/dev/tpmrm0:rw', 'char-tpm:rw', 'minimal device ACL'],
  },
  // an unknown family stops the line on 262, so AF_PACKET is not denied
  { switch: 'RestrictAddressFamilies unknown name', case: 'address-family-unknown-name', field: 'RestrictAddressFamilies_AF_PACKET', exposures: 'AAB', set: [true, true, false] },
  // ~ is masked to 63 bits on 262, so later lines OR instead of replacing
  { switch: '`~` capability value', case: 'capability-tilde-masked', field: 'CapabilityBoundingSet_CAP_SYS_ADMIN', exposures: 'AAB', set: [true, true, false] },
  // capability number 63 is valid only on 252
  { switch: 'capability number range', case: 'capability-number-63', field: 'AmbientCapabilities', exposures: 'ABB', set: [false, true, true] },
  // the row with no description moves to the top on 262; the numbers do not change
  { switch: 'empty-description sort', case: 'empty-description-sort', field: 'ProtectProc', exposures: 'AAA', set: [false, false, false], first: [false, false, true] },
  // 262's @mount has open_tree_attr instead of open_tree: the old hand-written list falls short
  {
    switch: 'syscall groups (@mount)', case: 'syscall-mount-open-tree', field: 'SystemCallFilter_mount', exposures: 'AAB', set: [true, true, false],
    says: ['@mount is included', '@mount is included', 'e.g. open_tree_attr is allowed'],
  },
  // 252's libseccomp does not know mseal: its deny list is empty, so "no filter" (same badness)
  {
    switch: 'libseccomp names (257)', case: 'syscall-libseccomp-names', field: 'SystemCallFilter_swap', exposures: 'AAA', set: [false, false, false],
    says: ['does not filter', 'deny list defined', 'deny list defined'],
  },
  // listns is known only to 262's libseccomp 2.6.1
  {
    switch: 'libseccomp names (262)', case: 'syscall-libseccomp-names-262', field: 'SystemCallFilter_swap', exposures: 'AAA', set: [false, false, false],
    says: ['does not filter', 'does not filter', 'deny list defined'],
  },
  // a template's instance name: i, then test_instance
  {
    switch: 'template instance (offline)', case: 'template-instance', field: 'UserOrDynamicUser', exposures: 'AAA', set: [true, true, true],
    unitId: ['foo@i.service', 'foo@test_instance.service', 'foo@test_instance.service'],
  },
];

interface JsonRow {
  readonly set: boolean | null;
  readonly json_field: string;
  readonly description: string | null;
  readonly exposure: string | null;
}

/** What the oracle printed for one version: summary id and number, the row, and the first text row. */
interface Recorded {
  readonly unitId: string;
  readonly exposure: string;
  readonly row: JsonRow | undefined;
  readonly firstLine: string;
}

function recorded(c: GoldenCase, version: SystemdVersion, field: string): Recorded {
  const runs = c.expected[version];
  if (runs === undefined) throw new Error(`${c.name}: not recorded for ${version}`);
  const text = runs.find((r) => r.args.join(' ') === '--offline=true');
  const json = runs.find((r) => r.args.includes('--json=short'));
  if (text === undefined || json === undefined) throw new Error(`${c.name}: missing text or JSON run`);
  const summary = /Overall exposure level for (\S+): (\d+\.\d) /.exec(text.stdout);
  if (summary === null) throw new Error(`${c.name}: no summary line for ${version}`);
  return {
    unitId: summary[1] as string,
    exposure: summary[2] as string,
    row: (JSON.parse(json.stdout) as JsonRow[]).find((r) => r.json_field === field),
    firstLine: text.stdout.split('\n')[1] ?? '',
  };
}

function engine(c: GoldenCase, version: SystemdVersion): Report {
  const result = analyze(c.files, { version, unit: c.unit });
  if (!result.ok) throw new Error(`${c.name}: engine refused on ${version}: ${result.reason.code}`);
  return result;
}

/** The equality pattern of three values: `AAB` etc. */
function pattern(values: readonly string[]): string {
  const seen: string[] = [];
  return values.map((v) => {
    if (!seen.includes(v)) seen.push(v);
    return 'ABC'[seen.indexOf(v)];
  }).join('');
}

describe.each(TABLE)('$switch (version-diff-$case)', (d) => {
  const c = readCase(CASES, `version-diff-${d.case}`);
  const oracle = VERSIONS.map((v) => recorded(c, v, d.field));

  it(`versions differ as stated: exposures ${d.exposures}`, () => {
    expect(pattern(oracle.map((o) => o.exposure))).toBe(d.exposures);
    expect(oracle.map((o) => o.row?.set)).toEqual(d.set);
    if (d.says !== undefined) oracle.forEach((o, i) => expect(o.row?.description).toContain(d.says?.[i]));
    if (d.first !== undefined) expect(oracle.map((o) => o.firstLine.includes(`${d.field}=`))).toEqual(d.first);
    if (d.unitId !== undefined) expect(oracle.map((o) => o.unitId)).toEqual(d.unitId);
  });

  it.each(VERSIONS.map((v, i) => [v, i] as const))('the engine reproduces %s', (version, i) => {
    const want = oracle[i] as Recorded;
    const report = engine(c, version);
    const row = report.rows.find((r) => r.id === d.field);
    expect({ unitId: report.unitId, exposure: formatExposure(report.exposure) }).toEqual({ unitId: want.unitId, exposure: want.exposure });
    expect({ set: row?.set, description: row?.description, exposure: row?.exposure == null ? null : formatExposure(row.exposure) })
      .toEqual({ set: want.row?.set, description: want.row?.description, exposure: want.row?.exposure });
    if (d.first !== undefined) expect(sortRows(report.rows, version)[0]?.id === d.field).toBe(d.first[i]);
  });
});
