/**
 * Helpers for the format tests: locating the golden corpus, and rebuilding a Report from what the
 * real tool printed (rows from its JSON, overall score from the text's summary line), so the
 * formatters can be asserted to print it back byte for byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ratingFor } from '../../../src/engine/format/rating.ts';
import type { Report, Row, SystemdVersion } from '../../../src/engine/types.ts';
import { bareResolved } from '../../support/resolved.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Recorded fixtures of the format tests (see scripts/record-format-fixtures.ts). */
export const FIXTURES = join(repoRoot, 'test/fixtures/format');

/**
 * The corpus folder: vendored under test/fixtures/corpus if present, else ../shared/corpus (or
 * ../../shared/corpus from a worktree under wt/NAME), else null.
 */
export function corpusDir(): string | null {
  const candidates = [join(repoRoot, 'test/fixtures/corpus'), join(repoRoot, '../shared/corpus'), join(repoRoot, '../../shared/corpus')];
  return candidates.find((dir) => existsSync(join(dir, 'expected-252.jsonl.gz'))) ?? null;
}

/** One line of `expected-VERSION.jsonl.gz`. */
export interface Expectation {
  readonly unit: string;
  readonly text_rc: number;
  readonly json_rc: number;
  readonly text: string;
  readonly json: string;
}

/** The unit lines of one version's expectations (the oracle header line dropped). */
export function loadExpectations(dir: string, version: SystemdVersion): Expectation[] {
  const lines = gunzipSync(readFileSync(join(dir, `expected-${version}.jsonl.gz`))).toString('utf8').split('\n');
  return lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((o) => typeof o['unit'] === 'string') as unknown as Expectation[];
}

/** json_field of every assessor in systemd's table order (the same 81 rows in 252, 257 and 262). */
export function assessorOrder(): readonly string[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'assessor-order.json'), 'utf8')) as string[];
}

interface JsonRow {
  set: boolean | null;
  name: string;
  json_field: string;
  description: string | null;
  exposure: string | null;
}

const SUMMARY = /^(?:→|->) Overall exposure level for (.*): (\d+)\.(\d) ([A-Z]+) (\S+)$/u;

/** What the summary line says: unit id, exposure in tenths, label and face. */
export function parseSummary(text: string): { unitId: string; exposure: number; label: string; face: string } {
  const last = text.trimEnd().split('\n').at(-1) ?? '';
  const m = SUMMARY.exec(last);
  if (m === null) throw new Error(`no summary line in: ${last}`);
  return { unitId: m[1] as string, exposure: Number(m[2]) * 10 + Number(m[3]), label: m[4] as string, face: m[5] as string };
}

/** Reads a gzipped JSON fixture from test/fixtures/format/. */
export function readFixture<T>(name: string): T {
  return JSON.parse(gunzipSync(readFileSync(join(FIXTURES, name))).toString('utf8')) as T;
}

/**
 * The rows of a recorded `--json=short` output, put back into systemd's table order. Weight and
 * range are 1 and badness 0/1/null after `set`; the formatters read none of them.
 */
export function rowsFrom(json: string): Row[] {
  const order = assessorOrder();
  const rows = (JSON.parse(json) as JsonRow[]).map((r): Row => ({
    id: r.json_field,
    name: r.name,
    index: order.indexOf(r.json_field) + 1,
    weight: 1,
    range: 1,
    badness: r.set === null ? null : r.set ? 0 : 1,
    set: r.set,
    exposure: r.exposure === null ? null : Math.round(Number(r.exposure) * 10),
    description: r.description,
    spans: [],
  }));
  if (rows.some((r) => r.index === 0)) throw new Error('unknown json_field in recorded JSON');
  return rows.sort((a, b) => a.index - b.index);
}

/** A Report with the rows of `json` (a `--json=short` output) and the summary line of `text`. */
export function reportFrom(version: SystemdVersion, json: string, text: string): Report {
  const rows = rowsFrom(json);
  const { unitId, exposure } = parseSummary(text);
  return {
    ok: true,
    version,
    mode: 'offline',
    managerLog: [],
    unitId,
    rows,
    badnessSum: rows.filter((r) => r.badness === 1).length,
    weightSum: rows.filter((r) => r.badness !== null).length,
    exposure,
    rating: ratingFor(exposure),
    resolved: bareResolved(),
    diagnostics: [],
  };
}
