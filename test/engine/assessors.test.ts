/**
 * One table per assessor family: a small unit → the state of one row (set, badness, description),
 * through `analyze()`, for every version the case names. The tables live in `assessor-cases.ts`;
 * every row there was checked against the real oracles by `scripts/check-table-tests.ts` (re-run it
 * after changing a table).
 */
import { describe, expect, it } from 'vitest';
import { analyze, assessorTable, directiveCatalogue, type Report, type SystemdVersion } from '../../src/engine/index.ts';
import { ASSESSOR_FAMILIES, WEIGHTS, setOf, unitText, versionsOf, type AssessorCase } from './assessor-cases.ts';

function report(c: AssessorCase, version: SystemdVersion): Report {
  const result = analyze([{ path: 'x.service', text: unitText(c.lines) }], { version, ...(c.policy === undefined ? {} : { policy: c.policy }) });
  if (!result.ok) throw new Error(`refused: ${result.reason.code}`);
  return result;
}

describe.each(ASSESSOR_FAMILIES)('$family', ({ cases }) => {
  const rows = cases.flatMap((c) => versionsOf(c).map((version) => ({ ...c, version })));
  it.each(rows)('[$version] $field: $why', (c) => {
    const row = report(c, c.version).rows.find((r) => r.id === c.field);
    expect(row, `row ${c.field}`).toBeDefined();
    expect({ set: row?.set, badness: row?.badness, description: row?.description })
      .toEqual({ set: setOf(c.badness), badness: c.badness, description: c.description });
  });
});

describe.each(['252', '257', '262'] as const)('weights and ranges, %s', (version) => {
  const rows = report({ why: '', field: '', lines: [], badness: null, description: null }, version).rows;
  it.each(WEIGHTS.map(([id, weight, range], i) => [i + 1, id, weight, range] as const))('#%i %s: weight %i, range %i', (index, id, weight, range) => {
    const info = assessorTable(version)[index - 1];
    const row = rows[index - 1];
    expect({ id: info?.id, weight: info?.weight, range: info?.range }).toEqual({ id, weight, range });
    expect({ id: row?.id, index: row?.index, weight: row?.weight, range: row?.range }).toEqual({ id, index, weight, range });
  });
});

describe('coverage of the assessor table', () => {
  const all = ASSESSOR_FAMILIES.flatMap((f) => f.cases);
  const states = (id: string): Set<string> => new Set(all.filter((c) => c.field === id && c.policy === undefined).map((c) => String(setOf(c.badness))));

  it.each(assessorTable('262').map((a) => a.id))('%s has a ✓ and a ✗ case', (id) => {
    expect([...states(id)].sort()).toEqual(expect.arrayContaining(['false', 'true']));
  });

  // Rows that can be N/A without a policy: root-only rows and the DefaultDependencies=no rows.
  it.each(['SupplementaryGroups', 'RemoveIPC', 'PrivateTmp', 'ProtectHome', 'ProtectSystem', 'RootDirectoryOrRootImage'])('%s has an N/A case', (id) => {
    expect(states(id).has('null')).toBe(true);
  });

  it('every table field is a real json_field', () => {
    const ids = new Set(assessorTable('262').map((a) => a.id));
    expect(all.map((c) => c.field).filter((f) => !ids.has(f))).toEqual([]);
  });

  it.each(assessorTable('262').map((a) => [a.name, a.url] as const))('%s links to systemd.exec(5) at a [Service] directive', (name, url) => {
    const anchor = /^https:\/\/www\.freedesktop\.org\/software\/systemd\/man\/systemd\.exec\.html#([A-Za-z]+)=$/.exec(url)?.[1];
    expect(anchor).toBeDefined();
    expect(name.startsWith(`${anchor}=`)).toBe(true);
    expect(directiveCatalogue('262').get('Service')?.has(anchor!)).toBe(true);
  });

  it('every version sees the same 81 rows', () => {
    const ids = (v: SystemdVersion): string[] => assessorTable(v).map((a) => a.id);
    expect(ids('262')).toHaveLength(81);
    expect(ids('252')).toEqual(ids('262'));
    expect(ids('257')).toEqual(ids('262'));
  });
});
