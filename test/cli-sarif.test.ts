/**
 * `unitscore security --format=sarif`: one result per failing row, on the line that decides it,
 * with the level its cost earns; the unit's exposure in the run's properties; the exit status of
 * `--threshold=`; every log valid against the SARIF 2.1.0 schema. The corpus check compares the
 * results with the rows the real systemd 262 marked ✗ (its recorded `--json=short` output).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { UnitFile } from '../src/engine/index.ts';
import { readCorpusExpected, readCorpusUnits, unitName } from '../scripts/lib/corpus.ts';
import { memoryHost } from '../scripts/lib/memory-host.ts';
import { ORACLE_ENV } from '../scripts/lib/oracle.ts';
import { SARIF_SCHEMA_TITLE, sarifSchemaErrors } from './support/sarif-schema.ts';

/** The parts of a SARIF log the tests read. */
interface Log {
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string }; properties: { code: string } }[] }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      relatedLocations?: unknown[];
      properties: { unit: string; unitExposure: number; unitRating: string; exposure: number };
    }[];
    properties: { systemd: string; mode: string; threshold: number; units: { unit: string; location: { uri: string }; exposure?: number; rating?: string; aboveThreshold?: boolean; refused?: boolean }[] };
  }[];
}

const CWD = '/repo';

/** Runs the CLI on `files` (paths relative to {@link CWD}) and parses its SARIF. */
function run(files: readonly UnitFile[], args: readonly string[]): { log: Log; status: number; stderr: string; stdout: string } {
  const result = main(['security', '--format=sarif', ...args], memoryHost(files, ORACLE_ENV, CWD));
  return { log: JSON.parse(result.stdout) as Log, status: result.status, stderr: result.stderr, stdout: result.stdout };
}

const DEMO: UnitFile[] = [
  {
    path: 'units/demo.service',
    text: [
      '[Unit]', //                                          1
      'Description=demo', //                                2
      '', //                                                3
      '[Service]', //                                       4
      'ExecStart=/usr/bin/demo', //                         5
      'PrivateTmp=no', //                                   6
      '  CapabilityBoundingSet=CAP_KILL CAP_NET_ADMIN', //  7
      'LockPersonality=no', //                              8
      'PrivateTmp=yes', //                                  9
      'PrivateTmp=no', //                                  10
      '',
    ].join('\n'),
  },
  { path: 'units/demo.service.d/harden.conf', text: '[Service]\nProtectHome=no\n' },
];

