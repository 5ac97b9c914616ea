/**
 * The official SARIF 2.1.0 JSON schema, as a validator. No npm package ships OASIS's
 * `sarif-schema-2.1.0.json` under that name; `@microsoft/jest-sarif` (Microsoft's SARIF team) ships
 * the 2.1.0 schema as `sarif-2.1.0-rtm.5.json`, the final release candidate, which SchemaStore
 * serves for SARIF 2.1.0. It is draft-04 JSON Schema, so it is compiled with `ajv-draft-04`, with
 * `ajv-formats` checking `uri`, `uri-reference` and `date-time`. Its `language` pattern
 * (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a stray `]` that Unicode-mode regular
 * expressions reject, hence `unicodeRegExp: false`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
// Both are CommonJS modules whose `module.exports` is also reachable as `.default`, the one way
// that both Node's interop and TypeScript's NodeNext types agree on.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

/** Where the schema is, inside the package. */
export const SARIF_SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's title, to show which schema a test validated against. */
export const SARIF_SCHEMA_TITLE = String(schema['title']);

/** What the schema finds wrong with `log` (a parsed SARIF log): `instancePath: message` lines, [] when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
