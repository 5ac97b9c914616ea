import { afterEach, describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/state/files.ts';
import { $version } from '../../src/state/version.ts';
import { $activeStep, $goalResults, $stepComplete } from '../../src/state/lesson-session.ts';

const start = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\n' }];
const solved = [{ path: 'x.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n' }];

describe('the active step', () => {
  afterEach(() => $activeStep.set(null));

  it('has no goals and is not complete without a step', () => {
    expect($goalResults.get()).toEqual([]);
    expect($stepComplete.get()).toBe(false);
  });

  it.each(['252', '257', '262'] as const)('ticks as the files change (%s)', (version) => {
    $version.set(version);
    $activeStep.set({ lesson: 'l', step: 's', goals: [{ row: 'PrivateTmp', set: true }], start, solved });
    loadFiles(start);
    expect($stepComplete.get()).toBe(false);
    expect($goalResults.get()[0]?.reason).toBe('row-mark');
    loadFiles(solved);
    expect($stepComplete.get()).toBe(true);
  });
});
