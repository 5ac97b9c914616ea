/** The colour theme choice: follow the system, or a remembered light/dark override. */
import { atom } from 'nanostores';

/** `system` follows `prefers-color-scheme`; the others are explicit and remembered. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Storage key of the remembered choice. */
export const THEME_KEY = 'unitscore:theme';

/** The current choice; `system` until something is restored or chosen. */
export const $theme = atom<ThemeChoice>('system');

/** Cycles system → light → dark → system; returns the new choice. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return current === 'system' ? 'light' : current === 'light' ? 'dark' : 'system';
}

/** Restores the remembered choice; unknown or missing values leave `system`. */
export function restoreTheme(storage: Pick<Storage, 'getItem'>): void {
  try {
    const v = storage.getItem(THEME_KEY);
    if (v === 'light' || v === 'dark' || v === 'system') $theme.set(v);
  } catch {
    // Storage unavailable: follow the system.
  }
}

/** Remembers every later change of `$theme`; returns the unsubscribe function. */
export function persistTheme(storage: Pick<Storage, 'setItem'>): () => void {
  return $theme.listen((v) => {
    try {
      storage.setItem(THEME_KEY, v);
    } catch {
      // Not remembered; harmless.
    }
  });
}
