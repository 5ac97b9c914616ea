/**
 * The seed of the property tests. `npm test` must not go red by chance, so every property runs
 * from one fixed seed unless `PROPERTY_SEED` says otherwise: a number replays that seed (fast-check
 * prints it with every failure); `random` lets fast-check draw a fresh one per property, which is
 * what `npm run fuzz:random` does to look for new counterexamples.
 */

/** The variable that chooses the seed. */
export const PROPERTY_SEED_VARIABLE = 'PROPERTY_SEED';

/** The seed every property starts from by default (any fixed value; this one is the fuzz test's). */
export const DEFAULT_PROPERTY_SEED = 20261207;

/**
 * The seed the property tests run with: `DEFAULT_PROPERTY_SEED` when `PROPERTY_SEED` is unset or
 * empty, `undefined` (fast-check draws one) for `random`, else the variable as an integer. Throws
 * on anything else, so a typo does not quietly run the default.
 */
export function propertySeed(env: Readonly<Record<string, string | undefined>> = process.env): number | undefined {
  const value = env[PROPERTY_SEED_VARIABLE] ?? '';
  if (value === '') return DEFAULT_PROPERTY_SEED;
  if (value === 'random') return undefined;
  if (!/^-?[0-9]+$/.test(value)) throw new Error(`${PROPERTY_SEED_VARIABLE}=${value}: a number or "random"`);
  return Number(value) | 0;
}
