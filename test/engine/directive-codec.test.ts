/**
 * The merged directive form (src/engine/versions/directive-codec.ts) on a small hand-made input:
 * shared lines, per-version types, keys a version lacks, a key that moved. The real data is
 * checked against the spec's dumps in versions/data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeDirectives } from '../../src/engine/versions/directive-codec.ts';

const SAMPLE = [
  '[Unit]',
  'Description=STRING',
  'Moved=BOOLEAN||', // slot 0 lists it first…
  'Added=|BOOLEAN|BOOLEAN',
  'Moved=|BOOLEAN|BOOLEAN', // …later versions after Added=
  '[Service]',
  'Type=OTHER|SERVICETYPE|SERVICETYPE',
  'Gone=PATH||',
].join('\n');

describe('decodeDirectives', () => {
  it.each([
    [0, [['Unit', [['Description', 'STRING'], ['Moved', 'BOOLEAN']]], ['Service', [['Type', 'OTHER'], ['Gone', 'PATH']]]]],
    [1, [['Unit', [['Description', 'STRING'], ['Added', 'BOOLEAN'], ['Moved', 'BOOLEAN']]], ['Service', [['Type', 'SERVICETYPE']]]]],
    [2, [['Unit', [['Description', 'STRING'], ['Added', 'BOOLEAN'], ['Moved', 'BOOLEAN']]], ['Service', [['Type', 'SERVICETYPE']]]]],
  ] as const)('slot %i', (slot, expected) => {
    expect([...decodeDirectives(SAMPLE, slot)].map(([section, keys]) => [section, [...keys]])).toEqual(expected);
  });

  it('keeps a section even when a version has no key in it', () => {
    expect([...decodeDirectives('[Install]\nAlias=|NAME', 0).keys()]).toEqual(['Install']);
    expect(decodeDirectives('[Install]\nAlias=|NAME', 0).get('Install')?.size).toBe(0);
  });
});
