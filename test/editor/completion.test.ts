import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { unitCompletions } from '../../src/editor/completion.ts';
import { enumeratedValues } from '../../src/editor/values.ts';
import { profileFor, VERSIONS } from '../../src/engine/index.ts';
import { directiveCatalogue } from '../../src/engine/versions/index.ts';
import type { SystemdVersion } from '../../src/engine/types.ts';

/** Completions at `|` in `doc`. */
function at(doc: string, version: SystemdVersion = '262', explicit = false): string[] | null {
  const pos = doc.indexOf('|');
  const state = EditorState.create({ doc: doc.replace('|', '') });
  const result = unitCompletions(state, pos, { catalogue: () => directiveCatalogue(version), version: () => version }, explicit);
  return result === null ? null : result.options.map((o) => o.label);
}

describe('unitCompletions', () => {
  it('offers keys of the enclosing section', () => {
    expect(at('[Service]\nPrivateT|')).toEqual(['PrivateTmp']);
    expect(at('[Unit]\nPrivateT|')).toBeNull();
  });
  it('ranks prefix matches before substring matches', () => {
    const got = at('[Service]\nProtectH|')!;
    expect(got[0]).toBe('ProtectHome');
    expect(got).toContain('ProtectHostname');
  });
  it.each([
    ['PrivateTmp', '252', ['yes', 'no', 'true', 'false']],
    ['PrivateTmp', '262', ['yes', 'no', 'true', 'false', 'connected', 'disconnected']],
    ['ProtectSystem', '262', ['yes', 'no', 'true', 'false', 'full', 'strict']],
  ] as const)('values of %s in %s', (key, version, values) => {
    expect(at(`[Service]\n${key}=|`, version, true)).toEqual(values);
  });
  it('offers the version\'s syscall groups, allowed and denied', () => {
    const got = at('[Service]\nSystemCallFilter=~@cl|')!;
    expect(got).toEqual(['~@clock']);
    expect(at('[Service]\nSystemCallFilter=@system-s|')).toEqual(['@system-service', '~@system-service']);
  });
  it('narrows values by the typed prefix', () => {
    expect(at('[Service]\nProtectSystem=st|')).toEqual(['strict']);
  });
  it.each([
    ['a comment', '[Service]\n# Priv|'],
    ['an empty line without Ctrl-Space', '[Service]\n|'],
    ['a free-form value', '[Service]\nExecStart=/bin/|'],
    ['an exact, complete key', '[Service]\nPrivateTmp|'],
    ['a key before any section', 'Priv|'],
  ])('offers nothing in %s', (_what, doc) => {
    expect(at(doc)).toBeNull();
  });
  it('offers all keys on Ctrl-Space at an empty line', () => {
    expect(at('[Install]\n|', '262', true)).toContain('WantedBy');
  });
  it('completes section headers', () => {
    expect(at('[Ser|')).toEqual(['[Service]']);
  });
  it('knows keys by version', () => {
    expect(at('[Unit]\nWantsMountsF|', '252')).toBeNull();
    expect(at('[Unit]\nWantsMountsF|', '262')).toEqual(['WantsMountsFor']);
  });
});

describe('enumeratedValues reads the engine profile of the version', () => {
  it.each(VERSIONS.map((v) => v.id))('%s: the enum keywords are the profile\'s', (version) => {
    const { enumValues } = profileFor(version);
    for (const key of ['PrivateTmp', 'PrivateUsers', 'ProtectControlGroups', 'ProtectHostname'] as const) {
      expect(enumeratedValues(key, 'OTHER', version)).toEqual(['yes', 'no', 'true', 'false', ...enumValues[key]]);
      expect(enumeratedValues(key, 'OTHER', version, 'live')).toEqual(enumeratedValues(key, 'OTHER', version, 'offline'));
    }
  });
});
