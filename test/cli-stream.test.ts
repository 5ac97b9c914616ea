/**
 * The CLI printing as it goes (Host.writeStdout, what bin/unitscore.js does for speed, issue 16):
 * what it hands over, followed by what it returns, is byte for byte the stdout of a run without it;
 * stderr and the exit status are the same; it streams only when nothing printed can be taken back.
 * And formatTextLines, the pieces it hands over, joins to formatText.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { testOutputDir } from './support/output-dir.ts';
import { main, type Host } from '../src/cli.ts';
import { analyze, formatText, formatTextLines, glyphsFor, type UnitFile } from '../src/engine/index.ts';
import { unitName } from '../scripts/lib/corpus.ts';
import { uniqueUnits } from '../scripts/bench.ts';
import { memoryHost } from '../scripts/lib/memory-host.ts';
import { ORACLE_ENV } from '../scripts/lib/oracle.ts';

const CWD = '/srv/units';
/** Corpus units with unique names, drop-ins included: enough for widths and descriptions to vary. */
const UNITS = uniqueUnits().slice(0, 120);
const FILES: UnitFile[] = UNITS.flatMap((u) => u.files.map((f) => ({ path: f.path, text: f.text })));
const NAMES = UNITS.map((u) => `./${unitName(u.unit)}`);

/** `main` with a host that takes stdout as it comes: the pieces joined, the result, and how many calls. */
function streamed(argv: readonly string[], host: Host): { printed: string; calls: number; result: ReturnType<typeof main> } {
  const pieces: string[] = [];
  let calls = 0;
  const result = main(argv, {
    ...host,
    writeStdout(p) {
      calls++;
      pieces.push(...p);
    },
  });
  return { printed: pieces.join(''), calls, result };
}

describe('Host.writeStdout', () => {
  const host = memoryHost([...FILES, { path: 'policy.json', text: '{"PrivateTmp": {"weight": 2000}}' }], ORACLE_ENV, CWD);
  // A name given twice (printed twice, read once), a missing file, a name that is no unit's.
  const argv = ['security', '--offline=true', ...NAMES.slice(0, 60), NAMES[3] as string, './missing.service', './not-a-unit', ...NAMES.slice(60)];

  for (const extra of [[], ['--json=short'], ['--systemd=257'], ['--threshold=50']]) {
    it(`hands over the whole stdout as it goes, in order (${extra.join(' ') || 'text'})`, () => {
      const whole = main([...argv, ...extra], host);
      const { printed, calls, result } = streamed([...argv, ...extra], host);
      expect(whole.stdout.length).toBeGreaterThan(100_000);
      expect(printed + result.stdout).toBe(whole.stdout);
      expect(result.stderr).toBe(whole.stderr);
      expect(result.status).toBe(whole.status);
      // Unit by unit, not all at the end.
      expect(calls).toBeGreaterThan(100);
    });
  }

  it('does not stream with a policy (an assertion can still take all of stdout back) nor SARIF', () => {
    for (const extra of [['--security-policy=policy.json'], ['--format=sarif']]) {
      const whole = main([...argv, ...extra], host);
      const { printed, calls, result } = streamed([...argv, ...extra], host);
      expect(calls).toBe(0);
      expect(printed).toBe('');
      expect(result).toEqual(whole);
    }
  });
});

describe('formatTextLines', () => {
  it('joins to formatText, every piece one line with its end', () => {
    const glyphs = glyphsFor(ORACLE_ENV, '262');
    for (const u of UNITS.slice(0, 40)) {
      const analysis = analyze(u.files.map((f) => ({ path: f.path, text: f.text })), { version: '262', unit: unitName(u.unit) });
      if (!analysis.ok) continue;
      const lines = formatTextLines(analysis, glyphs);
      expect(lines.join('')).toBe(formatText(analysis, glyphs));
      for (const line of lines) expect(line.indexOf('\n')).toBe(line.length - 1);
    }
  });

  it('gives the lines of a first formatting when lines made before are given again: other widths, marks, glyphs and versions in turn', async () => {
    // Each table position keeps its lines per set of column widths (up to 16 sets a version): a
    // policy's description of 24 lengths in turn makes more sets than that, and two glyph sets make
    // the same marks of other cells. What each report should print comes from a fresh copy of the
    // formatter that met no more than 12 sets and one glyph set: nothing it keeps is given up or
    // could be mistaken for another.
    const glyphSets = [glyphsFor(ORACLE_ENV, '262'), glyphsFor({ ...ORACLE_ENV, LC_ALL: 'C' }, '262')] as const;
    expect(glyphSets[0].good).not.toBe(glyphSets[1].good);
    const LENGTHS = 24;
    const reports = UNITS.slice(0, 2 * LENGTHS).map((u, i) => {
      const version = i % 5 === 4 ? '257' : '262';
      const policy = { PrivateTmp: { description_bad: `Policy says ${'x'.repeat(70 + (i % LENGTHS))}` } };
      return analyze(u.files.map((f) => ({ path: f.path, text: f.text })), { version, unit: unitName(u.unit), policy });
    });
    const expected = new Map<string, string>();
    for (const [g, glyphs] of glyphSets.entries()) {
      for (const half of [0, 1]) {
        vi.resetModules();
        const fresh = await import('../src/engine/format/text.ts');
        for (const [i, report] of reports.entries()) {
          if (report.ok && Math.floor((i % LENGTHS) / (LENGTHS / 2)) === half) expected.set(`${i} ${g}`, fresh.formatText(report, glyphs));
        }
      }
    }
    const headers = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const [i, report] of reports.entries()) {
        if (!report.ok) continue;
        const g = (i + round) % 2;
        const lines = formatTextLines(report, glyphSets[g]!);
        headers.add(`${report.version} ${lines[0]!}`);
        expect(lines.join('')).toBe(expected.get(`${i} ${g}`));
        expect(formatText(report, glyphSets[g]!)).toBe(expected.get(`${i} ${g}`));
      }
    }
    expect([...headers].filter((h) => h.startsWith('262 ')).length).toBeGreaterThan(16);
  });
});

describe('bin/unitscore.js when its reader goes away', () => {
  it('ends quietly with 141, as systemd-analyze killed by SIGPIPE shows in a shell', () => {
    const dir = mkdtempSync(join(testOutputDir('cli-stream'), 'epipe-'));
    for (const u of UNITS.slice(0, 60)) for (const f of u.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const bin = fileURLToPath(new URL('../bin/unitscore.js', import.meta.url));
    const script = `node ${JSON.stringify(bin)} security --offline=true ${NAMES.slice(0, 60).join(' ')} | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('141\n');
  });
});
