/**
 * The page's localStorage, for the components that hand a storage to the state layer (which takes
 * it as an argument, so tests pass an in-memory one).
 */

/** `window.localStorage`, or null where reading it throws (storage disabled, some private modes). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
