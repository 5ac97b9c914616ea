/**
 * Permalinks in the playground: opening a link loads its files, version and mode (instead of the saved
 * workspace), and "Copy link" encodes the current ones. The permalink codec is loaded on demand:
 * a page opened without a link never downloads it.
 */
import type { PermalinkErrorCode } from '../permalink/index.ts';
import { isSystemdVersion, type AnalysisMode, type SystemdVersion, type UnitFile } from './engine.ts';
import { $files, loadFiles } from './files.ts';
import { $mode, $version } from './version.ts';

/** What opening the page's fragment did. */
export type LinkOutcome = { readonly kind: 'none' } | { readonly kind: 'loaded'; readonly files: number } | { readonly kind: 'broken'; readonly code: PermalinkErrorCode; readonly args: Readonly<Record<string, string>> };

/**
 * Loads the state a fragment (`location.hash`) carries. `none` for no fragment (the caller then
 * restores the saved workspace); `broken` leaves the stores untouched; a link with no files keeps
 * the current ones but still sets its version and mode. A version this build does not know is
 * ignored; a link without a mode (made before modes existed) opens offline, as it was made.
 */
export async function openLink(hash: string): Promise<LinkOutcome> {
  if (hash === '' || hash === '#') return { kind: 'none' };
  const { decodePermalink, linkMode } = await import('../permalink/index.ts');
  const result = decodePermalink(hash);
  if (!result.ok) return result.code === 'empty' ? { kind: 'none' } : { kind: 'broken', code: result.code, args: result.args };
  if (result.state.files.length > 0) loadFiles(result.state.files);
  if (isSystemdVersion(result.state.version)) $version.set(result.state.version);
  $mode.set(linkMode(result.state));
  return { kind: 'loaded', files: result.state.files.length };
}

/** The state a new link carries: the files, the version and the chosen mode. */
export function linkState(): { files: readonly UnitFile[]; version: SystemdVersion; mode: AnalysisMode } {
  return { files: $files.get(), version: $version.get(), mode: $mode.get() };
}

/** A link to the playground with the current files, version and mode, e.g. `https://host/base/#u1.…`. */
export async function currentLink(origin: string, base: string): Promise<string> {
  const { encodePermalink, permalinkUrl } = await import('../permalink/index.ts');
  return permalinkUrl(encodePermalink(linkState()), { origin, base });
}

export { brokenLinkMessage } from './link-messages.ts';

/** A share link and whether chat tools are likely to cut it. */
export interface ShareLink {
  readonly url: string;
  /** Longer than the permalink's `CHAT_LINK_LIMIT` (2,000 characters): the share menu warns. */
  readonly tooLong: boolean;
  readonly limit: number;
}

/**
 * {@link currentLink} for `page` under the site (default the playground, `''`; `embed` for the
 * iframe page), with the "too long for chat" check.
 */
export async function shareLink(origin: string, base: string, page = ''): Promise<ShareLink> {
  const { encodePermalink, permalinkUrl, isTooLongForChat, CHAT_LINK_LIMIT } = await import('../permalink/index.ts');
  const url = permalinkUrl(encodePermalink(linkState()), { origin, base, page });
  return { url, tooLong: isTooLongForChat(url), limit: CHAT_LINK_LIMIT };
}
