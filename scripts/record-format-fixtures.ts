/**
 * Records, from the real systemd-analyze 252, 257 and 262, the golden files of the format tests
 * under test/fixtures/format/:
 *
 *   assessor-order.json   json_field of every row in systemd's table order (from the spec's data)
 *   sort-cases.json.gz    `--json=short` of ProtectProc=noaccess units: the row whose empty
 *                         description makes 252/257's comparator non-transitive
 *   cells.json.gz         text, `--json=short` and `--json=pretty` of units whose DeviceAllow=
 *                         paths put wide, combining, control and TAB characters, quotes and
 *                         backslashes into a description (column widths and JSON escaping)
 *   glyphs.json.gz        the row marks, summary arrow and face under many environments
 *   policy.json.gz        text and `--json=short` with `--security-policy=` descriptions that hold
 *                         line breaks (multi-line table cells)
 *
 *   SYSTEMD_ORACLE=/path/to/systemd-oracle node scripts/record-format-fixtures.ts [--only=NAME,...]
 *
 * `--only=` records just the named files (without extension), e.g. `--only=policy`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { availableOracles, runOracle } from './lib/oracle.ts';
import type { SystemdVersion, UnitFile } from '../src/engine/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'test/fixtures/format');
const specData = [join(repoRoot, '../shared/spec/data'), join(repoRoot, '../../shared/spec/data')].find((d) => existsSync(d));
/** The releases the format fixtures pin (254 and 255 format as 252 and 257 do; the golden corpus covers them). */
const FORMAT_VERSIONS: readonly SystemdVersion[] = ['252', '257', '262'];
const available = availableOracles();
const versions = FORMAT_VERSIONS.filter((v) => available.includes(v));
if (versions.length !== FORMAT_VERSIONS.length) throw new Error(`need the ${FORMAT_VERSIONS.join(', ')} oracles, found: ${available.join(' ') || 'none'}`);

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (file: string): boolean => only === undefined || only.includes(file.replace(/\..*$/, ''));
const write = (file: string, value: unknown): void => {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  writeFileSync(join(outDir, file), file.endsWith('.gz') ? gzipSync(text, { level: 9 }) : text);
  console.log(`wrote ${file}`);
};
const unit = (lines: readonly string[]): UnitFile[] => [
  { path: 'x.service', text: ['[Service]', 'ExecStart=/bin/true', ...lines, ''].join('\n') },
];
const warned = new Set<string>();
const run = (version: SystemdVersion, lines: readonly string[], args: readonly string[], env = {}, extra: UnitFile[] = []): string => {
  const r = runOracle(version, [...unit(lines), ...extra], ['--offline=true', ...args], { extraEnv: env });
  if (r.status !== 0) throw new Error(`${version} ${args.join(' ')} ${lines.join(' | ')}: ${r.status} ${r.stderr}`);
  if (r.stderr !== '' && !warned.has(r.stderr)) console.warn(`${version}: ${(warned.add(r.stderr), r.stderr.trimEnd())}`);
  return r.stdout;
};

// 1. table order
if (specData !== undefined && wanted('assessor-order.json')) {
  const table = JSON.parse(readFileSync(join(specData, 'assessors-v252-source-order.json'), 'utf8')) as { json_field: string }[];
  write('assessor-order.json', table.map((a) => a.json_field));
}

// 2. ProtectProc=noaccess beside settings that move other rows' descriptions around it
const NOACCESS_NEIGHBOURS: readonly (readonly string[])[] = [
  [],
  ['DynamicUser=yes'],
  ['User=nobody'],
  ['User=foo', 'PrivateDevices=yes'],
  ['PrivateDevices=yes', 'ProtectClock=yes'],
  ['ProtectSystem=strict', 'ProtectHome=yes', 'PrivateTmp=yes'],
  ['CapabilityBoundingSet=', 'NoNewPrivileges=yes'],
  ['SystemCallFilter=@system-service', 'SystemCallArchitectures=native'],
  ['RestrictAddressFamilies=AF_UNIX', 'IPAddressDeny=any'],
  ['ProtectKernelTunables=yes', 'ProtectKernelModules=yes', 'ProtectKernelLogs=yes', 'ProtectControlGroups=yes'],
  ['RestrictNamespaces=yes', 'LockPersonality=yes', 'MemoryDenyWriteExecute=yes', 'RestrictRealtime=yes'],
  ['UMask=0077', 'ProcSubset=pid', 'PrivateNetwork=yes', 'PrivateUsers=yes'],
  ['DynamicUser=yes', 'CapabilityBoundingSet=', 'SystemCallFilter=~@mount', 'DevicePolicy=closed', 'DeviceAllow=/dev/null rw'],
  ['KeyringMode=private', 'Delegate=no', 'NotifyAccess=all', 'RemoveIPC=yes', 'User=daemon'],
];
if (wanted('sort-cases')) write('sort-cases.json.gz', NOACCESS_NEIGHBOURS.flatMap((lines) => {
  const settings = ['ProtectProc=noaccess', ...lines];
  return versions.map((version) => ({ version, settings, json: run(version, settings, ['--json=short']) }));
}));

