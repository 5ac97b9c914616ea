/**
 * The words a version's loader accepts as the value of a setting, for the editor's completion.
 * Every list is the one the loader itself checks against (keywords.ts, the handlers' tables) or the
 * version's own data (its profile, syscall groups, directive catalogue), so a new version offers
 * what it accepts without a change here; test/engine/accepted-values.test.ts feeds every offered
 * word back to the loader of every version.
 */
import type { AnalysisMode, SystemdVersion } from '../types.ts';
import { directiveCatalogue } from '../versions/directives.ts';
import { profileFor } from '../versions/profile.ts';
import { syscallData } from '../versions/syscalls.ts';
import { ADDRESS_FAMILY_NAMES } from './address-families.ts';
import { CAPABILITY_NAMES } from './capabilities.ts';
import { DELEGATE_CONTROLLERS, KEYWORD_SETTINGS, KILL_MODES, RESTART_VALUES } from './keywords.ts';
import { NAMESPACE_FLAGS } from './namespaces.ts';
import { serviceTypes } from './service.ts';
import { architectureNames } from './syscalls.ts';

/** The boolean spellings offered; `parse_boolean()` also takes 1/0, on/off, y/n and t/f. */
const BOOLEANS: readonly string[] = ['yes', 'no', 'true', 'false'];

/** The settings whose value is a boolean or one of the version's own keywords (`enumValues`). */
const VERSIONED_ENUMS = ['PrivateTmp', 'PrivateUsers', 'ProtectControlGroups', 'ProtectHostname'] as const;

function isVersionedEnum(key: string): key is (typeof VERSIONED_ENUMS)[number] {
  return (VERSIONED_ENUMS as readonly string[]).includes(key);
}

function isKeywordSetting(key: string): key is keyof typeof KEYWORD_SETTINGS {
  return Object.hasOwn(KEYWORD_SETTINGS, key);
}

/**
 * The values `version` (asked in `mode`, default `offline`) accepts for `key` in `[section]`, in
 * the order to offer them (booleans first where a setting takes them), or [] when the key is
 * unknown there or its value is free-form (paths, commands, numbers, …). Lists, such as
 * SystemCallFilter=, give the words one entry may be: the version's syscall groups, as allow-list
 * entries and as `~` deny-list entries.
 */
export function acceptedValues(section: string, key: string, version: SystemdVersion, mode: AnalysisMode = 'offline'): readonly string[] {
  const type = directiveCatalogue(version).get(section)?.get(key);
  if (type === undefined) return [];
  const profile = profileFor(version, mode);
  if (isVersionedEnum(key)) return [...BOOLEANS, ...profile.enumValues[key]];
  if (isKeywordSetting(key)) {
    const { words, acceptsBoolean } = KEYWORD_SETTINGS[key];
    return acceptsBoolean ? [...BOOLEANS, ...words] : words;
  }
  if (key === 'Delegate') return [...BOOLEANS, ...DELEGATE_CONTROLLERS];
  switch (type.split(' ')[0]) {
    case 'BOOLEAN': return BOOLEANS;
    case 'KILLMODE': return KILL_MODES;
    case 'SERVICETYPE': return serviceTypes(profile);
    case 'SERVICERESTART': return RESTART_VALUES;
    case 'ACTION': return profile.emergencyActions;
    case 'NAMESPACES': return [...BOOLEANS, ...Object.keys(NAMESPACE_FLAGS).filter((name) => name !== 'time' || profile.timeNamespace)];
    case 'FAMILIES': return [...(profile.addressFamilyNoneKeyword ? ['none'] : []), ...ADDRESS_FAMILY_NAMES];
    case 'BOUNDINGSET': return CAPABILITY_NAMES.filter((_, bit) => bit <= profile.capabilityNumberMax);
    case 'ARCHS': return architectureNames(profile);
    case 'SYSCALLS': {
      const groups = [...syscallData(version).groups.keys()];
      return [...groups, ...groups.map((g) => `~${g}`)];
    }
    default: return [];
  }
}
