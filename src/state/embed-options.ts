/**
 * The `/embed` page's options, read from its query string (the fragment holds the permalink):
 * `theme=light|dark|system` (default `system`: follow the reader's preference), `edit` or
 * `edit=1` for an editable unit (default read-only), `rows=open|closed|none` (default `closed`),
 * `mode=live|offline` (default: the link's own mode; a link without one, made before modes
 * existed, is offline).
 * Unknown values fall back to the defaults; nothing here throws.
 */

/** Parsed `/embed` options. */
export interface EmbedOptions {
  readonly theme: 'light' | 'dark' | 'system';
  readonly editable: boolean;
  readonly rows: 'open' | 'closed' | 'none';
  /** Overrides the link's mode; `null` keeps it. */
  readonly mode: 'live' | 'offline' | null;
}

/** Reads the options from `search` (`location.search`, with or without `?`). */
export function parseEmbedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const rows = q.get('rows');
  const edit = q.get('edit');
  const mode = q.get('mode');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    editable: edit !== null && edit !== '0' && edit !== 'false' && edit !== 'no',
    rows: rows === 'open' || rows === 'none' ? rows : 'closed',
    mode: mode === 'live' || mode === 'offline' ? mode : null,
  };
}

/** The query string for `options`, leaving defaults out (`''` when all are defaults). */
export function embedQuery(options: Partial<EmbedOptions>): string {
  const q: string[] = [];
  if (options.theme !== undefined && options.theme !== 'system') q.push(`theme=${options.theme}`);
  if (options.editable === true) q.push('edit=1');
  if (options.rows !== undefined && options.rows !== 'closed') q.push(`rows=${options.rows}`);
  if (options.mode !== undefined && options.mode !== null) q.push(`mode=${options.mode}`);
  return q.length === 0 ? '' : `?${q.join('&')}`;
}

/** The message an embedded page posts to its parent whenever its height changes. */
export interface ResizeMessage {
  readonly type: 'unitscore:resize';
  /** The document's height in CSS pixels, rounded up. */
  readonly height: number;
}
