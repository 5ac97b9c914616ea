/**
 * Random permalink states for property tests: up to 8 files, the single fields present or absent.
 * Every text is valid Unicode (graphemes, any code points, or short ASCII): lone surrogates cannot
 * be UTF-8 and become U+FFFD (documented in records.ts), so they would not round-trip exactly.
 */
import fc from 'fast-check';
import type { PermalinkState } from '../../src/permalink/index.ts';

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 50 }));

/** Any state a round trip must restore exactly. */
export const stateArb: fc.Arbitrary<PermalinkState> = fc.record(
  {
    files: fc.array(fc.record({ path: text, text }), { maxLength: 8 }),
    version: fc.oneof(fc.constantFrom('252', '257', '262'), text),
    policy: text,
    lesson: text,
    step: text,
  },
  { requiredKeys: ['files'] },
);
