import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PermalinkState } from '../../src/permalink/index.ts';
import { decodePermalink, encodePermalink } from '../../src/permalink/index.ts';
import { stateArb } from './state-arbitrary.ts';
import { checkProperty } from '../support/property.ts';

describe('encode → decode', () => {
  it('restores any set of files, version, policy, lesson and step exactly', () => {
    checkProperty(
      'permalink/roundtrip: any state',
      fc.property(stateArb, (state) => {
        const link = encodePermalink(state);
        expect(link).toMatch(/^u1\.[A-Za-z0-9_-]*$/);
        expect(decodePermalink(link)).toEqual({ ok: true, state });
        expect(decodePermalink(`#${link}`)).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['no files, nothing else', { files: [] }],
    ['one empty file with an empty path', { files: [{ path: '', text: '' }] }],
    ['a leading byte-order mark is text, kept', { files: [{ path: 'a.service', text: '\uFEFF[Service]\n' }] }],
    ['CRLF, NUL, tabs and a trailing backslash', { files: [{ path: 'a.service', text: '[Service]\r\nExecStart=/bin/true \\\n\0\t' }] }],
    ['Unicode paths and text, drop-ins in order', {
      files: [
        { path: 'ünïcødé@.service', text: '[Unit]\nDescription=日本語 🛡️ ❤️‍🔥\n' },
        { path: 'ünïcødé@.service.d/10-é.conf', text: '[Service]\nUser=ß\n' },
        { path: 'service.d/00-top.conf', text: '[Service]\nPrivateTmp=yes\n' },
      ],
    }],
    ['300 drop-ins', { files: Array.from({ length: 300 }, (_, i) => ({ path: `a.service.d/${i}.conf`, text: `[Service]\nEnvironment=N=${i}\n` })) }],
    ['duplicate paths are kept as given', { files: [{ path: 'a.service', text: '1' }, { path: 'a.service', text: '2' }] }],
    ['all single fields, empty strings included', { files: [], version: '', policy: '', lesson: '', step: '' }],
    ['a version this build does not know', { files: [], version: '999' }],
    ['a policy with JSON', { files: [], policy: '{"PrivateTmp":{"weight":2000}}', lesson: '03-sandbox', step: 'goal-2' }],
  ] satisfies Array<[string, PermalinkState]>)('%s', (_, state) => {
    expect(decodePermalink(encodePermalink(state))).toEqual({ ok: true, state });
  });

  it('is deterministic', () => {
    const state: PermalinkState = { files: [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\n' }], version: '257' };
    expect(encodePermalink(state)).toBe(encodePermalink(structuredClone(state)));
  });

  it('keeps a 200 KB unit (several deflate blocks) intact', () => {
    const lines = Array.from({ length: 6000 }, (_, i) => `Environment=VAR_${i}=${(i * 2654435761) % 1000003}\n`);
    const state: PermalinkState = { files: [{ path: 'big.service', text: `[Service]\n${lines.join('')}` }] };
    expect(decodePermalink(encodePermalink(state))).toEqual({ ok: true, state });
  });
});
