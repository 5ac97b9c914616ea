/**
 * The completion source: what it offers where, for which section and version. (The popup, its
 * filtering and keyboard are @codemirror/autocomplete's; test/e2e drives them in Chromium.)
 */
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { unitCompletionSource } from '../../src/editor/completion.ts';
import { acceptedValues, directiveCatalogue, syscallData, type AnalysisMode, type SystemdVersion } from '../../src/engine/index.ts';

/** The source's result at `|` in `doc`. */
function at(doc: string, version: SystemdVersion = '262', explicit = false, mode: AnalysisMode = 'offline'): CompletionResult | null {
  const pos = doc.indexOf('|');
  const state = EditorState.create({ doc: doc.replace('|', '') });
  const source = unitCompletionSource({ catalogue: () => directiveCatalogue(version), version: () => version, mode: () => mode });
  return source(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
}

const labels = (r: CompletionResult | null): string[] => (r === null ? [] : r.options.map((o) => o.label));
/** The text a result replaces as typed so far. */
const typed = (doc: string, r: CompletionResult): string => doc.replace('|', '').slice(r.from, doc.indexOf('|'));

describe('keys', () => {
  it('offers exactly the keys of the enclosing section in the version, from the typed word', () => {
    const doc = '[Unit]\nDescription=x\n[Service]\nPrivateT|';
    const r = at(doc)!;
    expect(typed(doc, r)).toBe('PrivateT');
    expect(labels(r)).toEqual([...directiveCatalogue('262').get('Service')!.keys()]);
    expect(labels(at('[Unit]\nPrivateT|'))).not.toContain('PrivateTmp');
  });
  it('inserts the key with its = and shows its type', () => {
    const option = at('[Service]\nPrivateT|')!.options.find((o) => o.label === 'PrivateTmp')!;
    expect(option.apply).toBe('PrivateTmp=');
    expect(option.detail).toBe(directiveCatalogue('262').get('Service')!.get('PrivateTmp'));
  });
  it('knows keys by version', () => {
    expect(labels(at('[Unit]\nWantsMountsF|', '252'))).not.toContain('WantsMountsFor');
    expect(labels(at('[Unit]\nWantsMountsF|', '262'))).toContain('WantsMountsFor');
    expect(labels(at('[Service]\nPrivateP|', '255'))).not.toContain('PrivatePIDs');
    expect(labels(at('[Service]\nPrivateP|', '257'))).toContain('PrivatePIDs');
  });
  it('stays valid while a key is typed, not after the =', () => {
    const { validFor } = at('[Service]\nPriv|')!;
    expect(validFor).toBeInstanceOf(RegExp);
    expect((validFor as RegExp).test('PrivateTm')).toBe(true);
    expect((validFor as RegExp).test('PrivateTmp=')).toBe(false);
  });
  it('offers all keys on Ctrl-Space at an empty line, and nothing there while typing', () => {
    expect(labels(at('[Install]\n|', '262', true))).toContain('WantedBy');
    expect(at('[Install]\n|')).toBeNull();
  });
});

describe('values', () => {
  it.each([
    ['PrivateTmp', '252'],
    ['PrivateTmp', '262'],
    ['ProtectSystem', '262'],
    ['Type', '252'],
    ['Type', '262'],
    ['RestrictAddressFamilies', '247'],
  ] as const)('%s= in %s offers what the version accepts', (key, version) => {
    expect(labels(at(`[Service]\n${key}=|`, version, true))).toEqual(acceptedValues('Service', key, version));
  });
  it('offers values right after the = while typing', () => {
    expect(labels(at('[Service]\nProtectSystem=|'))).toContain('strict');
  });
  it('replaces the typed word, `~` included', () => {
    const doc = '[Service]\nSystemCallFilter=@system-service ~@cl|';
    const r = at(doc)!;
    expect(typed(doc, r)).toBe('~@cl');
    expect(labels(r)).toContain('~@clock');
    expect(labels(r).filter((l) => !l.startsWith('~'))).toEqual([...syscallData('262').groups.keys()]);
  });
  it('offers example masks for UMask=', () => {
    expect(labels(at('[Service]\nUMask=|'))).toEqual(['0077', '0027', '0022']);
  });
});

describe('headers and where nothing is offered', () => {
  it('completes section headers, replacing the header typed so far', () => {
    const doc = '[Ser|]';
    const r = at(doc)!;
    expect(labels(r)).toContain('[Service]');
    expect([r.from, r.to]).toEqual([0, 5]);
  });
  it.each([
    ['a comment', '[Service]\n# Priv|'],
    ['a ; comment', '[Service]\n; Priv|'],
    ['a free-form value', '[Service]\nExecStart=/bin/|'],
    ['a key before any section', 'Priv|'],
    ['a finished header', '[Service]|'],
    ['the middle of a line', '[Service]\nA=1 Priv|'],
  ])('offers nothing in %s', (_what, doc) => {
    expect(at(doc)).toBeNull();
  });
});
