/**
 * The fidelity harness's own plumbing: the case format round-trips byte for byte, defaults resolve
 * as documented, the in-memory host behaves like the oracle's run folder, and the vendored corpus
 * is complete and consistent.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, defaultUnit, readCase, runEnv, runFiles, writeCase } from '../scripts/lib/cases.ts';
import { corpusExpectation, corpusRuns, readCorpusExpected, readCorpusUnits } from '../scripts/lib/corpus.ts';
import { memoryHost } from '../scripts/lib/memory-host.ts';

const root = mkdtempSync(join(tmpdir(), 'unitscore-cases-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('case format', () => {
  const tricky = '\ufeff[Service]\r\nExecStart=/bin/true\rPrivateTmp=yes\\';

  it('writes and reads back unit files byte for byte, drop-ins included', () => {
    writeCase(root, 'bytes', {
      description: 'd',
      files: [{ path: 'x.service', text: tricky }, { path: 'x.service.d/10-a.conf', text: '[Service]\n' }],
    });
    const c = readCase(root, 'bytes');
    expect(c.files).toEqual([{ path: 'x.service', text: tricky }, { path: 'x.service.d/10-a.conf', text: '[Service]\n' }]);
    expect(readFileSync(join(root, 'bytes/files/x.service'))).toEqual(Buffer.from(tricky, 'utf8'));
    expect(c.unit).toBe('x.service');
    expect(c.runs).toEqual(DEFAULT_RUNS);
    expect(c.expected).toEqual({});
  });

  it('adds the policy flag to the default runs and the policy file to the run folder', () => {
    writeCase(root, 'policy', { description: 'd', policy: '{}', files: [{ path: 'x.service', text: '' }] });
    const c = readCase(root, 'policy');
    expect(c.runs).toEqual([['--offline=true', '--security-policy=policy.json'], ['--offline=true', '--json=short', '--security-policy=policy.json']]);
    expect(runFiles(c).map((f) => f.path)).toEqual(['x.service', 'policy.json']);
  });

  it.each([
    // null removes a variable, strings replace or add
    [{ TERM: null }, 'TERM', undefined],
    [{ LC_ALL: 'C' }, 'LC_ALL', 'C'],
    [{ SYSTEMD_EMOJI: '0' }, 'SYSTEMD_EMOJI', '0'],
    [{}, 'SYSTEMD_UNIT_PATH', ''],
  ])('applies env overrides %j', (env, key, value) => {
    expect(runEnv({ env })[key]).toBe(value);
  });

  it.each([
    [[], 'none'],
    [['a.service', 'b.service'], 'two'],
  ])('refuses to guess the unit among %j (%s)', (paths) => {
    expect(() => defaultUnit(paths.map((path) => ({ path, text: '' })))).toThrow(/set "unit"/);
  });

  it('rejects a unit that is not among the files and a bad case name', () => {
    expect(() => writeCase(root, 'u', { description: 'd', unit: 'y.service', files: [{ path: 'x.service', text: '' }] })).toThrow();
    expect(() => writeCase(root, '../escape', { description: 'd', files: [{ path: 'x.service', text: '' }] })).toThrow();
  });
});

describe('memory host', () => {
  const host = memoryHost([
    { path: 'x.service', text: 'unit' },
    { path: 'x.service.d/10-a.conf', text: 'dropin' },
    { path: 'service.d/deep/z.conf', text: 'z' },
  ], { TERM: 'xterm' });

  it.each([
    ['{dir}/x.service', 'unit'],
    ['{dir}/./x.service', 'unit'],
    ['{dir}/x.service.d/../x.service', 'unit'],
    ['{dir}/x.service.d/10-a.conf', 'dropin'],
    ['{dir}/x.service.d', null],
    ['/etc/systemd/system/x.service', null],
  ])('readFile(%s)', (path, text) => {
    expect(host.readFile(path)).toBe(text);
  });

  it.each([
    ['{dir}', ['service.d', 'x.service', 'x.service.d']],
    ['{dir}/', ['service.d', 'x.service', 'x.service.d']],
    ['{dir}/service.d', ['deep']],
    ['{dir}/x.service.d', ['10-a.conf']],
    ['{dir}/nope.d', null],
    ['/etc/systemd/system', null],
  ])('listDir(%s)', (path, entries) => {
    expect(host.listDir(path)).toEqual(entries);
  });
});

describe('vendored corpus', () => {
  const units = readCorpusUnits();

  it('holds every unit with its files, in the order of every expectation file', () => {
    expect(units.length).toBe(1294);
    expect(units.reduce((n, u) => n + u.files.length, 0)).toBe(1313);
    for (const v of ['252', '257', '262'] as const) {
      const e = readCorpusExpected(v);
      expect(e?.oracle).toMatch(new RegExp(`^systemd ${v} \\(`));
      expect(e?.entries.map((x) => x.unit)).toEqual(units.map((u) => u.unit));
    }
  });

  it('converts an expectation line to runs and back', () => {
    const e = readCorpusExpected('252')!.entries.find((x) => x.stderr !== undefined)!;
    const [text, json] = corpusRuns(e);
    expect(json!.stderr).toBe(e.stderr);
    expect(corpusExpectation(e.unit, text!, json!)).toEqual(e);
  });
});
