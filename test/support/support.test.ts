import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepCounterexamples, readCounterexamples } from './counterexample-file.ts';
import { fromCounterexampleJson, toCounterexampleJson } from './counterexample-json.ts';
import { DEFAULT_PROPERTY_SEED, propertySeed } from './property-seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'unitscore-support-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('counterexample JSON', () => {
  it.each<[string, unknown]>([
    ['bytes', Uint8Array.of(0, 255, 7)],
    ['undefined in an object and an array', { a: undefined, b: [undefined, 1] }],
    ['a bigint', 12345678901234567890n],
    ['minus zero', -0],
    ['a lone surrogate', 'a\uD800b'],
    ['an object whose one key looks like a tag but is not one', { $bytes: 3 }],
    ['nested', [{ files: [{ path: 'a.service', text: '[Service]\n' }], version: '257' }, Uint8Array.of(1)]],
  ])('round-trips %s', (_, value) => {
    expect(Object.is(fromCounterexampleJson(toCounterexampleJson(value)), -0)).toBe(Object.is(value, -0));
    expect(fromCounterexampleJson(toCounterexampleJson(value))).toEqual(value);
  });
});

describe('keepCounterexamples', () => {
  it('adds new counterexamples once, keeps the file readable, and reports what it added', () => {
    const file = join(dir, 'kept.json');
    expect(readCounterexamples(file)).toEqual({});
    const found = [{ id: 'p', seed: 1, args: ['##'] }, { id: 'p', seed: 2, args: ['##'] }, { id: 'q', seed: 3, args: [Uint8Array.of(9)] }];
    expect(keepCounterexamples(found, file).map((f) => f.seed)).toEqual([1, 3]);
    expect(keepCounterexamples(found, file)).toEqual([]);
    expect(readCounterexamples(file)).toEqual({ p: [{ seed: 1, args: ['##'] }], q: [{ seed: 3, args: [Uint8Array.of(9)] }] });
    expect(readFileSync(file, 'utf8')).toContain('"$bytes"');
  });
});

describe('propertySeed', () => {
  it.each<[string | undefined, number | undefined]>([
    [undefined, DEFAULT_PROPERTY_SEED],
    ['', DEFAULT_PROPERTY_SEED],
    ['random', undefined],
    ['384188740', 384188740],
    ['-5', -5],
  ])('PROPERTY_SEED=%s', (value, seed) => {
    expect(propertySeed({ PROPERTY_SEED: value })).toBe(seed);
  });

  it('refuses a value that is neither a number nor random', () => {
    expect(() => propertySeed({ PROPERTY_SEED: 'randm' })).toThrow(/PROPERTY_SEED/);
  });
});
