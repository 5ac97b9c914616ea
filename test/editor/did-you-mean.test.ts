import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/editor/did-you-mean.ts';

const known = ['PrivateTmp', 'PrivateDevices', 'ProtectSystem', 'ProtectHome', 'NoNewPrivileges'];

describe('didYouMean', () => {
  it.each([
    ['privatetmp', 'PrivateTmp'], // keys are case-sensitive: wrong case is the likeliest typo
    ['PrivateTpm', 'PrivateTmp'],
    ['ProtectSytem', 'ProtectSystem'],
    ['NoNewPrivilege', 'NoNewPrivileges'],
    ['PrivateTmp', null], // already right
    ['Frobnicate', null], // nothing close
  ])('%s → %s', (name, expected) => expect(didYouMean(name, known)).toBe(expected));
});

describe('editDistance', () => {
  it.each([
    ['abc', 'abc', 3, 0],
    ['abc', 'abd', 3, 1],
    ['tmp', 'tpm', 3, 1], // a swap is one edit
    ['abc', '', 5, 3],
    ['kitten', 'sitting', 5, 3],
    ['kitten', 'sitting', 1, 2], // capped at max + 1
  ])('%s/%s (max %i) = %i', (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});
