/**
 * Property tests: whatever text, file names, drop-ins and version it gets, `analyze()` returns a
 * value (never throws), every span it returns lies inside its own file's text, the same input gives
 * a deep-equal result, and every report formats. Inputs are arbitrary Unicode (lone surrogates
 * included) and unit-like text from a small grammar, which reaches the parser's corners far more
 * often. `decodePermalink` on arbitrary strings and bytes is covered in
 * test/permalink/decode-errors.test.ts; here only what a mutated real link feeds into the engine.
 * Long runs of the same ideas: `npm run fuzz:engine`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, VERSIONS } from '../../src/engine/index.ts';
import type { Analysis, AnalyzeOptions, SystemdVersion, UnitFile } from '../../src/engine/index.ts';
import { decodePermalink, encodePermalink } from '../../src/permalink/index.ts';
import { formatEverything, spanProblems } from './invariants.ts';
import { checkProperty } from '../support/property.ts';

// Each property takes 1–2 s on an idle machine; a busy CI runner may take several times that.
const SLOW_MACHINE_TIMEOUT = 30_000;

const version = fc.constantFrom<SystemdVersion>(...VERSIONS.map((v) => v.id));
const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: anyChar, maxLength: 400 }));

const piece = fc.constantFrom(
  'yes', 'no', '0', '-1', '/usr/bin/true', '~@mount', '@system-service', 'CAP_SYS_ADMIN', '~CAP_NET_RAW', 'strict', 'tmpfs', 'nobody',
  'root', '%n', '%', '"', "'", '\\', '\\x4', '$X', ':', ';', '#', '=', ' ', '\t', '\u{1F600}', '\uD800', '\u0000', 'a:EPERM', 'AF_INET',
);
const value = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 5 }).map((parts) => parts.join(' '));
const key = fc.oneof(
  fc.constantFrom('ExecStart', 'User', 'DynamicUser', 'PrivateTmp', 'ProtectSystem', 'SystemCallFilter', 'CapabilityBoundingSet',
    'RestrictAddressFamilies', 'PrivateUsers', 'RootDirectory', 'Type', 'Description', 'X-Foo', 'UnknownKey', 'ProtectHome', 'UMask'),
  fc.string({ maxLength: 8 }),
);
const unitLine = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('[Service]', '[Unit]', '[Install]', '[X-Own]', '[Socket]', '[Service', '[]', '[Ser"vice]', ' [Service] ') },
  { weight: 8, arbitrary: fc.tuple(key, fc.constantFrom('=', ' = ', '', '=='), value).map(([k, eq, v]) => `${k}${eq}${v}`) },
  { weight: 2, arbitrary: fc.tuple(key, fc.array(value, { minLength: 1, maxLength: 4 })).map(([k, vs]) => `${k}=${vs.join(' \\\n')}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('#', ';', ' #'), fc.string({ maxLength: 20 }), fc.constantFrom('', '\\')).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '\\', ' ', '\uFEFF[Service]') },
);
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\r', '\0');
// Most texts start as a loadable service, so that the lines after it reach the settings and the scorer.
const loadable = fc.constantFrom('[Service]\nExecStart=/usr/bin/true\n', '[Service]\nExecStart=/usr/bin/true\n', '[Service]\nExecStart=/usr/bin/true\n', '');
const unitLike = fc.tuple(loadable, fc.array(fc.tuple(unitLine, lineBreak), { maxLength: 40 })).map(([start, lines]) => start + lines.flat().join(''));

const unitName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a.service', 'x@.service', 'x@i.service', 'root.service', 'a-b.service', 'a.socket', 'a.timer') },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '.service', 'a/b.service', '@.service', 'a@b@c.service')) },
);
const dropInPath = fc.tuple(
  fc.oneof(fc.constantFrom('a.service.d', 'x@.service.d', 'x@i.service.d', 'service.d', 'a-.service.d', 'other.service.d'), fc.string({ maxLength: 8 })),
  fc.oneof(fc.constantFrom('10-a.conf', 'override.conf', 'x.txt', '.conf'), fc.string({ maxLength: 8 })),
).map(([dir, file]) => `${dir}/${file}`);

/** A unit file named `name` with `text`, plus arbitrary drop-ins (also for other units, and junk). */
const filesOf = (text: fc.Arbitrary<string>): fc.Arbitrary<UnitFile[]> =>
  fc.tuple(unitName, text, fc.array(fc.record({ path: dropInPath, text }), { maxLength: 3 }))
    .map(([path, t, dropIns]) => [{ path, text: t }, ...dropIns]);

