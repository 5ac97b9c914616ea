/** Rating bands (spec §6.1): the first band whose minimum the exposure reaches. */
import { describe, expect, it } from 'vitest';
import { ratingFor } from '../../../src/engine/format/rating.ts';

describe('ratingFor', () => {
  it.each([
    [0, 'PERFECT', '\u{1F607}', ':-]'],
    [1, 'SAFE', '\u{1F600}', ':-}'],
    [9, 'SAFE', '\u{1F600}', ':-}'],
    [10, 'OK', '\u{1F642}', ':-)'],
    [49, 'OK', '\u{1F642}', ':-)'],
    [50, 'MEDIUM', '\u{1F610}', ':-|'],
    [74, 'MEDIUM', '\u{1F610}', ':-|'],
    [75, 'EXPOSED', '\u{1F641}', ':-('],
    [89, 'EXPOSED', '\u{1F641}', ':-('],
    [90, 'UNSAFE', '\u{1F628}', ':-{'],
    [99, 'UNSAFE', '\u{1F628}', ':-{'], // DANGEROUS needs exactly 10.0
    [100, 'DANGEROUS', '\u{1F922}', ':-['],
  ] as const)('%d → %s', (exposure, label, emoji, ascii) => {
    const r = ratingFor(exposure);
    expect([r.label, r.emoji, r.ascii]).toEqual([label, emoji, ascii]);
    expect(exposure).toBeGreaterThanOrEqual(r.min);
  });
});
