/**
 * The one place the state layer reaches the engine. Everything else in src/state, src/editor and
 * src/components imports engine functions from here, so the page depends on src/engine/index.ts only.
 */
export * from './engine-fake.ts';
export type * from '../engine/types.ts';
export { splitSystemctlCat } from '../engine/index.ts';
