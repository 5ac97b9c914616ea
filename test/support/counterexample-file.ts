/**
 * The file of kept property counterexamples (test/fixtures/property-counterexamples.json): property
 * id → the counterexamples found for it, each with the seed that found it. Tests read it (see
 * property.ts); only `npm run fuzz:random` adds to it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCounterexampleJson, toCounterexampleJson } from './counterexample-json.ts';

/** Where the kept counterexamples are. */
export const COUNTEREXAMPLES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/property-counterexamples.json');

/** One counterexample: the seed that found it (null when unknown) and the property's arguments. */
export interface KeptCounterexample {
  readonly seed: number | null;
  readonly args: readonly unknown[];
}

/** A counterexample found by a run, with the id of its property. */
export interface FoundCounterexample extends KeptCounterexample {
  readonly id: string;
}

/** The counterexamples by property id; `{}` when the file does not exist. Throws on a file that is not JSON. */
export function readCounterexamples(file = COUNTEREXAMPLES_FILE): Readonly<Record<string, readonly KeptCounterexample[]>> {
  if (!existsSync(file)) return {};
  return fromCounterexampleJson(readFileSync(file, 'utf8')) as Record<string, KeptCounterexample[]>;
}

/**
 * Adds `found` to the file (created if missing), skipping any whose arguments are kept already for
 * its property; ids and their lists stay in the order they were first added. Returns what was added.
 */
export function keepCounterexamples(found: readonly FoundCounterexample[], file = COUNTEREXAMPLES_FILE): FoundCounterexample[] {
  const all: Record<string, KeptCounterexample[]> = Object.fromEntries(Object.entries(readCounterexamples(file)).map(([id, list]) => [id, [...list]]));
  const added: FoundCounterexample[] = [];
  for (const f of found) {
    const list = (all[f.id] ??= []);
    const args = toCounterexampleJson(f.args);
    if (list.some((k) => toCounterexampleJson(k.args) === args)) continue;
    list.push({ seed: f.seed, args: f.args });
    added.push(f);
  }
  if (added.length > 0) writeFileSync(file, `${toCounterexampleJson(all, 1)}\n`);
  return added;
}