// An explicit `unit` is rare: one that names no input file only tests the refusal.
const options: fc.Arbitrary<AnalyzeOptions> = fc.oneof(
  { weight: 9, arbitrary: version.map((v) => ({ version: v })) },
  { weight: 1, arbitrary: fc.record({ version, unit: unitName }) },
);

/** Analyses and checks the invariants; a throw fails the property with the input fast-check shrank to. */
function checkInvariants(files: readonly UnitFile[], opts: AnalyzeOptions): Analysis {
  const analysis = analyze(files, opts);
  expect(spanProblems(files, analysis)).toEqual([]);
  expect(formatEverything(analysis)).toBeGreaterThan(0);
  return analysis;
}

describe.each([
  // Arbitrary UTF-16, lone surrogates included: what a paste can hold.
  ['arbitrary Unicode', filesOf(unicode), 1500],
  // Sections, real and made-up keys, hostile values, continuations, comments, every line break.
  ['unit-like text', filesOf(unitLike), 3000],
])('analyze() on %s', (kind, files, numRuns) => {
  it('never throws, keeps every span inside its file, and every report formats', () => {
    checkProperty(`engine/robustness: ${kind}: invariants`, fc.property(files, options, (f, o) => void checkInvariants(f, o)), { numRuns });
  }, SLOW_MACHINE_TIMEOUT);

  it('is deterministic: the same input gives a deep-equal result', () => {
    checkProperty(
      `engine/robustness: ${kind}: deterministic`,
      fc.property(files, options, (f, o) => {
        expect(analyze(structuredClone(f), o)).toEqual(analyze(f, o));
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  }, SLOW_MACHINE_TIMEOUT);
});

describe('a mutated permalink feeds the engine only what it can take', () => {
  it('decodes to a coded error, or to files that analyze() handles with sound spans', () => {
    const state = fc.record({ files: filesOf(unitLike), version });
    const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'AZaz09-_.~'.split(''), '')), { maxLength: 3 });
    checkProperty(
      'engine/robustness: mutated permalinks',
      fc.property(state, edits, (s, changes) => {
        let link = encodePermalink(s);
        for (const [at, c] of changes) link = link.slice(0, at % (link.length + 1)) + c + link.slice((at % (link.length + 1)) + 1);
        const decoded = decodePermalink(link);
        if (decoded.ok) checkInvariants(decoded.state.files, { version: s.version });
      }),
      { numRuns: 1000 },
    );
  }, SLOW_MACHINE_TIMEOUT);
});

describe('the invariant checks can fail', () => {
  const text = '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n';
  const files = [{ path: 'a.service', text }];
  const withSpan = (span: { file: string; line: number; start: number; end: number }): Analysis => ({
    ok: false, version: '262', mode: 'offline', managerLog: [], unitId: 'a.service', reason: { code: 'x', severity: 'error', span, args: {} }, diagnostics: [],
  });
  it.each([
    ['a span past the end', { file: 'a.service', line: 1, start: 0, end: text.length + 1 }],
    ['a reversed span', { file: 'a.service', line: 1, start: 5, end: 4 }],
    ['a negative start', { file: 'a.service', line: 1, start: -1, end: 4 }],
    ['a file that is not an input', { file: 'b.service', line: 1, start: 0, end: 1 }],
    ['line 0', { file: 'a.service', line: 0, start: 0, end: 1 }],
  ])('%s is reported', (_, span) => {
    expect(spanProblems(files, withSpan(span))).toHaveLength(1);
  });
  it('a real analysis of a sound unit has spans, all sound', () => {
    const analysis = analyze(files);
    expect(analysis.ok && analysis.rows.some((r) => r.spans.length > 0)).toBe(true);
    expect(spanProblems(files, analysis)).toEqual([]);
  });
});
