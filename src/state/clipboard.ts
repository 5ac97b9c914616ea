/** Texts the toolbar copies or downloads, derived from the live report and files. */
import { formatJson, formatText, glyphsFor, type Report } from './engine.ts';

/** The glyph set of a UTF-8 terminal with emoji (`TERM=xterm-256color`, `LC_ALL=C.UTF-8`). */
const UTF8_ENV = { TERM: 'xterm-256color', LC_ALL: 'C.UTF-8' } as const;

/** The report exactly as `systemd-analyze security` prints it (live or offline, as analysed) on a UTF-8 terminal. */
export function reportAsText(report: Report): string {
  return formatText(report, glyphsFor(UTF8_ENV));
}

/** The report as `--json=pretty` prints it. */
export function reportAsJson(report: Report): string {
  return formatJson(report, 'pretty');
}
