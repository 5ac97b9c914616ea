/**
 * Keeps the address bar's fragment equal to the current files and version while editing, with
 * `history.replaceState` (one history entry, however many edits), so the URL is always a working
 * permalink. The environment is passed in (house rule: no hidden globals).
 */
import { $files } from './files.ts';
import { $version } from './version.ts';

/** The parts of `window` the sync touches. */
export interface LinkSyncEnv {
  readonly history: Pick<History, 'replaceState'>;
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/**
 * Starts syncing; returns the function that stops it. Changes are written at most once per
 * `delayMs` (default 400 ms). The codec is fetched at once (not on the first edit), so typing never
 * waits for it and no request happens mid-edit. A state whose link would unpack beyond the
 * permalink cap drops the fragment instead of writing a link that cannot open. Only later changes
 * are written: the fragment the page was opened with stays as it was, broken or not, until an edit,
 * and a write is dropped when the fragment changed while it waited (the reader navigated).
 */
export function syncLinkToHistory(env: LinkSyncEnv, delayMs = 400): () => void {
  const codec = import('../permalink/index.ts');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // The fragment when the write was scheduled: if it changed meanwhile, someone navigated (a link
  // pasted into the address bar) and their link, broken or not, must not be overwritten.
  let scheduledAt = '';
  const write = async (): Promise<void> => {
    timer = undefined;
    const { encodePermalink, permalinkPayloadBytes, MAX_PAYLOAD_BYTES } = await codec;
    if (stopped || env.location.hash !== scheduledAt) return;
    const state = { files: $files.get(), version: $version.get() };
    const fragment = permalinkPayloadBytes(state) > MAX_PAYLOAD_BYTES ? '' : `#${encodePermalink(state)}`;
    if (fragment === env.location.hash) return;
    env.history.replaceState(null, '', `${env.location.pathname}${env.location.search}${fragment}`);
  };
  const schedule = (): void => {
    if (timer !== undefined) return;
    scheduledAt = env.location.hash;
    timer = setTimeout(() => void write(), delayMs);
  };
  const stops = [$files.listen(schedule), $version.listen(schedule)];
  return () => {
    stopped = true;
    stops.forEach((s) => s());
    if (timer !== undefined) clearTimeout(timer);
  };
}
