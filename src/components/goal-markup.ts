/**
 * A lesson step's goal list, written once: the `<li>` of each verdict, rendered when the step's page
 * is built (for the step's starting unit) and again by `<lesson-step>` whenever the analysis
 * changes, so the list the reader first sees is the one the script keeps.
 */
import { settingPath } from '../collections/links.ts';
import { goalLabel } from '../lessons/goal-label.ts';
import type { GoalResult } from '../lessons/goals.ts';
import { escapeHtml } from './report-markup.ts';

/**
 * The list items for `results`, in order: a mark (✓ met, `!` an unmet constraint, ○ an unmet goal,
 * with "met"/"not met" for screen readers) and the goal's wording; a goal about a row links to that
 * row's settings page under the site's `base` path. `rowName` names a row by its json_field (the
 * analysed version's NAME), undefined for an unknown one.
 */
export function goalItemsHtml(results: readonly GoalResult[], rowName: (id: string) => string | undefined, base: string): string {
  return results
    .map((r) => {
      const classes = ['goal', ...(r.met ? ['met'] : []), ...(r.goal.constraint === true ? ['constraint'] : [])].join(' ');
      const mark = r.met ? '✓' : r.goal.constraint === true ? '!' : '○';
      const label = escapeHtml(goalLabel(r.goal, rowName));
      const text = 'row' in r.goal ? ` <a href="${escapeHtml(settingPath(base, r.goal.row))}">${label}</a>` : ` ${label}`;
      return `<li class="${classes}" data-reason="${r.reason}"><span class="goal-mark" aria-label="${r.met ? 'met' : 'not met'}">${mark}</span>${text}</li>`;
    })
    .join('');
}
