/**
 * Links into systemd's man pages. systemd's own assessor table links each row to systemd.exec(5)
 * under this base (the analyzer prints those URLs in multi-line cells), and the site links to the
 * same pages, so there is one base and one way to build a link.
 */

/** Where freedesktop.org serves the man pages of the newest systemd. */
const MAN_BASE = 'https://www.freedesktop.org/software/systemd/man/';

/**
 * The URL of man page `page` (without section or `.html`, e.g. `systemd.exec`), at `anchor` when
 * given (e.g. `PrivateTmp=`). The anchor is percent-encoded except `=`, which the pages' anchors
 * end in; an empty anchor gives the page itself.
 */
export function manPageUrl(page: string, anchor = ''): string {
  const fragment = anchor === '' ? '' : `#${encodeURIComponent(anchor).replace(/%3D/g, '=')}`;
  return `${MAN_BASE}${page}.html${fragment}`;
}
