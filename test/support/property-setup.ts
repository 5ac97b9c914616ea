/**
 * vitest setup of the unit project: fast-check runs every property (`fc.assert`, `checkProperty`)
 * from the seed `propertySeed()` chooses, fixed unless `PROPERTY_SEED` says otherwise.
 */
import fc from 'fast-check';
import { propertySeed } from './property-seed.ts';

const seed = propertySeed();
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
