/**
 * Records each systemd version's data from the real binaries on this machine into data/systemd/<major>/:
 *
 *   syscall-groups.json  `systemd-analyze syscall-filter` (group order, help, members in order) plus the
 *                        x86_64 names the version's libseccomp knows, native and not, in the format of
 *                        ../shared/spec/data/syscall-groups-v252.json
 *   directives.txt       `systemd --dump-configuration-items` of the version's manager
 *
 * The binaries: 252 is this machine's; the others are the unpacked trees of `systemd-oracle install`,
 * `systemd-live-oracle install` and the source builds ($SYSTEMD_ORACLES, default ~/.cache/systemd-oracles),
 * each run through its tree's own loader. The libseccomp is the one the version's manager and analyzer
 * load under systemd-live-oracle (every version has a live mode): a tree with a `layer/` (Debian 11 and
 * 12-backports packages, source builds) is laid over this machine's libraries, so this machine's
 * libseccomp; a tree without one (Debian 13, sid) brings its own. The offline analyzer (`systemd-oracle`,
 * 250+) loads the tree root's copy: the script checks it is the same file. Names are resolved by a tiny C
 * program (gcc) that dlopen()s that libseccomp and asks seccomp_syscall_resolve_name() about every name
 * of any version's groups and seccomp_syscall_resolve_num_arch(native, n) for every number and pseudo
 * number. Prints the names sharing a number (compare scripts/probe-syscall-aliases.ts) and whether
 * each recording of 252/257/262 equals the spec's file.
 *
 *   node scripts/record-version-data.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = [join(repoRoot, '../shared'), join(repoRoot, '../../shared')].find((d) => existsSync(d)) ?? join(repoRoot, '../shared');
const oracle = process.env['SYSTEMD_ORACLE'] ?? join(shared, 'tools/systemd-oracle');
const treesRoot = process.env['SYSTEMD_ORACLES'] ?? join(process.env['HOME'] ?? '/root', '.cache/systemd-oracles');
const outRoot = join(repoRoot, 'data/systemd');
const HOST_LIBSECCOMP = '/usr/lib/x86_64-linux-gnu/libseccomp.so.2';
/** The assessed groups, in the order of the analyzer's SystemCallFilter= rows. */
const ASSESSED = ['@swap', '@obsolete', '@clock', '@cpu-emulation', '@debug', '@mount', '@module', '@raw-io', '@reboot', '@privileged', '@resources'];

/** Where one version's binaries are: `root` null for this machine's own. */
interface Tree {
  readonly major: string;
  readonly full: string;
  readonly root: string | null;
  /** The libseccomp file its live manager/analyzer load, and the offline analyzer's. */
  readonly liveSeccomp: string;
  readonly offlineSeccomp: string;
}

const run = (cmd: string, args: readonly string[], input?: string): string =>
  execFileSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'ignore'] });

/** `ld.so --library-path … BINARY` of a tree, as systemd-oracle's run_in does. */
function inTree(root: string, binary: string, args: readonly string[]): string {
  const find = (name: string, type: string): string => run('find', [root, '-name', name, '-type', type]).split('\n')[0] ?? '';
  const core = dirname(find('libsystemd-shared-*.so', 'f'));
  const ld = find('ld-linux-x86-64.so.2', 'f');
  return run(ld, ['--library-path', `${core}:${root}/usr/lib/x86_64-linux-gnu:${root}/lib/x86_64-linux-gnu`, join(root, binary), ...args]);
}

function trees(): Tree[] {
  const host = run('systemd-analyze', ['--version']).split('\n')[0]?.split(' ') ?? [];
  const found: Tree[] = [{ major: host[1] ?? '', full: (host[2] ?? '').replace(/[()]/g, ''), root: null, liveSeccomp: HOST_LIBSECCOMP, offlineSeccomp: HOST_LIBSECCOMP }];
  for (const suite of readdirSync(treesRoot).sort()) {
    const root = join(treesRoot, suite, 'root');
    if (!existsSync(join(root, 'usr/bin/systemd-analyze'))) continue;
    const words = inTree(root, 'usr/bin/systemd-analyze', ['--version']).split('\n')[0]?.split(' ') ?? [];
    const own = join(root, 'usr/lib/x86_64-linux-gnu/libseccomp.so.2');
    // live: a layer/ goes over this machine's "/" (its libseccomp, unless the layer brings one)
    const layer = join(treesRoot, suite, 'layer');
    const layerOwn = join(layer, 'usr/lib/x86_64-linux-gnu/libseccomp.so.2');
    const live = existsSync(layer) ? (existsSync(layerOwn) ? layerOwn : HOST_LIBSECCOMP) : own;
    found.push({ major: words[1] ?? '', full: (words[2] ?? '').replace(/[()]/g, ''), root, liveSeccomp: live, offlineSeccomp: own });
  }
  return found.sort((a, b) => Number(a.major) - Number(b.major));
}

interface Group { help: string; members: string[] }

/**
 * `syscall-filter` output → groups in order (the trailing `#` lists of ungrouped names are not kept).
 * Colour codes are dropped: 255 prints `ESC[0m` before each `@sub` reference even into a pipe.
 */
function parseSyscallFilter(text: string): Map<string, Group> {
  const groups = new Map<string, Group>();
  let current: Group | undefined;
  for (const line of text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').split('\n')) {
    if (line.startsWith('@')) groups.set(line, (current = { help: '', members: [] }));
    else if (line === '' || line.startsWith('#')) current = undefined;
    else if (current !== undefined && line.startsWith('    # ')) current.help = line.slice(6);
    else if (current !== undefined && line.startsWith('    ')) current.members.push(line.slice(4));
    else throw new Error(`syscall-filter: unexpected line ${JSON.stringify(line)}`);
  }
  return groups;
}

