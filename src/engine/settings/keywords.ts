/**
 * The settings that take one word of a fixed set, with the words each version accepts: the handlers
 * read their words here, and so does `settingVocabulary()`, so completion offers what loads.
 */
import type { VersionProfile } from '../versions/profile.ts';

/** The words of one keyword setting. */
export interface KeywordSpec {
  /** Whether a boolean (`yes`, `off`, …) is accepted too. */
  readonly booleans: boolean;
  /** The words besides booleans, exact and case-sensitive, for a version's profile. */
  readonly words: (profile: VersionProfile) => readonly string[];
}

const always = (words: readonly string[]) => (): readonly string[] => words;

const SERVICE_TYPES = ['simple', 'exec', 'forking', 'oneshot', 'dbus', 'notify', 'idle'];
const SERVICE_TYPES_253 = [...SERVICE_TYPES, 'notify-reload'];

/**
 * Keyword settings by key. Where the words depend on the version, the profile says how
 * (`enumValues`, `notifyReloadType`). ProtectHostname= also takes `private:NAME` on 262, which no
 * fixed list holds.
 */
export const KEYWORD_SETTINGS = {
  PrivateTmp: { booleans: true, words: (p) => p.enumValues.PrivateTmp },
  PrivateUsers: { booleans: true, words: (p) => p.enumValues.PrivateUsers },
  ProtectControlGroups: { booleans: true, words: (p) => p.enumValues.ProtectControlGroups },
  ProtectHostname: { booleans: true, words: (p) => p.enumValues.ProtectHostname },
  ProtectHome: { booleans: true, words: always(['read-only', 'tmpfs']) },
  ProtectSystem: { booleans: true, words: always(['full', 'strict']) },
  KeyringMode: { booleans: false, words: always(['inherit', 'private', 'shared']) },
  ProtectProc: { booleans: false, words: always(['default', 'noaccess', 'invisible', 'ptraceable']) },
  ProcSubset: { booleans: false, words: always(['all', 'pid']) },
  NotifyAccess: { booleans: false, words: always(['none', 'main', 'exec', 'all']) },
  DevicePolicy: { booleans: false, words: always(['auto', 'closed', 'strict']) },
  KillMode: { booleans: false, words: always(['control-group', 'process', 'mixed', 'none']) },
  Type: { booleans: false, words: (p) => (p.notifyReloadType ? SERVICE_TYPES_253 : SERVICE_TYPES) },
} as const satisfies Readonly<Record<string, KeywordSpec>>;

/** A key of {@link KEYWORD_SETTINGS}. */
export type KeywordKey = keyof typeof KEYWORD_SETTINGS;

/** The words `key` accepts under `profile` (booleans not included). */
export function keywordsOf(key: KeywordKey, profile: VersionProfile): readonly string[] {
  return KEYWORD_SETTINGS[key].words(profile);
}
