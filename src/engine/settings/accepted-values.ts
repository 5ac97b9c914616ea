/**
 * The words a version's loader accepts as the value of one setting, for the editor's completion:
 * a view over {@link settingVocabulary} (the handlers' own lists) and the version's data (its
 * directive catalogue, emergency actions and syscall groups), so a new version offers what it
 * accepts without a change here. test/engine/accepted-values.test.ts feeds every offered word back
 * to the loader of every version.
 */
import type { AnalysisMode, SystemdVersion } from '../types.ts';
import { settingVocabulary } from '../vocabulary.ts';
import { directiveCatalogue } from '../versions/directives.ts';
import { profileFor } from '../versions/profile.ts';
import { syscallData } from '../versions/syscalls.ts';
import { DELEGATE_CONTROLLERS } from './table.ts';

/** The boolean spellings offered; `parse_boolean()` also takes 1/0, on/off, y/n and t/f. */
const BOOLEANS: readonly string[] = ['yes', 'no', 'true', 'false'];

/** Restart= values (systemd.service(5)); the engine does not score Restart=, so none is refused. */
const RESTART_VALUES: readonly string[] = ['no', 'on-success', 'on-failure', 'on-abnormal', 'on-watchdog', 'on-abort', 'always'];

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
  const vocabulary = settingVocabulary(version, mode);
  const keyword = Object.hasOwn(vocabulary.keywords, key) ? vocabulary.keywords[key as keyof typeof vocabulary.keywords] : undefined;
  if (keyword !== undefined) return keyword.booleans ? [...BOOLEANS, ...keyword.words] : keyword.words;
  if (key === 'Delegate') return [...BOOLEANS, ...DELEGATE_CONTROLLERS];
  switch (type.split(' ')[0]) {
    case 'BOOLEAN': return BOOLEANS;
    case 'SERVICERESTART': return RESTART_VALUES;
    case 'ACTION': return profileFor(version, mode).emergencyActions;
    case 'NAMESPACES': return [...BOOLEANS, ...vocabulary.namespaces];
    case 'FAMILIES': return vocabulary.addressFamilies;
    case 'BOUNDINGSET': return vocabulary.capabilities;
    case 'ARCHS': return vocabulary.architectures;
    case 'SYSCALLS': {
      const groups = [...syscallData(version).groups.keys()];
      return [...groups, ...groups.map((g) => `~${g}`)];
    }
    default: return [];
  }
}