describe('--format=sarif results', () => {
  const { log, status } = run(DEMO, ['units/demo.service']);
  const results = log.runs[0]!.results;
  const byRule = new Map(results.map((r) => [r.ruleId, r]));

  it.each<[string, string | null, string, number, number, number]>([
    // [rule, level (null: no result), uri, startLine, startColumn, endColumn]
    // set three times: the last assignment decides, the others are related locations
    ['PrivateTmp', 'error', 'units/demo.service', 10, 1, 14],
    // one line decides several capability rows; the indent is part of the line
    ['CapabilityBoundingSet_CAP_NET_ADMIN', 'error', 'units/demo.service', 7, 1, 47],
    ['CapabilityBoundingSet_CAP_KILL', 'warning', 'units/demo.service', 7, 1, 47],
    ['LockPersonality', 'note', 'units/demo.service', 8, 1, 19],
    // from the drop-in
    ['ProtectHome', 'error', 'units/demo.service.d/harden.conf', 2, 1, 15],
    // never set: the [Service] header of the unit file
    ['ProtectSystem', 'error', 'units/demo.service', 4, 1, 10],
    ['RestrictRealtime', 'warning', 'units/demo.service', 4, 1, 10],
    ['ProcSubset', 'note', 'units/demo.service', 4, 1, 10],
    // dropped from the bounding set: ✓, so no result
    ['CapabilityBoundingSet_CAP_SYS_ADMIN', null, '', 0, 0, 0],
    // ExecStart= alone leaves the user root: the heaviest rows fail
    ['UserOrDynamicUser', 'error', 'units/demo.service', 4, 1, 10],
  ])('%s: %s', (rule, level, uri, line, startColumn, endColumn) => {
    const r = byRule.get(rule);
    if (level === null) {
      expect(r).toBeUndefined();
      return;
    }
    expect(r).toBeDefined();
    expect(r!.level).toBe(level);
    const where = r!.locations[0]!.physicalLocation;
    expect(where.artifactLocation).toEqual({ uri, uriBaseId: '%SRCROOT%' });
    expect(where.region).toEqual({ startLine: line, startColumn, endLine: line, endColumn });
    expect(log.runs[0]!.tool.driver.rules[r!.ruleIndex]!.id).toBe(rule);
  });

  it('names the earlier assignments of a list setting as related locations', () => {
    // A scalar keeps only its last assignment; a list adds up every one.
    expect(byRule.get('PrivateTmp')!.relatedLocations).toBeUndefined();
    const files = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\nCapabilityBoundingSet=CAP_KILL\nCapabilityBoundingSet=CAP_CHOWN\n' }];
    const kill = run(files, ['x.service']).log.runs[0]!.results.find((r) => r.ruleId === 'CapabilityBoundingSet_CAP_KILL')!;
    expect(kill.locations[0]!.physicalLocation.region.startLine).toBe(4);
    expect(kill.relatedLocations).toEqual([{ id: 0, physicalLocation: { artifactLocation: { uri: 'x.service', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 31 } }, message: { text: 'also decides CapabilityBoundingSet=~CAP_KILL' } }]);
  });

  it("gives each result the row's description and the unit's exposure", () => {
    const text = main(['security', 'units/demo.service'], memoryHost(DEMO, ORACLE_ENV, CWD)).stdout;
    const overall = /exposure level for demo\.service: (\d+\.\d) (\w+)/.exec(text);
    const unit = log.runs[0]!.properties.units[0]!;
    expect(unit).toMatchObject({ unit: 'demo.service', location: { uri: 'units/demo.service' }, exposure: Number(overall?.[1]), rating: overall?.[2], aboveThreshold: false });
    const privateTmp = byRule.get('PrivateTmp')!;
    expect(privateTmp.message.text).toBe("Service has access to other software's temporary files");
    expect(privateTmp.properties).toMatchObject({ unit: 'demo.service', unitExposure: unit.exposure, unitRating: unit.rating });
    // one result per ✗ row of the text table
    expect(results).toHaveLength(text.split('\n').filter((l) => l.startsWith('✗')).length);
    expect(status).toBe(0);
  });

  it('has one rule per assessor row, linked to its man page', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(log.runs[0]!.tool.driver.name).toBe('unitscore');
    expect(rules).toHaveLength(81);
    expect(new Set(rules.map((r) => r.id)).size).toBe(81);
    expect(rules.find((r) => r.id === 'PrivateTmp')).toMatchObject({ helpUri: 'https://www.freedesktop.org/software/systemd/man/systemd.exec.html#PrivateTmp=', defaultConfiguration: { level: 'error' } });
    // 245 has 78 rows
    expect(run(DEMO, ['--systemd=245', 'units/demo.service']).log.runs[0]!.tool.driver.rules).toHaveLength(78);
  });

  it(`is valid against the ${SARIF_SCHEMA_TITLE}`, () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('is checked by a validator that finds what the schema forbids', () => {
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[]; tool?: unknown }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifSchemaErrors(broken).join('\n')).toContain('/runs/0/results/0/level');
    delete broken.runs[0]!.tool;
    expect(sarifSchemaErrors(broken).join('\n')).toContain("must have required property 'tool'");
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] })).not.toEqual([]);
  });
});

