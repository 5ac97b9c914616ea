/**
 * Scoring with systemd's unsigned integer arithmetic: one loop over the assessor table, ceilings
 * where systemd takes them, N/A rows left out of both sums. Exposures are kept in tenths (0–100).
 */
import type { PolicyEntry, Row, SecurityPolicy, Span } from '../types.ts';
import type { Field, LoadState } from '../settings/state.ts';
import type { Assessor } from './assessors.ts';
import { checkFields, runCheck, type CheckInput } from './checks.ts';

/** `ceil(a / b)` for non-negative integers, as systemd's DIV_ROUND_UP. */
function divRoundUp(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** The rows and sums of one scored unit. */
export interface Scored {
  readonly rows: Row[];
  readonly badnessSum: number;
  readonly weightSum: number;
  /** 0–100. */
  readonly exposure: number;
}

interface Pending {
  readonly assessor: Assessor;
  readonly index: number;
  readonly weight: number;
  readonly range: number;
  readonly badness: number | null;
  readonly description: string | null;
  readonly spans: readonly Span[];
}

/** Picks the description; systemd compares with the table's own range even when a policy changes it. */
function describe(a: Assessor, policy: PolicyEntry | undefined, badness: number | null, dynamic: string | undefined): string | null {
  if (dynamic !== undefined) return dynamic;
  const good = policy?.description_good ?? a.good;
  const bad = policy?.description_bad ?? a.bad;
  const na = policy?.description_na ?? a.na;
  if (badness === null) return na ?? null;
  if (badness === a.range) return bad ?? null;
  if (badness === 0) return good ?? null;
  return null;
}

const NO_SPANS: readonly Span[] = Object.freeze([]);

/** The state fields each assessor reads (and a key naming that list), worked out once per table. */
const fieldsOf = new WeakMap<Assessor, { readonly fields: readonly Field[]; readonly key: string }>();

/**
 * The lines that decided assessor `a`. Many rows read the same fields (26 capability rows, 11
 * syscall rows…), so results are shared through `memo` within one scoring.
 */
function spansOf(state: LoadState, a: Assessor, memo: Map<string, readonly Span[]>): readonly Span[] {
  let entry = fieldsOf.get(a);
  if (entry === undefined) {
    const fields = checkFields(a.check);
    fieldsOf.set(a, (entry = { fields, key: fields.join(',') }));
  }
  let spans = memo.get(entry.key);
  if (spans === undefined) memo.set(entry.key, (spans = collectSpans(state, entry.fields)));
  return spans;
}

function collectSpans(state: LoadState, fields: readonly Field[]): readonly Span[] {
  let spans: Span[] | null = null;
  for (const f of fields) {
    const some = state.spans[f];
    if (some !== undefined && some.length > 0) (spans ??= []).push(...some);
  }
  if (spans === null) return NO_SPANS;
  if (spans.length <= 1) return spans;
  const unique = [...new Map(spans.map((s) => [`${s.file}:${s.start}`, s])).values()];
  return unique.sort((x, y) => (x.file === y.file ? x.start - y.start : 0));
}

/** Scores every assessor of `table` for the loaded unit, applying `policy` overrides. */
export function score(table: readonly Assessor[], input: CheckInput, policy: SecurityPolicy = {}): Scored {
  const memo = new Map<string, readonly Span[]>();
  const pending: Pending[] = table.map((assessor, i) => {
    const p = policy[assessor.id];
    const weight = p?.weight ?? assessor.weight;
    const range = p?.range ?? assessor.range;
    let badness: number | null;
    let dynamic: string | undefined;
    if (assessor.defaultDependenciesOnly === true && !input.state.defaultDependencies) {
      badness = null;
      dynamic = 'Service runs in special boot phase, option is not appropriate';
    } else if (weight === 0) {
      badness = null;
      dynamic = 'Option excluded by policy, skipping';
    } else {
      const verdict = runCheck(assessor.check, input);
      badness = verdict.badness;
      dynamic = verdict.description;
    }
    return { assessor, index: i + 1, weight, range, badness, description: describe(assessor, p, badness, dynamic), spans: spansOf(input.state, assessor, memo) };
  });

  let badnessSum = 0;
  let weightSum = 0;
  for (const r of pending) {
    if (r.badness === null) continue;
    badnessSum += divRoundUp(r.badness * r.weight, r.range);
    weightSum += r.weight;
  }
  const exposure = weightSum === 0 ? 0 : divRoundUp(badnessSum * 100, weightSum);

  const rows: Row[] = pending.map((r) => ({
    id: r.assessor.id,
    name: r.assessor.name,
    index: r.index,
    weight: r.weight,
    range: r.range,
    badness: r.badness,
    set: r.badness === null ? null : r.badness === 0,
    exposure: r.badness === null || r.badness === 0 || weightSum === 0 ? null : divRoundUp(divRoundUp(r.badness * r.weight * 100, r.range), weightSum),
    description: r.description,
    spans: r.spans,
  }));
  return { rows, badnessSum, weightSum, exposure };
}
