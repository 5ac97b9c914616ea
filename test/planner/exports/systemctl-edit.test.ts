/**
 * The `systemctl edit` export, run: the portable form by sh (dash) and bash under a temporary root
 * (the drop-in's path moved below it; `systemctl` and `sudo` stubbed by a PATH shim that records
 * its arguments), the `--stdin` form with a stub that records its arguments and standard input.
 * `node scripts/check-exports-live.ts` runs the same commands with the real sh and systemctl of
 * every supported version on its real manager (root); these tests keep the quoting honest on
 * every run, anywhere.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSIONS, type SystemdVersion } from '../../../src/engine/index.ts';
import { systemctlEditCommand, type PlannedDropIn } from '../../../src/planner/index.ts';
import { feedText, heredocDelimiter, shellWord } from '../../../src/planner/exports/shell.ts';
import { checkProperty } from '../../support/property.ts';
import { testOutputDir } from '../../support/output-dir.ts';
import { DROP_INS, JOURNALD, NASTY, NGINX, withText } from './drop-ins.ts';

/** The shells a pasted command may meet; dash is Debian's sh. */
const SHELLS = ['sh', 'bash'] as const;

/** A stub that appends its name and arguments (one per line, then `--`) to $STUB_LOG and copies its standard input to $STUB_STDIN. */
const STUB = `#!/bin/sh
{ printf '%s\\n' "$(basename "$0")"; for a in "$@"; do printf '%s\\n' "$a"; done; printf -- '--\\n'; } >> "$STUB_LOG"
if [ "$(basename "$0")" = sudo ]; then exec "$@"; fi
if [ "$1" = edit ]; then cat > "$STUB_STDIN"; fi
`;

/** A fresh folder with a space and a quote in its name (so the root's quoting is tried too), holding the stubs in `bin/`. */
function sandbox(): { root: string; bin: string; log: string; stdin: string } {
  const root = mkdtempSync(join(testOutputDir('planner-exports'), "it's a root "));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const name of ['systemctl', 'sudo']) {
    writeFileSync(join(bin, name), STUB);
    chmodSync(join(bin, name), 0o755);
  }
  return { root, bin, log: join(root, 'calls.log'), stdin: join(root, 'stdin') };
}

