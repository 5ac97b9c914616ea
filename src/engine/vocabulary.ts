/**
 * The words list settings accept, per version and mode, taken from the setting handlers' own tables
 * so that completion and hints offer exactly what the loader takes (a new version's words come
 * from its profile with no change elsewhere).
 */
import type { AnalysisMode, SystemdVersion } from './types.ts';
import { addressFamilyNames } from './settings/address-families.ts';
import { CAPABILITY_NAMES } from './settings/capabilities.ts';
import { namespaceNames } from './settings/namespaces.ts';
import { KEYWORD_SETTINGS, type KeywordKey } from './settings/keywords.ts';
import { architectureNames } from './settings/syscalls.ts';
import { directiveCatalogue } from './versions/directives.ts';
import { profileFor } from './versions/profile.ts';

/** What list settings accept in one version and mode; every list is in the loader's own order. */
export interface SettingVocabulary {
  /** CapabilityBoundingSet= and AmbientCapabilities= names, in number order (`CAP_CHOWN` first). */
  readonly capabilities: readonly string[];
  /**
   * RestrictAddressFamilies= names in number order, aliases included (`AF_LOCAL` beside
   * `AF_UNIX`), preceded by `none` where it is a keyword (249+).
   */
  readonly addressFamilies: readonly string[];
  /** RestrictNamespaces= names; `time` from 250 on. */
  readonly namespaces: readonly string[];
  /** SystemCallArchitectures= names; `riscv64` from 246, `loongarch64` where the version's libseccomp knows it. */
  readonly architectures: readonly string[];
  /**
   * The settings that take one word of a fixed set (ProtectSystem=, PrivateTmp=, KeyringMode=,
   * Type=, KillMode=, …): the words this version accepts besides booleans, and whether it takes
   * booleans too (`PrivateTmp=connected` from 257, `Type=notify-reload` from 253). A setting the
   * version does not know is absent (245 has no ProtectProc= or ProcSubset=).
   */
  readonly keywords: Readonly<Partial<Record<KeywordKey, { readonly booleans: boolean; readonly words: readonly string[] }>>>;
}

/**
 * The {@link SettingVocabulary} of `version` asked in `mode` (default `offline`; a version without
 * an offline mode gives its live one, which accepts the same words).
 */
export function settingVocabulary(version: SystemdVersion, mode: AnalysisMode = 'offline'): SettingVocabulary {
  const profile = profileFor(version, mode);
  const known = directiveCatalogue(version).get('Service');
  return {
    capabilities: CAPABILITY_NAMES,
    addressFamilies: [...(profile.addressFamilyNoneKeyword ? ['none'] : []), ...addressFamilyNames(profile.addressFamilyMax)],
    namespaces: namespaceNames(profile),
    architectures: architectureNames(profile),
    keywords: Object.fromEntries(
      Object.entries(KEYWORD_SETTINGS)
        .filter(([key]) => known?.has(key) === true)
        .map(([key, spec]) => [key, { booleans: spec.booleans, words: spec.words(profile) }]),
    ),
  };
}
