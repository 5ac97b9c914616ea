/**
 * Background work (autosave, the address-bar link) waits until typing pauses: run during a burst
 * of keystrokes, a storage write or a permalink encode (several ms on a long unit) lands between
 * two keys and delays the next score. One concept: a debounce with a ceiling.
 */

/** A pending run: `schedule` (re)starts the wait, `flush` runs a pending run now, `cancel` drops it. */
export interface QuietRun {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/**
 * Runs `run` once `quietMs` have passed without a new `schedule()`, but never later than
 * `maxWaitMs` (default 8 × `quietMs`) after the first `schedule()` of a burst, so endless typing
 * still saves. `flush` with nothing pending does nothing.
 */
export function afterQuiet(run: () => void, quietMs: number, maxWaitMs = quietMs * 8): QuietRun {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  const fire = (): void => {
    timer = undefined;
    run();
  };
  return {
    schedule(): void {
      const now = Date.now();
      if (timer === undefined) firstAt = now;
      else clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now)));
    },
    flush(): void {
      if (timer === undefined) return;
      clearTimeout(timer);
      fire();
    },
    cancel(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
