/**
 * Which lines a row's `spans` name: the assignments to every state field its check reads,
 * deduplicated and in file order within each file, whatever order the fields were assigned in.
 * Expectations recorded from the engine before score.ts gained its one-file shortcut.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type UnitFile } from '../../src/engine/index.ts';

const unit = (body: string): UnitFile => ({ path: 'x.service', text: `[Service]\nExecStart=/bin/true\n${body}` });

describe('row spans', () => {
  it.each<[string, UnitFile[], string, string[]]>([
    // the row reads IPAddressDeny= before IPAddressAllow=, the file says them the other way round
    ['allow before deny', [unit('IPAddressAllow=localhost\nIPAddressDeny=any\n')], 'IPAddressDeny', ['x.service:3', 'x.service:4']],
    ['deny before allow', [unit('IPAddressDeny=any\nIPAddressAllow=localhost\n')], 'IPAddressDeny', ['x.service:3', 'x.service:4']],
    // three fields, assigned in an order of their own
    ['fields out of order', [unit('DynamicUser=yes\nUser=foo\nSupplementaryGroups=a\n')], 'SupplementaryGroups', ['x.service:3', 'x.service:4', 'x.service:5']],
    // a field assigned twice around another one
    ['repeated key', [unit('IPAddressAllow=10.0.0.1\nIPAddressDeny=any\nIPAddressAllow=localhost\n')], 'IPAddressDeny', ['x.service:3', 'x.service:4', 'x.service:5']],
    // one line deciding several fields the row reads is named once
    ['one line, two fields', [unit('DynamicUser=yes\n')], 'UserOrDynamicUser', ['x.service:3']],
    // files keep the order they were read in
    ['across a drop-in', [unit('IPAddressDeny=any\n'), { path: 'x.service.d/a.conf', text: '[Service]\nIPAddressAllow=localhost\n' }], 'IPAddressDeny', ['x.service:3', 'x.service.d/a.conf:2']],
  ])('%s', (_name, files, id, expected) => {
    const report = analyze(files, { version: '262', unit: 'x.service' });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.rows.find((r) => r.id === id)?.spans.map((s) => `${s.file}:${s.line}`)).toEqual(expected);
  });
});
