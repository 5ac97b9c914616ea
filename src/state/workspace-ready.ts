/**
 * Whether the page has put the workspace it opens with into the stores: the unit from its link,
 * the last visit's, a lesson step's draft or start, or its default. Until then `$files` holds a
 * placeholder (a unit with no text, which systemd refuses), and views that show the analysis must
 * leave the page's static first view, written for the page's default workspace, as it is.
 */
import { atom, type ReadableAtom } from 'nanostores';

const ready = atom(false);

/** False until {@link markWorkspaceReady}; then true for the page's life. */
export const $workspaceReady: ReadableAtom<boolean> = ready;

/** Says the starting workspace is in the stores. Idempotent. */
export function markWorkspaceReady(): void {
  ready.set(true);
}

/**
 * Runs `start` once the workspace is ready: at once if it is, else when it becomes so. Returns a
 * function that cancels a start still waiting (a no-op after it ran).
 */
export function whenWorkspaceReady(start: () => void): () => void {
  if (ready.get()) {
    start();
    return () => undefined;
  }
  const stop = ready.listen((isReady) => {
    if (!isReady) return;
    stop();
    start();
  });
  return stop;
}
