/**
 * The path view as text (`unitscore harden --show=path`): each step, its tier and the exposure after
 * it, with a mark where the target is met, so a script or a person can stop anywhere.
 */
import { formatExposure } from '../engine/index.ts';
import type { Plan } from './plan.ts';

/** Each risk tier in words, by tier (0 first): the path view's RISK column, on the command line and the site. */
export const TIER_NAMES = ['rarely breaks', 'sometimes breaks', 'often breaks', 'changes the service'] as const;

/** The path of `plan` as a plain-text table, one step per line, ending with a newline. */
export function formatPath(plan: Plan): string {
  const rows = [['STEP', 'EXPOSURE', 'RISK', 'SETTING'], ['0', formatExposure(plan.before.exposure), '', '(the unit as it is)']];
  plan.steps.forEach((step, i) => {
    const setting = step.lines.map((l) => `${l.key}=${l.value}`).join(' + ');
    rows.push([String(i + 1), formatExposure(step.exposure), TIER_NAMES[step.tier], `${setting}${plan.met && i + 1 === plan.taken ? '   <- target met' : ''}`]);
  });
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}
