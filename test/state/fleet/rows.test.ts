/**
 * The fleet's rows (src/state/fleet/rows.ts, sort.ts, export.ts): each score is the engine's for the
 * unit with its drop-ins; the overview lists what live `systemd-analyze security` without arguments
 * lists (loaded, not oneshot, by name) in formatOverview's layout; sorting; CSV and JSON.
 */
import { describe, expect, it } from 'vitest';
import { analyze, formatExposure, formatOverview, UTF8_GLYPHS, type Report } from '../../../src/engine/index.ts';
import type { FleetEntry } from '../../../src/state/fleet/entries.ts';
import { CSV_COLUMNS, fleetCsv, fleetJson } from '../../../src/state/fleet/export.ts';
import { resolveFleet } from '../../../src/state/fleet/resolve.ts';
import { fleetRows, overviewText } from '../../../src/state/fleet/rows.ts';
import { sortFleet, type FleetSort } from '../../../src/state/fleet/sort.ts';

const LIB = 'usr/lib/systemd/system';
const ETC = 'etc/systemd/system';
const file = (path: string, text: string): FleetEntry => ({ kind: 'file', path, text });

const ENTRIES: readonly FleetEntry[] = [
  file(`${LIB}/web.service`, '[Service]\nExecStart=/usr/bin/web\n'),
  file(`${ETC}/web.service.d/harden.conf`, '[Service]\nPrivateTmp=yes\nProtectSystem=strict\nNoNewPrivileges=yes\n'),
  file(`${LIB}/Zed.service`, '[Service]\nExecStart=/usr/bin/zed\nDynamicUser=yes\n'),
  file(`${LIB}/setup.service`, '[Service]\nType=oneshot\nExecStart=/usr/bin/setup\n'),
  file(`${LIB}/broken.service`, '[Service]\nUser=nobody\n'),
  { kind: 'symlink', path: `${ETC}/masked.service`, target: '/dev/null' },
  { kind: 'symlink', path: `${ETC}/gone.service`, target: '/opt/gone/gone.service' },
];
const input = resolveFleet(ENTRIES);

describe('fleetRows', () => {
  it.each([['262', 'live'], ['257', 'offline'], ['249', 'live'], ['252', 'offline']] as const)('%s %s: each score is the engine\'s for the unit with its drop-ins', (version, mode) => {
    const rows = fleetRows(input.units, version, mode);
    for (const row of rows) {
      if (row.source.missingTarget !== null) continue;
      const analysis = analyze(row.source.files, { version, mode });
      expect(row.exposureText).toBe(analysis.ok ? formatExposure(analysis.exposure) : null);
      expect(row.predicate).toBe(analysis.ok ? analysis.rating.label : null);
    }
    // The drop-in from /etc lowers web.service's score.
    const web = rows.find((r) => r.unit === 'web.service')!;
    const bare = analyze([web.source.files[0]!], { version, mode });
    expect(bare.ok && web.exposure! < bare.exposure).toBe(true);
  });

  it('live: notes why a service has no line in the overview', () => {
    const rows = fleetRows(input.units, '262', 'live');
    expect(rows.map((r) => [r.unit, r.listed, r.note])).toEqual([
      ['Zed.service', true, null],
      ['broken.service', false, { kind: 'refused', message: 'Unit broken.service not loaded properly, cannot analyze.', detail: 'broken.service: Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.' }],
      ['gone.service', false, { kind: 'missing', target: '/opt/gone/gone.service' }],
      ['masked.service', false, { kind: 'refused', message: 'Unit masked.service is masked, cannot analyze.', detail: null }],
      ['setup.service', false, { kind: 'oneshot' }],
      ['web.service', true, null],
    ]);
  });

  it('offline: oneshot services are scored like any other', () => {
    const setup = fleetRows(input.units, '262', 'offline').find((r) => r.unit === 'setup.service')!;
    expect([setup.listed, setup.note, setup.exposureText]).toEqual([true, null, setup.exposureText]);
    expect(setup.exposureText).not.toBeNull();
  });
});

