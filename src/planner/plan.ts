/**
 * The planner's search: from a unit and what it needs to the drop-in that reaches an exposure
 * target with the settings least likely to break it. Every score comes from the engine analysing
 * the unit with the drop-in as written, so what the planner predicts is what systemd prints.
 */
import { analyze, assessorTable, type Analysis, type AnalysisMode, type AnalyzeOptions, type Report, type SystemdVersion, type UnitFile } from '../engine/index.ts';
import { candidatesFor, type Candidate, type CandidateContext, type CandidateLine, type Tier } from './candidates.ts';
import { renderDropIn, dropInPathFor, type DropInEntry } from './drop-in.ts';
import { headerLines } from './messages.ts';
import { blockedCandidates, keptCapabilities, keptFamilies, keptSyscallGroups, type NeedId, type NeedSet } from './needs.ts';
import type { PlannedDropIn } from './types.ts';

/** What to plan for. */
export interface PlanInput {
  /** The unit and its drop-ins, as for the engine's `analyze()`. A drop-in named `hardening.conf` is the previous plan: it is left out. */
  readonly files: readonly UnitFile[];
  /** The unit's path among `files`; default: the first file whose path has no `/`. */
  readonly unit?: string;
  readonly version: SystemdVersion;
  readonly mode: AnalysisMode;
  /** The exposure to reach or beat, in tenths (20 = 2.0). */
  readonly target: number;
  readonly needs: NeedSet;
}

/** One step of the path: a candidate taken, and the exposure (tenths) with it and all before it. */
export interface PlanStep {
  readonly candidate: string;
  readonly tier: Tier;
  readonly lines: readonly CandidateLine[];
  readonly exposure: number;
}

/** A need that keeps the target out of reach, and the lowest exposure without it. */
export interface Blocker {
  readonly need: NeedId;
  /** The lowest exposure (tenths) the planner reaches when this need is dropped. */
  readonly floorWithout: number;
}

/** A plan for a unit the engine could analyse. */
export interface Plan {
  readonly ok: true;
  /** The analysis without the planner's drop-in. */
  readonly before: Report;
  /**
   * Every step that lowers the exposure, in the order taken (lowest tier first, then largest gain):
   * the path a user can stop anywhere on. It goes past the target, down to the lowest reachable.
   */
  readonly steps: readonly PlanStep[];
  /** How many steps the drop-in takes: the first prefix of `steps` that meets the target, or all of them. */
  readonly taken: number;
  /** The drop-in of the first `taken` steps. */
  readonly dropIn: PlannedDropIn;
  /** The analysis with the drop-in: its exposure is what systemd will print. */
  readonly after: Report;
  /** Whether `after` meets the target. */
  readonly met: boolean;
  /** When not met: each need whose removal lowers the floor, lowest floor first. Empty when met. */
  readonly blockers: readonly Blocker[];
}

/** A unit the engine refuses (or cannot find): nothing to plan. */
export interface PlanRefused {
  readonly ok: false;
  readonly analysis: Analysis;
}

/** The unit's path among `files`, as the engine picks it by default. */
function unitPathOf(files: readonly UnitFile[], unit: string | undefined): string {
  return unit ?? files.find((f) => !f.path.includes('/'))?.path ?? '';
}

/** A comparable score finer than tenths: badness per weight, so steps below a tenth still count. */
const fineScore = (report: Report): number => (report.weightSum === 0 ? 0 : report.badnessSum / report.weightSum);

const messageCount = (analysis: Analysis): number => analysis.diagnostics.length + analysis.managerLog.length;

/** Everything fixed for one unit while the search runs. */
interface SearchSpace {
  readonly base: readonly UnitFile[];
  readonly unitPath: string;
  readonly dropInPath: string;
  readonly input: PlanInput;
  readonly candidates: readonly Candidate[];
  readonly order: ReadonlyMap<string, number>;
  readonly baseline: Report;
  readonly options: AnalyzeOptions;
}

/** Each candidate's lines in a context, computed once: a walk renders them for every trial. */
function linesIn(space: SearchSpace, context: CandidateContext): Map<string, readonly CandidateLine[]> {
  return new Map(space.candidates.map((c) => [c.id, c.lines(context)]));
}

/** The drop-in entries of the `chosen` candidates, in the table's order. */
function entriesOf(space: SearchSpace, chosen: ReadonlySet<string>, lines: ReadonlyMap<string, readonly CandidateLine[]>): DropInEntry[] {
  return space.candidates.filter((c) => chosen.has(c.id)).map((c) => ({ note: c.note, lines: lines.get(c.id) ?? [] }));
}

/** The unit with `entries` as its hardening drop-in (comments do not change a score), analysed. */
function analyseWith(space: SearchSpace, entries: readonly DropInEntry[]): Analysis {
  const dropIn = renderDropIn(space.unitPath, entries);
  const files = dropIn.assignments.length === 0 ? space.base : [...space.base, { path: space.dropInPath, text: dropIn.text }];
  return analyze(files, space.options);
}

/**
 * Whether a trial is usable: the engine still analyses the unit and the drop-in adds no message
 * (an unknown setting, a value the version refuses): the oracle must take it without a warning.
 */
function usable(space: SearchSpace, analysis: Analysis): analysis is Report {
  return analysis.ok && messageCount(analysis) === messageCount(space.baseline);
}

