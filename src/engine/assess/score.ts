/**
 * Scoring with systemd's unsigned integer arithmetic: one loop over the assessor table, ceilings
 * where systemd takes them, N/A rows left out of both sums. Exposures are kept in tenths (0–100).
 * The loops over every row and field are indexed: in code V8 has not fully optimized (most of a CLI
 * run), a for-of makes an object per step (5 MB in a run of 1,500 units).
 */
import type { PolicyEntry, Row, SecurityPolicy, Span } from '../types.ts';
import type { Field, LoadState } from '../settings/state.ts';
import { assessorsFor, type Assessor } from './assessors.ts';
import { checkFields, compileCheck, type CheckInput, type Verdict } from './checks.ts';

/** `ceil(a / b)` for non-negative integers, as systemd's DIV_ROUND_UP. */
function divRoundUp(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/**
 * What a row adds to the badness sum: ceil(badness·weight/range), as systemd adds it up; 0 for a
 * good row (badness 0) and for an N/A row, which counts in neither sum.
 */
export function contribution(row: Pick<Row, 'badness' | 'weight' | 'range'>): number {
  return contributionOf(row.badness, row.weight, row.range);
}

/** {@link contribution} of a row's three numbers, for the scoring loop (no object per row). */
function contributionOf(badness: number | null, weight: number, range: number): number {
  return badness === null || badness === 0 ? 0 : divRoundUp(badness * weight, range);
}

/**
 * The overall exposure in tenths (0–100) of a badness sum over a weight sum: ceil(sum·100/weights),
 * as systemd divides; 0 when no row applies (`weightSum` 0).
 */
export function exposureOf(badnessSum: number, weightSum: number): number {
  return weightSum === 0 ? 0 : divRoundUp(badnessSum * 100, weightSum);
}

/** The rows and sums of one scored unit. */
export interface Scored {
  readonly rows: Row[];
  readonly badnessSum: number;
  readonly weightSum: number;
  /** 0–100. */
  readonly exposure: number;
}

/** Picks the description; systemd compares with the table's own range even when a policy changes it. */
function describe(a: AssessorPlan, policy: PolicyEntry | undefined, badness: number | null, dynamic: string | undefined): string | null {
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

/**
 * What scoring needs of one assessor, worked out once per table. The assessor's own fields are
 * copied in: the table's records come in six shapes (optional descriptions and flags), so reading
 * them in the loop goes through V8's slow megamorphic property look-ups; these plans all have one
 * shape.
 */
interface AssessorPlan {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  readonly range: number;
  readonly good: string | undefined;
  readonly bad: string | undefined;
  readonly na: string | undefined;
  readonly defaultDependenciesOnly: boolean;
  readonly check: (input: CheckInput) => Verdict;
  /** The state fields the check reads: their assignments are the lines that decided the row. */
  readonly fields: readonly Field[];
  /**
   * Rows whose checks read the same state fields share one number here (26 capability rows, 11
   * syscall rows…): the assignments to those fields are the lines that decided the row.
   */
  readonly fieldGroup: number;
}

interface TablePlan {
  readonly assessors: readonly AssessorPlan[];
  readonly fieldGroups: number;
}

const plans = new WeakMap<readonly Assessor[], TablePlan>();

function planFor(table: readonly Assessor[]): TablePlan {
  let plan = plans.get(table);
  if (plan === undefined) {
    const groups = new Map<string, number>();
    const assessors = table.map((a): AssessorPlan => {
      const fields = checkFields(a.check);
      const key = fields.join(',');
      let fieldGroup = groups.get(key);
      if (fieldGroup === undefined) groups.set(key, (fieldGroup = groups.size));
      return {
        id: a.id, name: a.name, weight: a.weight, range: a.range, good: a.good, bad: a.bad, na: a.na,
        defaultDependenciesOnly: a.defaultDependenciesOnly === true, check: compileCheck(a.check), fields, fieldGroup,
      };
    });
    plans.set(table, (plan = { assessors, fieldGroups: groups.size }));
  }
  return plan;
}

/** The spans of the assignments to `fields`, deduplicated, in file order within each file. */
function collectSpans(state: LoadState, fields: readonly Field[]): readonly Span[] {
  let spans: Span[] | null = null;
  let shared = true; // `spans` is still the state's own list of one field
  for (let i = 0; i < fields.length; i++) {
    const some = state.spans.get(fields[i] as Field);
    if (some === undefined || some.length === 0) continue;
    if (spans === null) spans = some;
    else {
      if (shared) spans = [...spans];
      shared = false;
      for (const span of some) spans.push(span);
    }
  }
  if (spans === null) return NO_SPANS;
  if (inOneFileInOrder(spans)) return spans; // what the general case below would leave unchanged
  if (inOneFile(spans)) return byStart(spans);
  const unique = [...new Map(spans.map((s) => [`${s.file}:${s.start}`, s])).values()];
  return unique.sort((x, y) => (x.file === y.file ? x.start - y.start : 0));
}

/** True when every span is in the same file. */
function inOneFile(spans: readonly Span[]): boolean {
  for (const span of spans) if (span.file !== (spans[0] as Span).file) return false;
  return true;
}

/**
 * What the general case of {@link collectSpans} gives for spans of one file, without its keyed map,
 * which is slow for the common case of a row decided by two settings written out of table order
 * (IPAddressAllow= before IPAddressDeny=): sorted by start, and of spans starting alike the last one listed.
 */
function byStart(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start); // stable: equal starts keep their order
  return sorted.filter((span, i) => i + 1 === sorted.length || (sorted[i + 1] as Span).start !== span.start);
}

/** True when every span is in the same file, each starting after the one before: no duplicates, nothing to sort. */
function inOneFileInOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1] as Span;
    const span = spans[i] as Span;
    if (span.file !== before.file || span.start <= before.start) return false;
  }
  return true;
}

