/**
 * Runs a command with its stdout and stderr each on a pseudo-terminal of a given size, or on a
 * pipe, and returns the bytes it wrote: how `systemd-analyze` is recorded "at a terminal". Node has
 * no pseudo-terminals of its own, so a small Python helper (python3 is on every oracle machine: the
 * live oracle needs it too) opens them, sets their window size and forwards what the child writes.
 *
 * A terminal's line discipline turns every `\n` the program writes into `\r\n` (ONLCR, on in every
 * terminal). The terminal is left so, as a user's is (systemd looks at it: from 248 on its log lines
 * end in `\r\n` on a terminal), and the translation is undone here, which is exact: each `\n` of the
 * output came with a `\r` of the line discipline's before it, so every `\r\n` read back is one `\n`
 * written. When stdout is a terminal, stdin is that same terminal (as in a shell); otherwise stdin
 * is /dev/null. Used by the terminal recording only; never by the site or the engine.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where one output stream goes. */
export type Endpoint = { readonly kind: 'pipe' } | { readonly kind: 'tty'; readonly columns: number; readonly rows?: number };

/** What one run wrote and returned, stdout and stderr as bytes decoded as UTF-8. */
export interface PtyRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

const HELPER = String.raw`
import base64, fcntl, json, os, select, struct, sys, termios
spec = json.loads(sys.argv[1])
def endpoint(e):
    if e['kind'] == 'tty':
        m, s = os.openpty()
        fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', e.get('rows', 24), e['columns'], 0, 0))
        return m, s
    return os.pipe()
om, osl = endpoint(spec['stdout']); em, esl = endpoint(spec['stderr'])
pid = os.fork()
if pid == 0:
    os.setsid()
    if spec['stdout']['kind'] == 'tty':
        fcntl.ioctl(osl, termios.TIOCSCTTY, 0)
        inp = os.dup(osl)
    else:
        inp = os.open('/dev/null', os.O_RDONLY)
    os.dup2(inp, 0); os.dup2(osl, 1); os.dup2(esl, 2)
    for fd in {om, em, osl, esl, inp} - {0, 1, 2}: os.close(fd)
    if spec.get('cwd'): os.chdir(spec['cwd'])
    os.execvpe(spec['argv'][0], spec['argv'], spec['env'])
os.close(osl); os.close(esl)
bufs = {om: [], em: []}
live = [om, em]
while live:
    ready, _, _ = select.select(live, [], [])
    for fd in ready:
        try: data = os.read(fd, 65536)
        except OSError: data = b''   # EIO: the terminal's last writer is gone
        if data: bufs[fd].append(data)
        else: live.remove(fd)
_, status = os.waitpid(pid, 0)
out = {k: base64.b64encode(b''.join(bufs[fd])).decode() for k, fd in (('stdout', om), ('stderr', em))}
out['status'] = os.waitstatus_to_exitcode(status)
json.dump(out, sys.stdout)
`;

/** The bytes a program wrote to a terminal, from what the terminal's line discipline passed on. */
function undoOnlcr(bytes: Buffer, endpoint: Endpoint): string {
  const text = bytes.toString('utf8');
  return endpoint.kind === 'tty' ? text.replaceAll('\r\n', '\n') : text;
}

/** The system's Python when there is one (a version manager's shim costs a shell start per run). */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * Runs `argv` (PATH-searched) with exactly the environment `env`, in `cwd` when given; stdout and
 * stderr each a terminal or a pipe as `stdout` and `stderr` say. Rejects when the helper fails.
 */
export function runOnTerminal(argv: readonly string[], env: Readonly<Record<string, string>>, stdout: Endpoint, stderr: Endpoint, cwd?: string): Promise<PtyRun> {
  const spec = JSON.stringify({ argv, env, stdout, stderr, cwd });
  return new Promise((resolvePromise, reject) => {
    const child = spawn(PYTHON, ['-c', HELPER, spec], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pty helper failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
      const r = JSON.parse(Buffer.concat(out).toString('utf8')) as { stdout: string; stderr: string; status: number };
      resolvePromise({
        stdout: undoOnlcr(Buffer.from(r.stdout, 'base64'), stdout),
        stderr: undoOnlcr(Buffer.from(r.stderr, 'base64'), stderr),
        status: r.status,
      });
    });
  });
}
