/**
 * What both decoders read of a URL fragment. `location.hash` is `''` for a URL without a fragment
 * or with an empty one (`…/#`), and `'#'` followed by the fragment otherwise, so exactly one leading
 * `#` is the separator: `##` is the fragment `#`, which names no format, not an empty link.
 */

/** `fragment` without its one leading `#` (`location.hash` as it is), or unchanged without one. */
export function fragmentText(fragment: string): string {
  return fragment.startsWith('#') ? fragment.slice(1) : fragment;
}
