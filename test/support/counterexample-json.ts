/**
 * JSON for property counterexamples, which hold what plain JSON cannot: byte arrays, `undefined`,
 * bigints and `-0`. Each is written as a one-key object (`{"$bytes": "<base64>"}`, `{"$undefined":
 * true}`, `{"$bigint": "12"}`, `{"$number": "-0"}`) and read back as the value. Strings survive as
 * they are, lone surrogates included (JSON escapes them).
 */

/** `value` as JSON text, with the tagged forms above; objects keep their keys in order. */
export function toCounterexampleJson(value: unknown, indent = 0): string {
  return JSON.stringify(tag(value), null, indent);
}

/** The value of {@link toCounterexampleJson}'s text. Throws on text that is not JSON. */
export function fromCounterexampleJson(text: string): unknown {
  return untag(JSON.parse(text) as unknown);
}

function tag(value: unknown): unknown {
  if (value === undefined) return { $undefined: true };
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (typeof value === 'number' && Object.is(value, -0)) return { $number: '-0' };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(tag);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tag(v)]));
  return value;
}

function untag(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untag);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    if (keys[0] === '$undefined') return undefined;
    if (keys[0] === '$bigint' && typeof record['$bigint'] === 'string') return BigInt(record['$bigint']);
    if (keys[0] === '$number' && record['$number'] === '-0') return -0;
    if (keys[0] === '$bytes' && typeof record['$bytes'] === 'string') return new Uint8Array(Buffer.from(record['$bytes'], 'base64'));
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, untag(v)]));
}