describe('overviewText', () => {
  it('is formatOverview of the listed units\' reports, by name, in text and JSON', () => {
    const rows = fleetRows(input.units, '262', 'live');
    const reports = ['Zed.service', 'web.service'].map((n) => rows.find((r) => r.unit === n)!.report as Report);
    expect(overviewText(rows, '262')).toBe(formatOverview(reports, UTF8_GLYPHS, 'off', '262'));
    expect(overviewText(rows, '262', 'short')).toBe(formatOverview(reports, UTF8_GLYPHS, 'short', '262'));
    expect(overviewText(rows, '262').split('\n')[0]).toMatch(/^UNIT +EXPOSURE PREDICATE HAPPY$/);
    // Sorted rows give the same text: the overview keeps the tool's order.
    expect(overviewText(sortFleet(rows, { key: 'exposure', direction: 'descending' }), '262')).toBe(overviewText(rows, '262'));
  });
});

describe('sortFleet', () => {
  const rows = fleetRows(input.units, '262', 'live');
  it.each<[FleetSort, readonly string[]]>([
    [{ key: 'unit', direction: 'ascending' }, ['Zed.service', 'broken.service', 'gone.service', 'masked.service', 'setup.service', 'web.service']],
    [{ key: 'unit', direction: 'descending' }, ['web.service', 'setup.service', 'masked.service', 'gone.service', 'broken.service', 'Zed.service']],
  ])('%o', (sort, names) => {
    expect(sortFleet(rows, sort).map((r) => r.unit)).toEqual(names);
  });

  it.each(['exposure', 'predicate', 'happy'] as const)('by %s: scored rows by value both ways (ties by name), unscored ones last', (key) => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortFleet(rows, { key, direction });
      const scored = sorted.filter((r) => r.exposure !== null);
      expect(sorted.slice(scored.length).every((r) => r.exposure === null)).toBe(true);
      const values = scored.map((r) => r.exposure!);
      const ordered = [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
      if (key === 'exposure') expect(values).toEqual(ordered);
      const bands = scored.map((r) => r.predicate);
      expect(new Set(bands).size).toBeGreaterThan(0);
    }
  });
});

describe('exports', () => {
  const rows = fleetRows(input.units, '262', 'live');
  it('CSV: a header of the documented columns, one quoted record per row, CRLF', () => {
    const csv = fleetCsv(rows, 'live');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.at(-1)).toBe('');
    const web = rows.find((r) => r.unit === 'web.service')!;
    expect(lines).toContain(`"web.service","${web.exposureText!}","${web.predicate!}","${web.happy!}","true","","/usr/lib/systemd/system","/etc/systemd/system/web.service.d/harden.conf",""`);
    const setup = rows.find((r) => r.unit === 'setup.service')!;
    expect(lines).toContain(`"setup.service","${setup.exposureText!}","${setup.predicate!}","${setup.happy!}","false","Not in the overview: Type=oneshot.","/usr/lib/systemd/system","",""`);
    expect(lines).toContain('"gone.service","","","","false","Links to /opt/gone/gone.service, which is not among the files given.","/etc/systemd/system","",""');
  });

  it('CSV quotes quotes', () => {
    const odd = resolveFleet([file(`${LIB}/q.service`, '[Service]\nExecStart=/bin/true\n')]);
    const csv = fleetCsv(fleetRows(odd.units, '262', 'live').map((r) => ({ ...r, source: { ...r.source, folder: 'a "b"' } })), 'live');
    expect(csv).toContain('"a ""b"""');
  });

  it('JSON: the overview\'s four keys first, then the fleet\'s, for every row', () => {
    const records = JSON.parse(fleetJson(rows, 'live')) as Record<string, unknown>[];
    expect(records.map((r) => r['unit'])).toEqual(rows.map((r) => r.unit));
    expect(Object.keys(records[0]!)).toEqual(['unit', 'exposure', 'predicate', 'happy', 'listed', 'note', 'folder', 'dropIns', 'aliases']);
    const masked = records.find((r) => r['unit'] === 'masked.service')!;
    expect(masked).toMatchObject({ exposure: null, predicate: null, happy: null, listed: false, note: 'Unit masked.service is masked, cannot analyze.', folder: '/etc/systemd/system' });
  });
});
