/**
 * Every lesson step, on every version and mode, through the real engine: the step's start does not meet its
 * goals, its solution meets all of them, and its constraints hold from the start (a constraint the
 * starter breaks would be a goal in disguise). Placeholders must name real steps.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGoals } from '../../src/lessons/goals.ts';
import { walkSteps } from '../../src/lessons/lesson.ts';
import { placeholdersIn } from '../../src/lessons/placeholders.ts';
import { loadLessons } from './content.ts';
import { analyze, assessorTable, profileFor, VERSIONS, type AnalysisMode, type SystemdVersion } from '../../src/engine/index.ts';

const lessons = loadLessons();
const cases = lessons.flatMap((lesson) =>
  walkSteps(lesson.data).flatMap(({ step, start, solved }) =>
    VERSIONS.flatMap(({ id: version, modes }) => modes.map((mode) => ({ name: `${lesson.file} › ${step.id} › ${version} ${mode}`, step, start, solved, version, mode }))),
  ),
);

describe('lesson content', () => {
  it('has at least eight lessons with distinct orders', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(8);
    expect(new Set(lessons.map((l) => l.data.order)).size).toBe(lessons.length);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s: step ids are unique and placeholders name steps', (_f, lesson) => {
    const ids = lesson.data.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = lesson.data.steps.flatMap((s) => placeholdersIn(s.prose)).map((p) => p.ref);
    for (const ref of refs) expect(['start', ...ids]).toContain(ref);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s: prose never types a score', (_f, lesson) => {
    // "x.y" numbers in prose must come from placeholders. Allowed: the walkthrough's own figures,
    // quoted in the article lesson's comparison table and its "printed" sentence, and the OK band's
    // boundary ("below 5.0"), which is a target, not a score.
    for (const step of lesson.data.steps) {
      const prose = step.prose.split('\n').filter((line) => !/^\s*\|/.test(line) && !/printed 9\.6/.test(line)).join('\n').replace(/below 5\.0/g, '');
      expect(prose.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/(?<![0-9.])(?:10|[0-9])\.[0-9](?![0-9.])/);
    }
  });
});

/**
 * Rows a step cannot move on `version` asked in `mode`: rows the version lacks (245: ProtectProc=,
 * ProcSubset=) and, live, rows whose setting the manager does not export (245: ProtectClock=).
 */
function unreachableRows(version: SystemdVersion, mode: AnalysisMode): Set<string> {
  const rows = new Set(assessorTable(version).map((a) => a.id));
  const hidden = profileFor(version, mode).mode === 'live' ? profileFor(version, mode).liveUnexported.map((f) => f[0]!.toUpperCase() + f.slice(1)) : [];
  return new Set([...hidden, ...['ProtectProc', 'ProcSubset', 'ProtectClock'].filter((id) => !rows.has(id))]);
}

describe('lesson steps against the engine', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { step, start, solved, version, mode }) => {
    const before = evaluateGoals(step.goals, analyze(start, { version, mode }), start);
    const after = evaluateGoals(step.goals, analyze(solved, { version, mode }), solved);
    const unreachable = unreachableRows(version, mode);
    if (step.goals.some((g) => 'row' in g && unreachable.has(String(g.row)))) {
      // Out of reach there: the solution must indeed leave such a goal unmet (else the exclusion is stale).
      expect(after.some((r) => !r.met), 'a step marked out of reach is solvable').toBe(true);
      return;
    }
    expect(after.filter((r) => !r.met), 'solution leaves goals unmet').toEqual([]);
    expect(before.every((r) => r.met), 'the start already meets every goal').toBe(false);
    expect(before.filter((r) => r.goal.constraint === true && !r.met), 'constraints broken at the start').toEqual([]);
  });
});
