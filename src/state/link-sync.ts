/**
 * Keeps the address bar's fragment equal to the current files, version and mode while editing, with
 * `history.replaceState` (one history entry, however many edits), so the URL is always a working
 * permalink. The environment is passed in (house rule: no hidden globals).
 */
import { afterQuiet } from './after-quiet.ts';
import { $files } from './files.ts';
import { linkState } from './link.ts';
import { $mode, $version } from './version.ts';

/**
 * Above this many characters in all files the address bar carries no link: encoding that much would
 * hold the main thread noticeably after every pause in typing, for a link far beyond what anything
 * would carry (Copy link and Share still make one on demand). The fragment is removed, so a
 * reload restores the autosaved workspace instead of an older link.
 */
export const LIVE_LINK_MAX_CHARS = 100_000;

/** The parts of `window` the sync touches. */
export interface LinkSyncEnv {
  readonly history: Pick<History, 'replaceState'>;
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/**
 * Starts syncing; returns the function that stops it. Changes are written once they paused for
 * `delayMs` (default 400 ms; during non-stop typing at least every 8 × `delayMs`), so encoding a
 * long unit never lands between two keystrokes. The codec is fetched on the first change, not at
 * load: a visit that edits nothing never loads it. A state whose link would unpack
 * beyond the permalink cap, or over {@link LIVE_LINK_MAX_CHARS}, drops the fragment instead. Only
 * later changes are written: the fragment the page was opened with stays as it was, broken or not, until an edit,
 * and a write is dropped when the fragment changed while it waited (the reader navigated).
 */
export function syncLinkToHistory(env: LinkSyncEnv, delayMs = 400): () => void {
  let codec: Promise<typeof import('../permalink/index.ts')> | undefined;
  let stopped = false;
  // The fragment when the write was scheduled: if it changed meanwhile, someone navigated (a link
  // pasted into the address bar) and their link, broken or not, must not be overwritten.
  let scheduledAt: string | undefined;
  const write = async (): Promise<void> => {
    const at = scheduledAt;
    scheduledAt = undefined;
    const { encodePermalink, permalinkPayloadBytes, MAX_PAYLOAD_BYTES } = await (codec ??= import('../permalink/index.ts'));
    if (stopped || env.location.hash !== at) return;
    const state = linkState();
    const chars = state.files.reduce((n, f) => n + f.text.length, 0);
    const fragment = chars > LIVE_LINK_MAX_CHARS || permalinkPayloadBytes(state) > MAX_PAYLOAD_BYTES ? '' : `#${encodePermalink(state)}`;
    if (fragment === env.location.hash) return;
    env.history.replaceState(null, '', `${env.location.pathname}${env.location.search}${fragment}`);
  };
  const pending = afterQuiet(() => void write(), delayMs);
  const schedule = (): void => {
    scheduledAt ??= env.location.hash;
    // Start fetching the codec now, so the write after the pause does not wait for it.
    codec ??= import('../permalink/index.ts');
    pending.schedule();
  };
  const stops = [$files.listen(schedule), $version.listen(schedule), $mode.listen(schedule)];
  return () => {
    stopped = true;
    stops.forEach((s) => s());
    pending.cancel();
  };
}
