/**
 * The JSON writer: systemd's escaping, and recorded `--json=short` / `--json=pretty` outputs whose
 * descriptions hold quotes, backslashes and control characters (scripts/record-format-fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatJson, jsonString } from '../../../src/engine/format/json.ts';
import type { SystemdVersion } from '../../../src/engine/types.ts';
import { readFixture, reportFrom } from './support.ts';

interface CellCase {
  version: SystemdVersion;
  settings: string[];
  text: string;
  json: string;
  pretty: string;
}
const cells = readFixture<CellCase[]>('cells.json.gz');

describe('jsonString', () => {
  it.each([
    ['plain', 'abc', '"abc"'],
    ['quote and backslash', 'a"b\\c', '"a\\"b\\\\c"'],
    ['named controls', '\b\f\n\r\t', '"\\b\\f\\n\\r\\t"'],
    ['other controls in lowercase hex', '\u0000\u0001\u000b\u001b\u001f', '"\\u0000\\u0001\\u000b\\u001b\\u001f"'],
    ['DEL, C1 controls and non-ASCII raw', '\u007f\u0085é…\u2028\u{1F600}', '"\u007f\u0085é…\u2028\u{1F600}"'],
    ['slash not escaped', '/dev/null', '"/dev/null"'],
  ])('%s', (_what, s, expected) => {
    expect(jsonString(s)).toBe(expected);
  });
});

describe('formatJson on recorded policy descriptions with line breaks and TABs', () => {
  const policies = readFixture<{ version: SystemdVersion; policy: object; text: string; json: string }[]>('policy.json.gz');
  it.each(policies.map((c) => [c.version, Object.keys(c.policy).join(' '), c] as const))('%s: %s', (version, _p, c) => {
    expect(formatJson(reportFrom(version, c.json, c.text), 'short')).toBe(c.json);
  });
});

describe('formatJson on recorded units', () => {
  it.each(cells.map((c) => [c.version, JSON.stringify(c.settings), c] as const))('%s: %s', (version, _s, c) => {
    const report = reportFrom(version, c.json, c.text);
    expect(formatJson(report, 'short')).toBe(c.json);
    expect(formatJson(report, 'pretty')).toBe(c.pretty);
  });
});
