/**
 * Which built chunks a page loads only on a user action, so that the JavaScript a page loads at
 * start (integrations/js-weight.ts, printed by scripts/felt-speed.ts) lists them apart.
 * test/e2e/playground-weight.e2e.ts checks in Chromium that the playground loads exactly what is
 * counted at start, so this list cannot hide a chunk that loads anyway.
 */
import { posix } from 'node:path';

/**
 * Chunks (by file name, before the content hash) that pages import only on a user action: opening
 * a row, the share menu, the embed dialog or the planner's panel (with the planner), copying a
 * link, the first edit (link sync), the first plan (the planner's worker), the first huge paste
 * (the analysis worker), or, on /embed, a link that needs the bundled DEFLATE decoder
 * (`embed-permalink`: links using the preset dictionary, i.e. the playground's own, and broken ones;
 * the embed dialog's links and /embed's own need none, which test/e2e/embed.e2e.ts checks) with,
 * for broken ones, the wording of link errors (`embed-link-messages`), and /embed's link writer,
 * needed only after an edit with `?edit=1` (`embed-encode-native`, and `embed-records-writer`,
 * which the DEFLATE chunk shares). Every other dynamic chunk counts as loaded at start.
 */
export const ON_ACTION_CHUNKS: readonly string[] = ['row-detail', 'share-menu', 'embed-dialog', 'planner-panel', 'planner-worker', 'permalink', 'analysis-worker', 'embed-permalink', 'embed-link-messages', 'embed-encode-native', 'embed-records-writer'];

/**
 * Whether a built chunk (path relative to `dist/`) is one of {@link ON_ACTION_CHUNKS}. Chunks are
 * named `NAME.HASH.js`, worker scripts `NAME-HASH.js`; anything else is not on-action.
 */
export function isOnActionChunk(file: string): boolean {
  const name = posix.basename(file);
  return ON_ACTION_CHUNKS.some((chunk) => name.startsWith(`${chunk}.`) || name.startsWith(`${chunk}-`));
}
