/**
 * acceptedValues: what the editor's completion offers is what each version's loader accepts. Every
 * word offered for every key of [Service], in every version and mode, is fed back to the engine's
 * loader; none may draw a warning that the value was not understood.
 */
import { describe, expect, it } from 'vitest';
import { acceptedValues, analyze, directiveCatalogue, modesOf, profileFor, syscallData, VERSIONS, type Diagnostic } from '../../src/engine/index.ts';

/** Notices about values that are accepted, but deprecated or ignored on purpose. */
const ACCEPTED_NOTICES = new Set(['kill-mode-none', 'deprecated-option', 'removed-option']);

const cases = VERSIONS.flatMap((v) => modesOf(v.id).map((mode) => [v.id, mode] as const));

describe('every offered value is accepted by the loader of its version', () => {
  it.each(cases)('%s %s', (version, mode) => {
    const offered = [...directiveCatalogue(version).get('Service')!.keys()]
      .map((key) => [key, acceptedValues('Service', key, version, mode)] as const)
      .filter(([, values]) => values.length > 0);
    expect(offered.length).toBeGreaterThan(20);
    for (const [key, values] of offered) {
      // One line per value, after a line that makes the unit loadable; line n + 3 holds values[n].
      const text = ['[Service]', 'ExecStart=/bin/true', ...values.map((v) => `${key}=${v}`), ''].join('\n');
      const analysis = analyze([{ path: 'a.service', text }], { version, mode });
      const complaints = [...analysis.diagnostics, ...analysis.managerLog]
        .filter((d: Diagnostic) => d.span !== undefined && d.span.line >= 3 && !ACCEPTED_NOTICES.has(d.code))
        .map((d) => `${key}=${values[d.span!.line - 3] ?? '?'}: ${d.code}`);
      expect(complaints, `${version} ${mode}`).toEqual([]);
    }
  });
});

describe('the lists follow the version data', () => {
  it.each(VERSIONS.map((v) => v.id))('%s: enum keywords, emergency actions, syscall groups and service types', (version) => {
    const profile = profileFor(version);
    expect(acceptedValues('Service', 'PrivateTmp', version)).toEqual(['yes', 'no', 'true', 'false', ...profile.enumValues.PrivateTmp]);
    expect(acceptedValues('Unit', 'SuccessAction', version)).toEqual(profile.emergencyActions);
    const groups = [...syscallData(version).groups.keys()];
    expect(acceptedValues('Service', 'SystemCallFilter', version)).toEqual([...groups, ...groups.map((g) => `~${g}`)]);
    expect(acceptedValues('Service', 'Type', version).includes('notify-reload')).toBe(profile.notifyReloadType);
    expect(acceptedValues('Service', 'SystemCallArchitectures', version).includes('riscv64')).toBe(profile.architectureRiscv64);
    expect(acceptedValues('Service', 'RestrictNamespaces', version).includes('time')).toBe(profile.timeNamespace);
  });
  it.each([
    ['an unknown key', 'Service', 'Frobnicate'],
    ['a key in the wrong section', 'Unit', 'PrivateTmp'],
    ['a free-form value', 'Service', 'ExecStart'],
  ])('offers nothing for %s', (_what, section, key) => {
    expect(acceptedValues(section, key, '262')).toEqual([]);
  });
  it('offers the keywords of a version only where it has them', () => {
    expect(acceptedValues('Service', 'PrivateTmp', '252')).not.toContain('disconnected');
    expect(acceptedValues('Service', 'PrivateTmp', '262')).toContain('disconnected');
    expect(acceptedValues('Service', 'RestrictAddressFamilies', '247')).not.toContain('none');
    expect(acceptedValues('Service', 'RestrictAddressFamilies', '249')).toContain('none');
  });
});