/** The context candidates compute their lines from. */
function contextFor(needs: NeedSet, baseline: Report, input: PlanInput): CandidateContext {
  return {
    needs,
    keptCapabilities: keptCapabilities(needs),
    keptFamilies: keptFamilies(needs),
    keptSyscallGroups: keptSyscallGroups(needs),
    ambient: baseline.resolved.ambientCapabilities,
    table: assessorTable(input.version),
  };
}

/** Walks the tiers, taking every candidate that lowers the score, largest gain first within a tier. */
function walk(space: SearchSpace, needs: NeedSet): PlanStep[] {
  const lines = linesIn(space, contextFor(needs, space.baseline, space.input));
  const blocked = blockedCandidates(needs);
  const allowed = space.candidates.filter((c) => !blocked.has(c.id) && (lines.get(c.id)?.length ?? 0) > 0);
  const chosen = new Set<string>();
  const steps: PlanStep[] = [];
  let current = fineScore(space.baseline);
  for (const tier of [0, 1, 2, 3] as const) {
    const trials = allowed
      .filter((c) => c.tier === tier)
      .map((c) => {
        const analysis = analyseWith(space, entriesOf(space, new Set([...chosen, c.id]), lines));
        return { candidate: c, score: usable(space, analysis) ? fineScore(analysis) : Infinity };
      })
      .filter((t) => t.score < current)
      .sort((a, b) => a.score - b.score || (space.order.get(a.candidate.id) ?? 0) - (space.order.get(b.candidate.id) ?? 0));
    for (const { candidate } of trials) {
      const next = new Set(chosen);
      next.add(candidate.id);
      for (const replaced of candidate.replaces) next.delete(replaced);
      const analysis = analyseWith(space, entriesOf(space, next, lines));
      if (!usable(space, analysis) || fineScore(analysis) >= current) continue;
      chosen.clear();
      for (const id of next) chosen.add(id);
      current = fineScore(analysis);
      steps.push({ candidate: candidate.id, tier, lines: lines.get(candidate.id) ?? [], exposure: analysis.exposure });
    }
  }
  return steps;
}

/** The candidates chosen after the first `count` steps (later steps may replace earlier ones). */
function chosenAfter(steps: readonly PlanStep[], count: number, candidates: readonly Candidate[]): Set<string> {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const chosen = new Set<string>();
  for (const step of steps.slice(0, count)) {
    chosen.add(step.candidate);
    for (const replaced of byId.get(step.candidate)?.replaces ?? []) chosen.delete(replaced);
  }
  return chosen;
}

/**
 * Plans a hardening drop-in for the unit among `input.files`. Never throws; a unit the engine
 * refuses gives `{ ok: false }` with that analysis. When the unit already meets the target the
 * drop-in is empty (`taken` 0) but `steps` still shows how much lower it could go.
 */
export function plan(input: PlanInput): Plan | PlanRefused {
  const unitPath = unitPathOf(input.files, input.unit);
  const dropInPath = dropInPathFor(unitPath);
  const base = input.files.filter((f) => f.path !== dropInPath);
  const options: AnalyzeOptions = { version: input.version, mode: input.mode, ...(input.unit === undefined ? {} : { unit: input.unit }) };
  const baseline = analyze(base, options);
  if (!baseline.ok) return { ok: false, analysis: baseline };
  const candidates = candidatesFor(assessorTable(input.version));
  const space: SearchSpace = { base, unitPath, dropInPath, input, candidates, order: new Map(candidates.map((c, i) => [c.id, i])), baseline, options };
  const steps = walk(space, input.needs);
  const reached = baseline.exposure <= input.target ? 0 : steps.findIndex((s) => s.exposure <= input.target) + 1;
  const taken = reached === 0 && baseline.exposure > input.target ? steps.length : reached;
  const entries = entriesOf(space, chosenAfter(steps, taken, candidates), linesIn(space, contextFor(input.needs, baseline, input)));
  const analysis = analyseWith(space, entries);
  // Every step was checked usable when taken, and the prefix is a state the walk passed through.
  const after = analysis.ok ? analysis : baseline;
  const met = after.exposure <= input.target;
  const floor = steps.at(-1)?.exposure ?? baseline.exposure;
  const dropIn = renderDropIn(unitPath, entries, headerLines({ unit: unitPath, version: input.version, mode: input.mode, target: input.target, needs: input.needs, before: baseline.exposure, after: after.exposure }));
  return { ok: true, before: baseline, steps, taken, dropIn, after, met, blockers: met ? [] : blockersOf(space, input, floor) };
}

/** For an unmet target: the lowest exposure without each stated need, for the needs that lower it. */
function blockersOf(space: SearchSpace, input: PlanInput, floor: number): Blocker[] {
  const floorOf = (steps: readonly PlanStep[]): number => steps.at(-1)?.exposure ?? space.baseline.exposure;
  const blockers: Blocker[] = [];
  for (const need of input.needs.needs) {
    const without = new Set(input.needs.needs);
    without.delete(need);
    const floorWithout = floorOf(walk(space, { needs: without, writes: need === 'writes' ? [] : input.needs.writes }));
    if (floorWithout < floor) blockers.push({ need, floorWithout });
  }
  return blockers.sort((a, b) => a.floorWithout - b.floorWithout);
}