describe('--format=sarif runs', () => {
  it.each<[string, string[], number, boolean]>([
    // [name, args, status, above the threshold]
    ['default threshold (10.0)', [], 0, false],
    ['threshold below the exposure', ['--threshold=50'], 1, true],
    ['threshold at the exposure', ['--threshold=94'], 0, false],
  ])('%s', (_name, args, status, above) => {
    const files = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\n' }];
    const text = main(['security', ...args, 'x.service'], memoryHost(files, ORACLE_ENV, CWD));
    const sarif = run(files, [...args, 'x.service']);
    expect(text.stdout).toContain('exposure level for x.service: 9.4 UNSAFE');
    expect([sarif.status, text.status]).toEqual([status, status]);
    expect(sarif.log.runs[0]!.properties.units[0]!.aboveThreshold).toBe(above);
  });

  it('points into absolute folders with file: URIs and encodes what a URI must', () => {
    const files = [{ path: 'my units/a@.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=no\n' }];
    const inside = run(files, ['my units/a@.service']).log.runs[0]!;
    expect(inside.properties.units[0]!.location).toEqual({ uri: 'my%20units/a@.service', uriBaseId: '%SRCROOT%' });
    const outside = main(['security', '--format=sarif', `${CWD}/my units/a@.service`], { ...memoryHost(files, ORACLE_ENV, CWD), cwd: '/elsewhere' });
    const log = JSON.parse(outside.stdout) as Log;
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///repo/my%20units/a@.service' });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('reports a refused unit as a notification, with the same stderr and status as the text run', () => {
    const files = [{ path: 'bad.service', text: '[Service\nExecStart=/bin/true\n' }, { path: 'good.service', text: '[Service]\nExecStart=/bin/true\n' }];
    const text = main(['security', 'bad.service', 'good.service'], memoryHost(files, ORACLE_ENV, CWD));
    const sarif = run(files, ['bad.service', 'good.service']);
    expect([sarif.status, sarif.stderr]).toEqual([text.status, text.stderr]);
    expect(sarif.status).toBe(1);
    const r = sarif.log.runs[0]!;
    expect(r.invocations[0]!.executionSuccessful).toBe(false);
    expect(r.invocations[0]!.toolExecutionNotifications?.map((n) => n.properties.code)).toEqual(['invalid-section-header']);
    expect(r.properties.units.map((u) => [u.unit, u.refused ?? false])).toEqual([['bad.service', true], ['good.service', false]]);
    expect(new Set(r.results.map((x) => x.properties.unit))).toEqual(new Set(['good.service']));
    expect(sarifSchemaErrors(sarif.log)).toEqual([]);
  });

  it('works live, where a missing unit is a refusal too', () => {
    const files = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\nDynamicUser=yes\n' }];
    const sarif = run(files, ['--offline=false', '--systemd=249', 'x.service', 'gone.service']);
    const r = sarif.log.runs[0]!;
    expect(r.properties).toMatchObject({ systemd: '249', mode: 'live' });
    expect(r.properties.units.map((u) => u.refused ?? false)).toEqual([false, true]);
    expect(r.results.find((x) => x.ruleId === 'UserOrDynamicUser')).toBeUndefined();
    expect(sarif.status).toBe(1);
    expect(sarifSchemaErrors(sarif.log)).toEqual([]);
  });

  it.each<[string, string[], string]>([
    ['an unknown format', ['--format=xml'], "unitscore: unknown output format 'xml' (use --format=text or --format=sarif)\n"],
    ['SARIF with --json=', ['--format=sarif', '--json=short'], 'unitscore: --format=sarif and --json= exclude each other\n'],
  ])('refuses %s', (_name, args, stderr) => {
    const r = main(['security', ...args, 'x.service'], memoryHost([{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\n' }], ORACLE_ENV, CWD));
    expect(r).toEqual({ stdout: '', stderr, status: 1 });
  });

  it('leaves the default output as it was: --format=text is the same run', () => {
    const host = memoryHost(DEMO, ORACLE_ENV, CWD);
    for (const args of [[], ['--json=short'], ['--offline=false', '--systemd=247']]) {
      expect(main(['security', '--format=text', ...args, 'units/demo.service'], host)).toEqual(main(['security', ...args, 'units/demo.service'], host));
    }
  });
});

describe('--format=sarif on the corpus', () => {
  it("has one result per row systemd 262 marks ✗, with systemd's overall exposure; sampled logs are schema-valid", () => {
    const expected = readCorpusExpected('262');
    expect(expected).not.toBeNull();
    const byUnit = new Map(expected!.entries.map((e) => [e.unit, e]));
    const mismatches: string[] = [];
    let units = 0;
    let results = 0;
    let validated = 0;
    for (const [i, u] of readCorpusUnits().entries()) {
      const e = byUnit.get(u.unit);
      if (e === undefined || e.json_rc !== 0) continue;
      const name = unitName(u.unit);
      const sarif = main(['security', '--format=sarif', name], memoryHost(u.files, ORACLE_ENV, CWD));
      const log = JSON.parse(sarif.stdout) as Log;
      const rows = JSON.parse(e.json) as { json_field: string; exposure: string | null; set: boolean }[];
      const failing = rows.filter((r) => r.exposure !== null).map((r) => r.json_field).sort();
      const got = log.runs[0]!.results.map((r) => r.ruleId).sort();
      const overall = /exposure level for [^:]+: (\d+\.\d) (\w+)/.exec(e.text);
      const unit = log.runs[0]!.properties.units[0];
      if (JSON.stringify(got) !== JSON.stringify(failing)) mismatches.push(`${u.unit}: results ${got.length}, systemd ✗ ${failing.length}`);
      else if (unit?.exposure !== Number(overall?.[1]) || unit?.rating !== overall?.[2]) mismatches.push(`${u.unit}: ${unit?.exposure} ${unit?.rating} ≠ ${overall?.[1]} ${overall?.[2]}`);
      if (sarif.status !== e.text_rc) mismatches.push(`${u.unit}: status ${sarif.status} ≠ ${e.text_rc}`);
      // Schema validation of every log would take a while on a shared machine: one in 20.
      if (i % 20 === 0) {
        const errors = sarifSchemaErrors(log);
        if (errors.length > 0) mismatches.push(`${u.unit}: ${errors.slice(0, 3).join('; ')}`);
        validated++;
      }
      units++;
      results += got.length;
    }
    console.log(`sarif corpus: ${units} units, ${results} results, ${validated} logs schema-validated`);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(units).toBeGreaterThan(1200);
  }, 120_000);
});