const PROBER = String.raw`#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
struct v { unsigned major, minor, micro; };
int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) { fprintf(stderr, "%s\n", dlerror()); return 1; }
  const struct v *(*version)(void) = (const struct v *(*)(void))dlsym(h, "seccomp_version");
  int (*byname)(const char *) = (int (*)(const char *))dlsym(h, "seccomp_syscall_resolve_name");
  char *(*bynum)(unsigned, int) = (char *(*)(unsigned, int))dlsym(h, "seccomp_syscall_resolve_num_arch");
  printf("version\t%u.%u.%u\n", version()->major, version()->minor, version()->micro);
  for (int n = -20000; n < 4096; n++) { char *s = bynum(0, n); if (s) printf("num\t%s\t%d\n", s, n); }
  char line[256];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    if (*line) printf("name\t%s\t%d\n", line, byname(line));
  }
  return 0;
}
`;

/** Compiles the prober once; returns its path. */
function buildProber(dir: string): string {
  writeFileSync(join(dir, 'prober.c'), PROBER);
  run('gcc', ['-O1', '-o', join(dir, 'prober'), join(dir, 'prober.c'), '-ldl']);
  return join(dir, 'prober');
}

interface Seccomp { version: string; native: string[]; notNative: string[]; sameNumber: string[][] }

/** What the libseccomp at `lib` makes of `names` and of every (pseudo) number: native ≥ 0, known < -1. */
function probeSeccomp(prober: string, lib: string, names: readonly string[]): Seccomp {
  const numbers = new Map<string, number>();
  let version = '';
  for (const line of run(prober, [lib], names.join('\n') + '\n').split('\n')) {
    const [kind, a = '', b = ''] = line.split('\t');
    if (kind === 'version') version = a;
    else if (kind === 'num' || kind === 'name') if (Number(b) !== -1) numbers.set(a, Number(b));
  }
  const all = [...numbers.keys()].sort();
  const byNumber = Map.groupBy(all, (n) => numbers.get(n) as number);
  return {
    version,
    native: all.filter((n) => (numbers.get(n) as number) >= 0),
    notNative: all.filter((n) => (numbers.get(n) as number) < 0),
    sameNumber: [...byNumber.values()].filter((names) => names.length > 1),
  };
}

/** Native members of an assessed group, depth first, each once: the analyzer's walk for the offender. */
function effective(groups: Map<string, Group>, group: string, native: ReadonlySet<string>, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const m of groups.get(group)?.members ?? []) {
    if (m.startsWith('@')) out.push(...effective(groups, m, native, seen));
    else if (native.has(m) && !seen.has(m)) {
      out.push(m);
      seen.add(m);
    }
  }
  return out;
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

const all = trees();
const filters = new Map(all.map((t) => [t.major, parseSyscallFilter(run(oracle, [t.major, 'syscall-filter']))]));
const candidates = [...new Set([...filters.values()].flatMap((g) => [...g.values()].flatMap((x) => x.members)).filter((m) => !m.startsWith('@')))].sort();
const work = mkdtempSync(join(tmpdir(), 'record-version-data-'));
try {
  const prober = buildProber(work);
  for (const tree of all) {
    const groups = filters.get(tree.major) as Map<string, Group>;
    const seccomp = probeSeccomp(prober, tree.liveSeccomp, candidates);
    const offlineSame = sha(tree.liveSeccomp) === sha(tree.offlineSeccomp);
    const offline = offlineSame ? 'the same file' : `libseccomp ${probeSeccomp(prober, tree.offlineSeccomp, candidates).version} (${realpathSync(tree.offlineSeccomp)})`;
    console.log(`${tree.major} (${tree.full}): live libseccomp ${seccomp.version} (${realpathSync(tree.liveSeccomp)}); offline analyzer: ${offline}`);
    console.log(`  names sharing a number: ${JSON.stringify(seccomp.sameNumber)}`);
    const native = new Set(seccomp.native);
    const json = {
      systemd_version: tree.major,
      libseccomp_version: seccomp.version,
      arch: 'x86_64',
      group_order: [...groups.keys()],
      groups: Object.fromEntries(groups),
      assessed_groups_effective_x86_64_in_dfs_order: Object.fromEntries(ASSESSED.filter((g) => groups.has(g)).map((g) => [g, effective(groups, g, native)])),
      libseccomp_known_names_native_x86_64: seccomp.native,
      libseccomp_known_names_not_native_on_x86_64: seccomp.notNative,
    };
    const dumpArgs = ['--dump-configuration-items'];
    const directives = tree.root === null ? run('/lib/systemd/systemd', dumpArgs) : inTree(tree.root, 'usr/lib/systemd/systemd', dumpArgs);
    const dir = join(outRoot, tree.major);
    mkdirSync(dir, { recursive: true });
    const files = { 'syscall-groups.json': JSON.stringify(json, null, 1), 'directives.txt': directives };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const spec = { 'syscall-groups.json': `syscall-groups-v${tree.major}.json`, 'directives.txt': `directives-${tree.major}.txt` };
    for (const [name, specName] of Object.entries(spec)) {
      const specFile = join(shared, 'spec/data', specName);
      if (existsSync(specFile)) console.log(`  ${name} ${readFileSync(specFile, 'utf8') === files[name as keyof typeof files] ? '=' : '≠'} spec/data/${specName}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
