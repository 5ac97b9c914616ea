/**
 * The article's lesson is the one whose numbers people compare with the walkthrough, so its units are
 * checked against the real `systemd-analyze` too (when the oracles are installed): the engine's
 * exposure for the starter and every step's solution equals the summary line the oracle prints.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { walkSteps } from '../../src/state/lessons/lesson.ts';
import { formatTenths } from '../../src/state/lessons/placeholders.ts';
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
