/**
 * The article's lesson is the one whose numbers people compare with the walkthrough, so its units are
 * checked against the real `systemd-analyze` too (when the oracles are installed): the engine's
 * exposure for the starter and every step's solution equals the summary line the oracle prints.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { walkSteps } from '../../src/lessons/lesson.ts';
import { formatTenths } from '../../src/lessons/placeholders.ts';
import { availableOracles, runOracle } from '../../scripts/lib/oracle.ts';
import { loadLessons } from './content.ts';

const article = loadLessons().find((l) => l.file === '01-article');
const walk = article === undefined ? [] : walkSteps(article.data);
const units = walk.length === 0 ? [] : [{ ref: 'start', files: walk[0]!.start }, ...walk.map((w) => ({ ref: w.step.id, files: w.solved }))];
const versions = availableOracles();

describe.skipIf(versions.length === 0)('the article lesson against the real systemd-analyze', () => {
  it.each(versions.flatMap((v) => units.map((u) => [`${u.ref} on ${v}`, v, u.files] as const)))('%s', (_name, version, files) => {
    const report = analyze(files, { version });
    if (!report.ok) throw new Error('refused');
    const summary = runOracle(version, files).stdout.trim().split('\n').pop() ?? '';
    expect(summary).toContain(`: ${formatTenths(report.exposure)} ${report.rating.label} `);
  });
});

/**
 * The live figures, as the live oracle (`shared/tools/systemd-live-oracle`, a booted manager of each
 * version) printed them for the walkthrough's five units on 247 through 262: the walkthrough's own
 * figures were live ones, and the lesson's table shows these beside them through `@VERSION/live`
 * placeholders, computed by the engine when the site is built.
 */
const LIVE_ORACLE = ['9.6', '9.2', '9.0', '8.9', '5.4'];

describe('the article lesson live, as the live oracle printed it (247–262)', () => {
  it.each(['247', '249', '252', '254', '255', '257', '262'] as const)('%s', (version) => {
    // The walkthrough's five units: the starter and its four steps (the lesson's last step is its own).
    const got = units.slice(0, 5).map((u) => {
      const report = analyze(u.files, { version, mode: 'live' });
      return report.ok ? formatTenths(report.exposure) : 'refused';
    });
    expect(got).toEqual(LIVE_ORACLE);
  });

  it('the full-set step shows them through live placeholders, never typed', () => {
    const prose = article?.data.steps.find((s) => s.id === 'full-set')?.prose ?? '';
    for (const ref of ['start', ...(article?.data.steps.map((s) => s.id).slice(0, 4) ?? [])]) {
      expect(prose).toContain(`{{score:${ref}@247/live}}`);
      expect(prose).toContain(`{{score:${ref}@262/live}}`);
    }
  });
});