// 3. descriptions with unusual characters
const CELL_UNITS: readonly (readonly string[])[] = [
  ['DevicePolicy=closed', 'DeviceAllow=/dev/日本 rw', 'DeviceAllow=/dev/e\u0301x r', 'DeviceAllow=/dev/\u{1F600}\u{1F300} r'],
  ['DevicePolicy=closed', 'DeviceAllow=/dev/a\u0001b r', 'DeviceAllow=/dev/c\u001bd w', 'DeviceAllow=/dev/e\u007ff r', 'DeviceAllow=/dev/i\u0085j r'],
  ['DevicePolicy=closed', 'DeviceAllow=/dev/a\bb r', 'DeviceAllow=/dev/c\fd w', 'DeviceAllow="/dev/e\tf" r', 'DeviceAllow=/dev/u\u000bv r'],
  ['DevicePolicy=strict', 'DeviceAllow=/dev/q\\"z r', 'DeviceAllow=/dev/s\\\\\\\\t r', 'DeviceAllow=/dev/x/y\u00a0\u2028 m'],
  ['DevicePolicy=closed', 'DeviceAllow=/dev/\uff21\uff22\u3000\u200b\u2026 rwm', 'ProtectProc=noaccess'],
  ['PrivateDevices=yes', 'DeviceAllow="/dev/\t\t" r', 'ProtectClock=yes'],
];
if (wanted('cells')) write('cells.json.gz', CELL_UNITS.flatMap((settings) => versions.map((version) => ({
  version,
  settings,
  text: run(version, settings, []),
  json: run(version, settings, ['--json=short']),
  pretty: run(version, settings, ['--json=pretty']),
}))));

// 4. glyphs: locale variables (TERM fixed), then TERM × SYSTEMD_EMOJI in a UTF-8 and an ASCII locale
const NO_ENV = { LC_ALL: undefined, TERM: undefined };
const envs: Record<string, string>[] = [];
const LOCALES = [undefined, '', 'C', 'C.UTF-8', 'xx_YY.UTF-8', 'xx_YY'];
for (const lcAll of LOCALES) for (const lcCtype of LOCALES) for (const lang of LOCALES) {
  const env: Record<string, string> = { TERM: 'xterm' };
  if (lcAll !== undefined) env['LC_ALL'] = lcAll;
  if (lcCtype !== undefined) env['LC_CTYPE'] = lcCtype;
  if (lang !== undefined) env['LANG'] = lang;
  envs.push(env);
}
for (const extra of [{ LC_MESSAGES: 'xx_YY' }, { LC_IDENTIFICATION: 'xx_YY' }, { LC_PAPER: 'C.UTF-8' }, { LC_MESSAGES: '' }]) {
  envs.push({ TERM: 'xterm', LANG: 'C', ...extra });
}
for (const utf8 of ['1', '0', 'yes', 'OFF', '', 'bogus']) {
  envs.push({ TERM: 'xterm', LANG: 'C', SYSTEMD_UTF8: utf8 }, { TERM: 'xterm', LANG: 'C.UTF-8', SYSTEMD_UTF8: utf8 });
}
for (const term of [undefined, '', 'xterm', 'dumb', 'linux', 'DUMB', 'linux-16color', 'dumb ']) {
  for (const emoji of [undefined, '', '0', '1', 'yes', 'No', 'T', 'off', 'bogus', ' 1']) {
    for (const locale of ['C.UTF-8', 'C', undefined]) {
      const env: Record<string, string> = {};
      if (term !== undefined) env['TERM'] = term;
      if (emoji !== undefined) env['SYSTEMD_EMOJI'] = emoji;
      if (locale !== undefined) env['LC_ALL'] = locale;
      envs.push(env);
    }
  }
}
envs.push({ TERM: 'xterm', LANG: 'C.UTF-8', SYSTEMD_UTF8: '0', SYSTEMD_EMOJI: '1' }, { TERM: 'dumb', LANG: 'C', SYSTEMD_UTF8: '1' });
if (wanted('glyphs')) write('glyphs.json.gz', envs.flatMap((env) => versions.map((version) => {
  const lines = run(version, [], [], { ...NO_ENV, ...env }).trimEnd().split('\n');
  const mark = (name: string): string => (lines.find((l) => l.includes(` ${name} `)) ?? '').split(' ')[0] as string;
  const summary = (lines.at(-1) as string).split(' ');
  return { version, env, good: mark('AmbientCapabilities='), bad: mark('RootDirectory=/RootImage='), arrow: summary[0], face: summary.at(-1) };
})));

// 5. policy descriptions with line breaks: systemd's table prints such a cell over several lines
const POLICIES: readonly Record<string, Record<string, string>>[] = [
  {
    PrivateTmp: { description_bad: 'line one\nline two is longer\tX\nthree' },
    NoNewPrivileges: { description_bad: '\n' },
    PrivateNetwork: { description_bad: 'a\n\nb\n\n' },
    PrivateDevices: { description_bad: 'a\rb\n日本' },
  },
  {
    ProtectHome: { description_bad: 'x\n' + 'L'.repeat(100) },
    RootDirectoryOrRootImage: { description_bad: 'first\nsecond' },
    SupplementaryGroups: { description_na: 'n/a\nreally' },
  },
  // one very wide row, so these are padded: the padding counts TAB differently in 257
  {
    ProtectControlGroups: { description_bad: 'W'.repeat(300) },
    PrivateTmp: { description_bad: 'a\tb' },
    PrivateNetwork: { description_bad: 'a日b' },
    PrivateDevices: { description_bad: 'a\u{1F600}b\u{1F300}' },
    NoNewPrivileges: { description_bad: 'ae\u0301b' },
    LockPersonality: { description_bad: 'a\u0001b\u001b[1m' },
    RestrictRealtime: { description_bad: 'a\u200bb\uff21…' },
    ProtectClock: { description_bad: 'tab\tline\nand\tanother' },
  },
];
if (wanted('policy')) write('policy.json.gz', POLICIES.flatMap((policy) => versions.map((version) => {
  const files = [{ path: 'policy.json', text: JSON.stringify(policy) }];
  const args = ['--security-policy=policy.json'];
  return { version, policy, text: run(version, [], args, {}, files), json: run(version, [], [...args, '--json=short'], {}, files) };
})));
