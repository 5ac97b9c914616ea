import { describe, expect, it } from 'vitest';
import { analyze, settingVocabulary, VERSIONS, type SystemdVersion } from '../../src/engine/index.ts';

/** Whether the loader of `version` takes `line` in [Service] without a warning (live versions log to the manager). */
function takenQuietly(version: SystemdVersion, line: string): boolean {
  const analysis = analyze([{ path: 'x.service', text: `[Service]\nExecStart=/bin/true\n${line}\n` }], { version });
  return analysis.ok && analysis.diagnostics.length === 0 && analysis.managerLog.length === 0;
}

describe('settingVocabulary', () => {
  it.each(VERSIONS.map((v) => v.id))('offers on %s only words its loader takes without a warning', (version) => {
    const words = settingVocabulary(version);
    const lines = [
      ...words.capabilities.map((w) => `CapabilityBoundingSet=${w}`),
      ...words.addressFamilies.map((w) => `RestrictAddressFamilies=${w}`),
      ...words.namespaces.map((w) => `RestrictNamespaces=${w}`),
      ...words.architectures.map((w) => `SystemCallArchitectures=${w}`),
      ...Object.entries(words.keywords).flatMap(([key, { booleans, words: some }]) => [...some, ...(booleans ? ['yes', 'no'] : [])].map((w) => `${key}=${w}`))
        // Type=dbus needs a BusName=, KillMode=none draws a deprecation notice: taken, with more to say.
        .filter((line) => line !== 'Type=dbus' && line !== 'KillMode=none'),
    ];
    expect(lines.filter((line) => !takenQuietly(version, line))).toEqual([]);
  });

  it.each<[SystemdVersion, string, string, boolean]>([
    ['247', 'addressFamilies', 'none', false],
    ['249', 'addressFamilies', 'none', true],
    ['249', 'namespaces', 'time', false],
    ['252', 'namespaces', 'time', true],
    ['245', 'architectures', 'riscv64', false],
    ['257', 'architectures', 'loongarch64', true],
  ])('%s: %s has %s: %s', (version, list, word, present) => {
    expect(settingVocabulary(version)[list as 'namespaces'].includes(word)).toBe(present);
  });

  it.each<[SystemdVersion, 'Type' | 'PrivateTmp' | 'ProtectHostname', string, boolean]>([
    ['252', 'Type', 'notify-reload', false],
    ['254', 'Type', 'notify-reload', true],
    ['255', 'PrivateTmp', 'disconnected', false],
    ['257', 'PrivateTmp', 'disconnected', true],
    ['257', 'ProtectHostname', 'private', false],
    ['262', 'ProtectHostname', 'private', true],
  ])('%s: %s= takes %s: %s', (version, key, word, present) => {
    expect(settingVocabulary(version).keywords[key]?.words.includes(word)).toBe(present);
  });

  it('leaves out the settings a version does not know', () => {
    expect(settingVocabulary('245').keywords.ProtectProc).toBeUndefined();
    expect(settingVocabulary('247').keywords.ProtectProc?.words).toContain('invisible');
  });

  it('rejects what a version does not know, so the check above can fail', () => {
    expect(takenQuietly('249', 'RestrictNamespaces=time')).toBe(false);
    expect(takenQuietly('252', 'Type=notify-reload')).toBe(false);
  });
});
