/**
 * Full share URLs from a permalink fragment, and the "too long for chat" check. Pure: the page
 * passes in where the site lives (`location.origin`, Astro's `import.meta.env.BASE_URL`) instead of
 * this module reading globals.
 */

/**
 * Links longer than this many characters risk being cut or refused by chat tools, issue trackers'
 * auto-linkers and some mail clients; the share menu warns above it.
 */
export const CHAT_LINK_LIMIT = 2000;

/** Whether `url` is longer than `limit` characters (default {@link CHAT_LINK_LIMIT}); the limit itself is fine. */
export function isTooLongForChat(url: string, limit: number = CHAT_LINK_LIMIT): boolean {
  return url.length > limit;
}

/** Where a link points: the site's origin, its base path, and the page under it. */
export interface LinkTarget {
  /** `https://example.org` (a trailing `/` is ignored); `''` makes a root-relative link. */
  readonly origin: string;
  /** The site's base path (Astro's `BASE_URL`), e.g. `/unitscore/`; missing slashes are added. Default `/`. */
  readonly base?: string;
  /** The page under the base: `''` (default) for the playground, `embed`, `lessons/01-intro`. */
  readonly page?: string;
}

/**
 * Builds `origin + base + page + '#' + fragment`, e.g. `https://example.org/unitscore/#u1.…`. The
 * fragment may come with or without its `#`; an empty fragment gives the page's URL with no `#`.
 * No part is percent-encoded: permalink fragments only use URL-safe characters, and origin, base
 * and page are expected as URL text already.
 */
export function permalinkUrl(fragment: string, target: LinkTarget): string {
  const origin = target.origin.replace(/\/+$/, '');
  const baseInner = (target.base ?? '/').replace(/^\/+|\/+$/g, '');
  const base = baseInner === '' ? '/' : `/${baseInner}/`;
  const page = (target.page ?? '').replace(/^\/+/, '');
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return `${origin}${base}${page}${hash === '' ? '' : `#${hash}`}`;
}
