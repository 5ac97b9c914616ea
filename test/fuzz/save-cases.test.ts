import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unitAt, type Mismatch } from './loop.ts';
import { setAsideMismatches } from './save-cases.ts';

const dir = mkdtempSync(join(tmpdir(), 'unitscore-set-aside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A mismatch of generated unit `index` of seed 7 on `target`, with made-up outputs. */
function mismatch(index: number, target: string): Mismatch {
  const run = { stdout: 'x', stderr: '', status: 0 };
  return { index, version: '257', target, mode: 'text', field: 'stdout', unit: unitAt(7, index), oracle: run, engine: run };
}

describe('setAsideMismatches', () => {
  it('writes one unrecorded case per unit into the folder it is given, in unit order', () => {
    const indices = setAsideMismatches([mismatch(5, '257'), mismatch(2, '257'), mismatch(5, 'live-257')], 7, dir);
    expect(indices).toEqual([2, 5]);
    expect(readdirSync(dir).sort()).toEqual(['fuzz-7-2', 'fuzz-7-5']);
    const meta = JSON.parse(readFileSync(join(dir, 'fuzz-7-5', 'case.json'), 'utf8')) as { description: string };
    expect(meta.description).toContain('257 text stdout, live-257 text stdout');
    const unit = unitAt(7, 5).files[0]!;
    expect(readFileSync(join(dir, 'fuzz-7-5', 'files', unit.path), 'utf8')).toBe(unit.text);
    expect(readdirSync(join(dir, 'fuzz-7-5')).filter((f) => f.startsWith('expected-'))).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(setAsideMismatches([mismatch(1, '252'), mismatch(3, '252'), mismatch(4, '252')], 8, dir, 2)).toEqual([1, 3]);
  });
});
