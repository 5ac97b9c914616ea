/**
 * The closing line of `npm test` (`scripts/test-all.ts`): counts taken from vitest's JSON report,
 * where anything that went wrong without a failing test still counts as a failure.
 */
import { describe, expect, it } from 'vitest';
import { countsFromReport, summaryLine } from '../scripts/test-all.ts';

type Report = Parameters<typeof countsFromReport>[0];

const report = (passed: number, failed: number, skipped: number, files: { status: string; failedTests: number }[] = []): Report => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: skipped,
  numTodoTests: 0,
  success: failed === 0,
  testResults: files.map((f, i) => ({
    name: `f${i}.test.ts`,
    status: f.status,
    assertionResults: Array.from({ length: f.failedTests }, () => ({ status: 'failed' })),
  })),
});

describe('countsFromReport', () => {
  it.each([
    // [case, report, vitest exit status, expected counts]
    ['all passed', report(10, 0, 0, [{ status: 'passed', failedTests: 0 }]), 0, { passed: 10, failed: 0, skipped: 0 }],
    ['failures and skips', report(8, 2, 3, [{ status: 'failed', failedTests: 2 }]), 1, { passed: 8, failed: 2, skipped: 3 }],
    ['a file that did not load', report(5, 0, 0, [{ status: 'failed', failedTests: 0 }]), 1, { passed: 5, failed: 1, skipped: 0 }],
    ['an unhandled error after passing tests', report(5, 0, 0), 1, { passed: 5, failed: 1, skipped: 0 }],
    ['no test ran', report(0, 0, 4), 0, { passed: 0, failed: 1, skipped: 4 }],
    ['no report at all', null, 1, { passed: 0, failed: 1, skipped: 0 }],
  ] as const)('%s', (_case, input, status, expected) => {
    expect(countsFromReport(input, status)).toEqual(expected);
  });
});

describe('summaryLine', () => {
  it.each([
    [{ passed: 412, failed: 0, skipped: 0 }, '412 passed, 0 failed'],
    [{ passed: 410, failed: 1, skipped: 3 }, '410 passed, 1 failed, 3 skipped'],
  ])('%o → %s', (counts, line) => {
    expect(summaryLine(counts)).toBe(line);
    expect(line).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});
