/**
 * The command lines the golden cases cannot hold: their harness always ends a run with the unit, so
 * an option missing its value at the very end, and the live-only versions' `--root=` (the live
 * oracle takes none), are checked here. The messages were read from the real analyzers' own
 * argument parsing, which needs no manager (`systemd-analyze security -H`, `… --root=/tmp x.service`
 * of each version); everything else about options is in the golden cases `cli-*-options`.
 */
import { describe, expect, it } from 'vitest';
import { parseSecurityArgs } from '../src/cli-args.ts';
import type { SystemdVersion } from '../src/engine/index.ts';

const OLDER: readonly SystemdVersion[] = ['245', '247', '249', '252', '254', '255', '257'];

describe('parseSecurityArgs', () => {
  it.each(OLDER)('%s: a short option missing its value at the end is glibc getopt\'s complaint', (version) => {
    expect(parseSecurityArgs([`--systemd=${version}`, '-M'])).toEqual({ kind: 'error', text: "systemd-analyze: option requires an argument -- 'M'", logged: false, version });
  });

  it('262: … and systemd\'s own, logged', () => {
    expect(parseSecurityArgs(['-H'])).toEqual({ kind: 'error', text: "systemd-analyze: option '-H' requires an argument", logged: true, version: '262' });
  });

  it.each(['245', '247', '249'] as const)('%s: --root= is for cat-config only', (version) => {
    expect(parseSecurityArgs([`--systemd=${version}`, '--root=/tmp', './x.service'])).toEqual({ kind: 'error', text: 'Option --root is only supported for cat-config right now.', logged: true, version });
  });

  it.each([
    ['a value in the same cluster', ['-qHhost', './x.service']],
    ['a value from the next argument', ['-q', '-H', 'host', './x.service']],
    ['the long form', ['--host=host', './x.service']],
  ])('offline, -H takes %s and changes nothing', (_how, argv) => {
    const parsed = parseSecurityArgs(argv);
    expect('kind' in parsed ? parsed : parsed.files).toEqual(['./x.service']);
  });

  it.each([['-hx'], ['-qh'], ['-h', '--bogus']])('%s prints the usage: -h ends the reading', (...argv) => {
    expect(parseSecurityArgs(argv)).toEqual({ kind: 'usage' });
  });

  it('a lone "-" is a FILE, as getopt leaves it', () => {
    const parsed = parseSecurityArgs(['-', './x.service']);
    expect('kind' in parsed ? parsed : parsed.files).toEqual(['-', './x.service']);
  });
});
