import { describe, expect, it } from 'vitest';
import { insertAssignment } from '../../src/state/apply.ts';

const a = { section: 'Service', key: 'PrivateTmp', value: 'yes' } as const;

describe('insertAssignment', () => {
  it.each([
    // end of the section, before its trailing blank line
    ['[Service]\nExecStart=/x\n\n[Install]\nWantedBy=m\n', undefined, '[Service]\nExecStart=/x\nPrivateTmp=yes\n\n[Install]\nWantedBy=m\n'],
    // the last block of a repeated section wins
    ['[Service]\nA=1\n[Unit]\n[Service]\nB=2\n', undefined, '[Service]\nA=1\n[Unit]\n[Service]\nB=2\nPrivateTmp=yes\n'],
    // a missing section is appended, separated by a blank line
    ['[Unit]\nDescription=x\n', undefined, '[Unit]\nDescription=x\n\n[Service]\nPrivateTmp=yes\n'],
    // an empty file gets the section alone
    ['', undefined, '[Service]\nPrivateTmp=yes\n'],
    // after a deciding line
    ['[Service]\nPrivateTmp=no\nExecStart=/x\n', 2, '[Service]\nPrivateTmp=no\nPrivateTmp=yes\nExecStart=/x\n'],
    // never inside a continuation
    ['[Service]\nPrivateTmp=no \\\n  x\nExecStart=/x\n', 2, '[Service]\nPrivateTmp=no \\\n  x\nPrivateTmp=yes\nExecStart=/x\n'],
    // a missing final newline is added
    ['[Service]\nExecStart=/x', undefined, '[Service]\nExecStart=/x\nPrivateTmp=yes\n'],
  ])('%j (after line %s)', (text, after, expected) => {
    expect(insertAssignment(text, a, after)).toBe(expected);
  });
});