/** Runs `command` in `shell` with the stubs first in PATH; returns the recorded calls as [name, ...args] lists. */
function run(shell: string, command: string, box: ReturnType<typeof sandbox>): string[][] {
  const result = spawnSync(shell, ['-c', command], { env: { ...process.env, PATH: `${box.bin}:${process.env.PATH ?? ''}`, STUB_LOG: box.log, STUB_STDIN: box.stdin }, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  if (!existsSync(box.log)) return [];
  return readFileSync(box.log, 'utf8').split('--\n').filter((c) => c !== '').map((c) => c.replace(/\n$/, '').split('\n'));
}

/** `d` moved below `root` (its path only: the unit name and text stay). */
const under = (root: string, d: PlannedDropIn): PlannedDropIn => ({ ...d, path: join(root, d.path) });

/** The file the command writes: the text, with a final newline if it had none. */
const written = (text: string): string => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

describe('systemctl edit export: the portable form', () => {
  describe.each(SHELLS)('run by %s', (shell) => {
    it.each(DROP_INS)('%s: writes the drop-in byte for byte and reloads', (_name, d) => {
      const box = sandbox();
      const moved = under(box.root, d);
      const calls = run(shell, systemctlEditCommand(moved, { version: '252' }), box);
      expect(readFileSync(moved.path, 'utf8')).toBe(d.text);
      expect(calls).toEqual([['systemctl', 'daemon-reload']]);
    });

    it.each(DROP_INS)('%s: with sudo, every command through sudo', (_name, d) => {
      const box = sandbox();
      const moved = under(box.root, d);
      const command = systemctlEditCommand(moved, { sudo: true });
      const calls = run(shell, command, box);
      expect(readFileSync(moved.path, 'utf8')).toBe(d.text);
      expect(calls.map((c) => c.slice(0, 2))).toEqual([['sudo', 'mkdir'], ['sudo', 'tee'], ['sudo', 'systemctl'], ['systemctl', 'daemon-reload']]);
    });
  });

  it('gives a text without a final newline one (a here-document is whole lines)', () => {
    const box = sandbox();
    const moved = under(box.root, withText(NGINX, '[Service]\nPrivateTmp=yes'));
    run('sh', systemctlEditCommand(moved), box);
    expect(readFileSync(moved.path, 'utf8')).toBe('[Service]\nPrivateTmp=yes\n');
  });

  it('ends the here-document with a delimiter no line of the text is', () => {
    expect(heredocDelimiter(NGINX.text)).toBe('EOF');
    expect(heredocDelimiter(NASTY.text)).toBe('EOF_2');
    expect(systemctlEditCommand(NASTY).split('\n')[0]).toBe(
      "mkdir -p '/etc/systemd/system/foo@bar\\x2dbaz.service.d' && cat > '/etc/systemd/system/foo@bar\\x2dbaz.service.d/hardening.conf' <<'EOF_2' && systemctl daemon-reload",
    );
  });

  it.each([
    // dash drops the byte after the part of a line that matches the delimiter, if it is not ASCII
    ['a line that starts like the delimiter, then é', 'EOé\n', 'XEOF'],
    ['the delimiter, then é', 'EOFé\n', 'XEOF'],
    ['a line that starts like EOF_, then é', 'EOF\nEOF_é\n', 'XEOF'],
    ['lines that begin like every delimiter: printf instead', '[Service]\nEé\nXé\nQé\nZé\n', null],
    ['é alone is safe', 'é\nEOF_\n', 'EOF'],
  ])('%s', (_name, text, delimiter) => {
    expect(heredocDelimiter(text)).toBe(delimiter);
    for (const shell of SHELLS) {
      const box = sandbox();
      const moved = under(box.root, withText(NGINX, text));
      const command = systemctlEditCommand(moved);
      expect(command.split('\n')[0]).toContain(delimiter === null ? "&& printf '%s' " : `<<'${delimiter}' &&`);
      run(shell, command, box);
      expect(readFileSync(moved.path, 'utf8')).toBe(text);
    }
  });

  it('carries any text and any path through sh (random texts and folder names)', { timeout: 60_000 }, () => {
    const box = sandbox();
    // Any character but NUL (which no file name or shell word can hold), lines of delimiters included.
    const char = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('EOF', 'E', '_', '1', 'é', '\u0080', '\n', "'", '"', '\\', '$', '`', '${x}', '$(id)', '*', ' ', '\t', '\r'));
    const text = fc.array(char, { maxLength: 30 }).map((parts) => parts.join('').replaceAll('\0', ''));
    const folder = text.map((s) => s.replaceAll('/', '').slice(0, 40)).filter((s) => s !== '' && s !== '.' && s !== '..');
    let n = 0;
    checkProperty(
      'planner/exports: systemctl edit portable form carries any text',
      fc.property(text, folder, (t, f) => {
        const dir = join(box.root, String(n++), f);
        const d: PlannedDropIn = { unit: 'x.service', path: join(dir, 'hardening.conf'), assignments: [], text: t };
        run('sh', systemctlEditCommand(d), { ...box, log: join(box.root, 'property.log') });
        expect(readFileSync(d.path, 'utf8')).toBe(written(t));
      }),
      { numRuns: 100 },
    );
  });
});

describe('systemctl edit export: the --stdin form (systemd 256 and later)', () => {
  /** What `systemctl edit --stdin` keeps of its input (systemd's strstrip(), then one newline). */
  const kept = (input: string): string => `${input.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '')}\n`;

  it.each(DROP_INS.filter(([, d]) => d !== JOURNALD))('%s: pipes the text to systemctl edit of the unit', (_name, d) => {
    for (const version of ['257', '262'] as const) {
      for (const sudo of [false, true]) {
        const box = sandbox();
        const calls = run('sh', systemctlEditCommand(d, { version, sudo }), box);
        const edit = ['systemctl', 'edit', '--stdin', '--drop-in=hardening.conf', d.unit];
        expect(calls).toEqual(sudo ? [['sudo', ...edit], edit] : [edit]);
        expect(readFileSync(box.stdin, 'utf8')).toBe(d.text);
        expect(kept(d.text)).toBe(d.text);
      }
    }
  });

  it('uses the portable form where systemctl edit would change the file', () => {
    // JOURNALD's text ends with blank lines, which systemctl edit trims.
    expect(systemctlEditCommand(JOURNALD, { version: '262' })).toMatch(/^mkdir -p /);
    expect(systemctlEditCommand(withText(NGINX, `\n${NGINX.text}`), { version: '262' })).toMatch(/^mkdir -p /);
    // Only /etc/systemd/system/UNIT.d/ is where it writes.
    expect(systemctlEditCommand({ ...NGINX, path: '/run/systemd/system/nginx.service.d/hardening.conf' }, { version: '262' })).toMatch(/^mkdir -p /);
    expect(systemctlEditCommand({ ...NGINX, path: '/etc/systemd/system/nginx.service.d/hardening' }, { version: '262' })).toMatch(/^mkdir -p /);
  });
});

describe('systemctl edit export: the form per version', () => {
  /** What each version's `systemctl --help` lists (read off the real binaries: --stdin in 257 and 262, not in 255). */
  const TAKES_STDIN: Readonly<Record<SystemdVersion, boolean>> = { '245': false, '247': false, '249': false, '252': false, '254': false, '255': false, '257': true, '262': true };

  it.each(VERSIONS.map((v) => v.id))('systemd %s', (version) => {
    const first = systemctlEditCommand(NGINX, { version }).split('\n')[0];
    expect(first).toBe(
      TAKES_STDIN[version]
        ? "systemctl edit --stdin --drop-in=hardening.conf nginx.service <<'EOF'"
        : "mkdir -p /etc/systemd/system/nginx.service.d && cat > /etc/systemd/system/nginx.service.d/hardening.conf <<'EOF' && systemctl daemon-reload",
    );
  });

  it('no version: the portable form', () => {
    expect(systemctlEditCommand(NGINX)).toBe(systemctlEditCommand(NGINX, { version: '245' }));
  });
});

describe('shell quoting', () => {
  it.each([
    ['nginx.service', 'nginx.service'],
    ['getty@.service', 'getty@.service'],
    ['foo@bar\\x2dbaz.service', "'foo@bar\\x2dbaz.service'"],
    ["it's", "'it'\\''s'"],
    ['', "''"],
    ['~root', "'~root'"],
    ['a b', "'a b'"],
  ])('%j → %s', (word, quoted) => {
    expect(shellWord(word)).toBe(quoted);
  });

  it('gives back every word and text as it was, in sh and bash', { timeout: 60_000 }, () => {
    const anyString = fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replaceAll('\0', ''));
    for (const shell of SHELLS) {
      checkProperty(
        `planner/exports: shell words and here-documents in ${shell}`,
        fc.property(anyString, anyString, (word, text) => {
          const script = `printf '%s|' ${shellWord(word)}; ${feedText('cat', text)}`;
          const out = spawnSync(shell, ['-c', script], { encoding: 'utf8' });
          expect(out.stdout).toBe(`${word}|${written(text)}`);
        }),
        { numRuns: 100 },
      );
    }
  });
});
