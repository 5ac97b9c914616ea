/**
 * Splits the output of `systemctl cat NAME` back into the files it concatenates. systemctl prints
 * each file as a `# /absolute/path` header line followed by the file's text, with one empty line
 * before every header but the first.
 */
import type { UnitFile } from '../types.ts';

// A header names an absolute path ending in a unit suffix or `.conf`; colour codes (ESC [ … m)
// may wrap it when systemctl wrote to a terminal.
const COLOUR = `(?:${String.fromCharCode(27)}\\[[0-9;]*m)*`;
const HEADER = new RegExp(`^${COLOUR}# (/\\S+\\.(?:service|socket|target|timer|path|mount|automount|swap|slice|scope|device|conf))${COLOUR}\\s*$`);

/**
 * The file path relative to the unit's folder: the base name for a unit, `DIR.d/NAME.conf` for a
 * drop-in (keeping its folder, e.g. `foo.service.d/override.conf` or `service.d/10-x.conf`).
 */
export function relativeUnitPath(absolute: string): string {
  const parts = absolute.split('/').filter((p) => p !== '');
  const base = parts[parts.length - 1] ?? '';
  const dir = parts[parts.length - 2];
  return dir !== undefined && dir.endsWith('.d') ? `${dir}/${base}` : base;
}

/**
 * The files in `text` when it is `systemctl cat` output (its first non-empty line is a header),
 * else null. Line endings are normalised to `\n`; the blank separator line systemctl adds before
 * each following header is removed; every file ends with one `\n`. When two headers map to the same
 * relative path (a vendor unit overridden in /etc), the later one wins, as the loader would pick it.
 */
export function splitSystemctlCat(text: string): UnitFile[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length || !HEADER.test(lines[first]!)) return null;
  const files = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines.slice(first)) {
    const m = HEADER.exec(line);
    if (m !== null) {
      current = [];
      files.set(relativeUnitPath(m[1]!), current);
    } else current!.push(line);
  }
  return [...files].map(([path, body]) => {
    while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
    return { path, text: `${body.join('\n')}\n` };
  });
}