/** A row while the table is scored: its exposure needs the weight sum of all rows. */
type Scoring = { -readonly [K in keyof Row]: Row[K] };

/**
 * Scores the rows of `table` that the profile's version has (see `assessorsFor()`) for the loaded
 * unit, applying `policy` overrides. Row `index` is the position in that version's table, from 1.
 */
export function score(table: readonly Assessor[], input: CheckInput, policy: SecurityPolicy = {}): Scored {
  const versionTable = assessorsFor(input.profile.version, table);
  const plan = planFor(versionTable);
  // Looking 81 ids up in an empty policy is not free: skip it when there is nothing to find.
  const overrides = Object.keys(policy).length === 0 ? null : policy;
  const spansByGroup = new Array<readonly Span[] | undefined>(plan.fieldGroups);
  const rows = new Array<Scoring>(versionTable.length);
  let badnessSum = 0;
  let weightSum = 0;
  for (let i = 0; i < versionTable.length; i++) {
    const assessor = plan.assessors[i] as AssessorPlan;
    const p = overrides === null ? undefined : overrides[assessor.id];
    const weight = p?.weight ?? assessor.weight;
    const range = p?.range ?? assessor.range;
    let badness: number | null;
    let dynamic: string | undefined;
    if (assessor.defaultDependenciesOnly && !input.state.defaultDependencies) {
      badness = null;
      dynamic = input.profile.specialBootPhaseDescription;
    } else if (weight === 0) {
      badness = null;
      dynamic = 'Option excluded by policy, skipping';
    } else {
      const verdict = assessor.check(input);
      badness = verdict.badness;
      dynamic = verdict.description;
    }
    // N/A rows are left out of both sums.
    if (badness !== null) {
      badnessSum += contributionOf(badness, weight, range);
      weightSum += weight;
    }
    rows[i] = {
      id: assessor.id,
      name: assessor.name,
      index: i + 1,
      weight,
      range,
      badness,
      set: badness === null ? null : badness === 0,
      exposure: null, // below, once the weight sum is known
      description: describe(assessor, p, badness, dynamic),
      spans: (spansByGroup[assessor.fieldGroup] ??= collectSpans(input.state, assessor.fields)),
    };
  }
  const exposure = exposureOf(badnessSum, weightSum);
  if (weightSum > 0) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Scoring;
      if (row.badness !== null && row.badness !== 0) row.exposure = divRoundUp(divRoundUp(row.badness * row.weight * 100, row.range), weightSum);
    }
  }
  return { rows, badnessSum, weightSum, exposure };
}
