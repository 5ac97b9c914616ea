/**
 * The `systemctl edit` export: one shell command line that installs a planned drop-in on a server
 * and reloads the manager, in the form the server's systemd takes.
 */
import type { SystemdVersion } from '../../engine/index.ts';
import type { PlannedDropIn } from '../types.ts';
import { feedText, shellWord } from './shell.ts';

/**
 * Whether `systemctl edit` of each version reads the new file from standard input (`--stdin`).
 * Read off each release's own `systemctl --help`: `--drop-in=NAME` is there from 254 on (253 in
 * man/systemctl.xml), `--stdin` from 257 on (256 in the man page: "version-info v256"); before
 * that `edit` only opens an editor on a terminal ("Cannot edit units if not on a tty.").
 */
const EDIT_READS_STDIN: Readonly<Record<SystemdVersion, boolean>> = {
  '245': false,
  '247': false,
  '249': false,
  '252': false,
  '254': false,
  '255': false,
  '257': true,
  '262': true,
};

/** Where `systemctl edit` (system scope, not `--runtime`) writes a unit's drop-ins. */
const PERSISTENT_CONFIG = '/etc/systemd/system';

/** Options of {@link systemctlEditCommand}. */
export interface SystemctlEditOptions {
  /**
   * The systemd of the server. 257 and 262 (systemd 256 and later) get `systemctl edit --stdin`;
   * older ones, and no version (the default), the portable form that writes the file with `cat`
   * and reloads.
   */
  readonly version?: SystemdVersion;
  /** Prefix every command with `sudo` (the file is then written by `sudo tee`). Default `false`: run as root. */
  readonly sudo?: boolean;
}

/** systemd's `strstrip()`: what `systemctl edit` removes from both ends of the new contents. */
const EDIT_STRIPS = /^[ \t\n\r]+|[ \t\n\r]+$/g;

/**
 * Whether `systemctl edit --stdin --drop-in=NAME UNIT` writes exactly `dropIn.text` to
 * `dropIn.path`: the path is the one it writes (`/etc/systemd/system/UNIT.d/NAME.conf`), and the
 * text is what it keeps of its input (leading and trailing white space cut, one newline added).
 */
function editWritesExactly(dropIn: PlannedDropIn): boolean {
  const slash = dropIn.path.lastIndexOf('/');
  const name = dropIn.path.slice(slash + 1);
  return (
    dropIn.path.slice(0, slash) === `${PERSISTENT_CONFIG}/${dropIn.unit}.d` &&
    name.endsWith('.conf') &&
    `${dropIn.text.replace(EDIT_STRIPS, '')}\n` === dropIn.text
  );
}

/**
 * A command line to paste on the server that installs `dropIn` as `dropIn.path` (byte for byte)
 * and reloads the manager, so that the next start of the unit runs with it (a running service
 * keeps its old settings until `systemctl restart`). Every path and unit name is shell-quoted;
 * the text goes in a quoted here-document (`<<'EOF'`, a delimiter no line of the text is), so
 * `$`, `` ` ``, `\` and quotes in it are written as they are; in the rare text for which no
 * delimiter is safe in dash, `printf '%s' '…' |` instead (see `heredocDelimiter`). POSIX shells
 * (sh, dash, bash, zsh); not fish, which has no here-documents.
 *
 * With `version` 257 or 262 (systemd ≥ 256), `systemctl edit --stdin` writes the file and reloads
 * by itself (it refuses a unit that does not exist). With an older version or none, and whenever
 * `systemctl edit` would not write exactly this file (a path outside `/etc/systemd/system/UNIT.d/`,
 * a text with leading or trailing white space, which it trims), the portable form. A text without
 * a final newline is written with one (as `systemctl edit` does too).
 *
 * @example
 * systemctlEditCommand(dropIn, { version: '257' })
 * // systemctl edit --stdin --drop-in=hardening.conf nginx.service <<'EOF'
 * // …the drop-in…
 * // EOF
 * systemctlEditCommand(dropIn, { version: '252', sudo: true })
 * // sudo mkdir -p /etc/systemd/system/nginx.service.d && sudo tee /etc/systemd/system/nginx.service.d/hardening.conf > /dev/null <<'EOF' && sudo systemctl daemon-reload
 * // …the drop-in…
 * // EOF
 */
export function systemctlEditCommand(dropIn: PlannedDropIn, options: SystemctlEditOptions = {}): string {
  const sudo = options.sudo === true ? 'sudo ' : '';
  const slash = dropIn.path.lastIndexOf('/');
  if (options.version !== undefined && EDIT_READS_STDIN[options.version] && editWritesExactly(dropIn)) {
    const name = dropIn.path.slice(slash + 1);
    return feedText(`${sudo}systemctl edit --stdin --drop-in=${shellWord(name)} ${shellWord(dropIn.unit)}`, dropIn.text);
  }
  const folder = shellWord(dropIn.path.slice(0, slash) || '/');
  const file = shellWord(dropIn.path);
  const write = sudo === '' ? `cat > ${file}` : `sudo tee ${file} > /dev/null`;
  return feedText(write, dropIn.text, { before: `${sudo}mkdir -p ${folder} && `, after: ` && ${sudo}systemctl daemon-reload` });
}
