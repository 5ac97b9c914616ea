/** What the planner panel shows of a plan: the summary, the path's rows and the announcement. */
import { describe, expect, it } from 'vitest';
import { formatPath, isNeedsError, parseNeeds, plan, type Plan } from '../../src/planner/index.ts';
import { floorOf, pathRows, planAnnouncement, planSummary } from '../../src/state/planner-view.ts';

const UNIT = { path: 'web.service', text: '[Service]\nExecStart=/usr/bin/web\n' };

function planFor(needs: string, target: number): Plan {
  const set = parseNeeds(needs);
  if (isNeedsError(set)) throw new Error(needs);
  const p = plan({ files: [UNIT], version: '262', mode: 'live', target, needs: set });
  if (!p.ok) throw new Error('refused');
  return p;
}

describe('pathRows', () => {
  it.each([
    // [needs, target]
    ['batch', 30],
    ['network-server', 20],
    ['network-server', 0], // out of reach: every step is in the drop-in, none meets the target
    ['batch', 100], // already met: no step is in the drop-in
  ] as const)('%s to %i: one row per step, the drop-in\'s prefix marked, as the CLI\'s path view', (needs, target) => {
    const p = planFor(needs, target);
    const rows = pathRows(p);
    expect(rows).toHaveLength(p.steps.length);
    expect(rows.filter((r) => r.inDropIn)).toHaveLength(p.taken);
    expect(rows.filter((r) => r.meetsTarget).map((r) => r.step)).toEqual(p.met && p.taken > 0 ? [p.taken] : []);
    // The CLI prints the same steps, exposures and risks (line 2 onwards: step 1 and on).
    const cli = formatPath(p).trimEnd().split('\n').slice(2).map((l) => l.split(/\s{2,}/));
    expect(rows.map((r) => [String(r.step), r.exposure, r.risk])).toEqual(cli.map((c) => c.slice(0, 3)));
    expect(rows.map((r) => r.lines.join(' + '))).toEqual(cli.map((c) => c.slice(3).join('  ').replace(/\s+<- target met$/, '')));
  });
});

describe('planSummary and planAnnouncement', () => {
  it('a met target', () => {
    const p = planFor('batch', 30);
    const s = planSummary(p, 30);
    expect(s.met).toBe(true);
    expect(s.unmet).toBeNull();
    expect(Number(s.after.exposure)).toBeLessThanOrEqual(3);
    expect(s.lines).toBe(p.dropIn.assignments.length);
    expect(planAnnouncement(p, 30)).toBe(`Plan: ${s.before.exposure} ${s.before.rating} to ${s.after.exposure} ${s.after.rating} with ${s.lines} lines; target 3.0 met.`);
  });

  it('an unmet target names the floor and the needs in the way', () => {
    const p = planFor('network-server', 0);
    const s = planSummary(p, 0);
    expect(s.met).toBe(false);
    expect(p.blockers.length).toBeGreaterThan(0);
    expect(s.unmet).toContain(`the lowest exposure they allow is ${s.after.exposure}`);
    for (const b of p.blockers) expect(s.unmet).toContain(b.need);
    expect(floorOf(p)).toBe(p.after.exposure);
    expect(planAnnouncement(p, 0)).toMatch(new RegExp(`; target 0\\.0 not met, the lowest these needs allow is ${s.after.exposure.replace('.', '\\.')}\\.$`));
  });

  it('a unit already at the target: nothing to add', () => {
    const p = planFor('batch', 100);
    expect(planSummary(p, 100).lines).toBe(0);
    expect(planAnnouncement(p, 100)).toMatch(/^The unit already meets the target 10\.0: exposure \d+\.\d \w+, nothing to add\.$/);
  });
});
