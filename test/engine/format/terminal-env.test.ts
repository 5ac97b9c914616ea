/**
 * How the environment and the streams decide the terminal (`terminalFor()`), as a table. Each row
 * is one of the environments the oracles were recorded in (scripts/lib/terminal-envs.ts; their
 * output is checked byte for byte by test/terminal-golden.test.ts), reduced to what it decides.
 */
import { describe, expect, it } from 'vitest';
import { parseColumns, terminalFor, type Streams } from '../../../src/engine/format/terminal-env.ts';
import type { Terminal } from '../../../src/engine/format/terminal.ts';
import type { SystemdVersion } from '../../../src/engine/types.ts';

const BASE = { LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' };
const PIPE: Streams = { stdoutIsTTY: false, stderrIsTTY: false, columns: null };
const TTY: Streams = { stdoutIsTTY: true, stderrIsTTY: true, columns: 80 };
const OFF = { colors: 'off', underline: false, urlify: false } as const;
const ON256 = { colors: '256', underline: true, urlify: true } as const;

describe('terminalFor', () => {
  it.each<[string, SystemdVersion, Record<string, string | undefined>, Streams, Partial<Terminal>]>([
    // Into a file or pipe
    ['a pipe: plain, whatever the width says', '262', { COLUMNS: '40' }, PIPE, { ...OFF, width: null }],
    ['a pipe with SYSTEMD_COLORS=1: all colours, links, no fitting', '252', { SYSTEMD_COLORS: '1' }, PIPE, { colors: 'on', underline: true, urlify: true, width: null }],
    ['SYSTEMD_COLORS=yes is a boolean too', '247', { SYSTEMD_COLORS: 'yes' }, PIPE, { colors: 'on', urlify: true }],
    ['SYSTEMD_COLORS=16 from 249', '249', { SYSTEMD_COLORS: '16' }, PIPE, { colors: '16', urlify: true }],
    ['SYSTEMD_COLORS=16 is no boolean in 245', '245', { SYSTEMD_COLORS: '16' }, PIPE, OFF],
    ['SYSTEMD_COLORS=256', '252', { SYSTEMD_COLORS: '256' }, PIPE, { colors: '256' }],
    ['SYSTEMD_COLORS=24bit is not understood by 252', '252', { SYSTEMD_COLORS: '24bit' }, PIPE, OFF],
    ['SYSTEMD_URLIFY=1 links without colours', '262', { SYSTEMD_URLIFY: '1' }, PIPE, { colors: 'off', urlify: true }],
    ['SYSTEMD_URLIFY=0 keeps the colours, drops the links', '262', { SYSTEMD_COLORS: '1', SYSTEMD_URLIFY: '0' }, PIPE, { colors: 'on', urlify: false }],
    // At a terminal
    ['a terminal: 256 colours, underline, links, its width', '262', {}, TTY, { ...ON256, width: 80 }],
    ['245 and 247 have no colour modes: on', '245', {}, TTY, { colors: 'on', underline: true, urlify: true }],
    ['COLUMNS wins over the terminal', '262', { COLUMNS: '200' }, TTY, { width: 200 }],
    ['COLUMNS that is no number: the terminal', '262', { COLUMNS: '40x' }, TTY, { width: 80 }],
    ['COLUMNS=0: the terminal', '262', { COLUMNS: '0' }, TTY, { width: 80 }],
    ['COLUMNS above 65535: the terminal', '262', { COLUMNS: '70000' }, TTY, { width: 80 }],
    ['a terminal of unknown width: 80', '262', {}, { ...TTY, columns: null }, { width: 80 }],
    ['NO_COLOR, even empty: no colours, no links', '262', { NO_COLOR: '' }, TTY, { ...OFF, width: 80 }],
    ['NO_COLOR with SYSTEMD_URLIFY=1: links only', '262', { NO_COLOR: '1', SYSTEMD_URLIFY: '1' }, TTY, { colors: 'off', urlify: true }],
    ['TERM=dumb', '262', { TERM: 'dumb' }, TTY, OFF],
    ['TERM unset', '262', { TERM: undefined }, TTY, OFF],
    ['TERM=dumb loses to SYSTEMD_COLORS=1', '262', { TERM: 'dumb', SYSTEMD_COLORS: '1' }, TTY, { colors: 'on' }],
    ['TERM=linux: colours without underline', '262', { TERM: 'linux' }, TTY, { colors: '256', underline: false, urlify: true }],
    ['SYSTEMD_COLORS=0 at a terminal', '262', { SYSTEMD_COLORS: '0' }, TTY, { ...OFF, width: 80 }],
    ['COLORTERM=truecolor: 24 bits (252+)', '252', { COLORTERM: 'truecolor' }, TTY, { colors: '24bit' }],
    ['COLORTERM=truecolor: 256 in 249', '249', { COLORTERM: 'truecolor' }, TTY, { colors: '256' }],
    ['SYSTEMD_COLORS wins over COLORTERM', '262', { SYSTEMD_COLORS: '16', COLORTERM: '24bit' }, TTY, { colors: '16' }],
    ['only stdout a terminal (2>file): no colours, but fitted', '262', {}, { ...TTY, stderrIsTTY: false, columns: 40 }, { ...OFF, width: 40 }],
    ['only stderr a terminal (| less): plain', '262', {}, { ...TTY, stdoutIsTTY: false, columns: null }, { ...OFF, width: null }],
    ['an ASCII locale', '262', { LC_ALL: 'C' }, TTY, { utf8: false }],
    ['a UTF-8 locale', '262', {}, TTY, { utf8: true }],
  ])('%s (%s)', (_what, version, env, streams, want) => {
    expect(terminalFor({ ...BASE, ...env }, streams, version)).toMatchObject(want);
  });
});

describe('parseColumns (systemd safe_atoi)', () => {
  it.each<[string, SystemdVersion, number | null]>([
    ['40', '262', 40],
    ['  40', '262', 40],
    ['+40', '262', 40],
    ['-40', '262', -40],
    ['0x28', '262', 40],
    ['050', '262', 40],
    ['0o50', '262', 40],
    ['0b101000', '262', 40],
    ['0b101000', '245', null],
    ['40 ', '262', null],
    ['40x', '262', null],
    ['', '262', null],
    ['08', '262', null],
  ])('%j on %s → %s', (value, version, want) => {
    expect(parseColumns(value, version)).toBe(want);
  });
});
