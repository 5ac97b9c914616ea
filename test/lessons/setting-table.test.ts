import { describe, expect, it } from 'vitest';
import { settingCases } from '../../src/collections/setting-table.ts';
import { assessorTable, effectiveMode, profileFor, VERSIONS } from '../../src/engine/index.ts';
import { loadSettings } from './content.ts';

const pages = loadSettings();

describe('settings tables', () => {
  // Every example a page shows must be accepted by the engine and actually move its own row,
  // otherwise the table would teach nothing (or show an error). Only versions that have the row:
  // 245 has no ProtectProc=/ProcSubset= rows, 245–249 no CAP_BPF row; and a row the table's mode
  // cannot see (245 live: ProtectClock=, which its manager does not export) cannot move.
  const hasRow = (version: (typeof VERSIONS)[number]['id'], id: string): boolean => {
    const hidden = profileFor(version, effectiveMode(version, 'offline')).liveUnexported.map((f) => f[0]!.toUpperCase() + f.slice(1));
    return assessorTable(version).some((a) => a.id === id) && !hidden.includes(id);
  };
  it.each(VERSIONS.flatMap((v) => pages.filter((p) => hasRow(v.id, p.data.id)).map((p) => [`${p.file} on ${v.id}`, p, v.id] as const)))('%s', (_n, page, version) => {
    const cases = settingCases(page.data.id, page.data.values, version);
    expect(cases.filter((c) => c.refused !== undefined)).toEqual([]);
    const marks = new Set(cases.map((c) => `${c.set}/${c.badness}`));
    expect(marks.size, 'no example changes the row').toBeGreaterThan(1);
  });

  it('shows the PrivateMounts default flipping between 252 and 257', () => {
    expect(settingCases('PrivateMounts', [], '252')[0]?.set).toBe(false);
    expect(settingCases('PrivateMounts', [], '257')[0]?.set).toBe(true);
  });
});
