/**
 * The words for a permalink that does not open: the permalink's error codes, in the reader's
 * terms. No imports beyond types, so the small `/embed` page can use it without the stores.
 */
import type { PermalinkErrorCode } from '../permalink/index.ts';

/**
 * Words for a broken link, for the status line: what went wrong in the reader's terms (cut short by
 * a chat tool, too large, from an unknown version, damaged) and that the editor still holds the
 * last unit. `args.limit` (the cap a too-large link crossed) is named when given.
 */
export function brokenLinkMessage(code: PermalinkErrorCode, args: Readonly<Record<string, string>> = {}): string {
  const keep = 'the editor keeps your last unit.';
  switch (code) {
    case 'truncated': return `This link was cut short (chat tools and mail clients sometimes truncate long links); ${keep}`;
    case 'too-large': return `This link is too large to open${args['limit'] === undefined ? '' : ` (over ${args['limit']} bytes unpacked)`}; ${keep}`;
    case 'unknown-format': return `This link comes from a newer or unknown version of unitscore; ${keep}`;
    case 'bad-utf8': return `This link's text is not valid UTF-8 (it was damaged in transit); ${keep}`;
    case 'empty': return `This link carries no unit; ${keep}`;
    default: return `This link is damaged and cannot be read; ${keep}`;
  }
}
