import { describe, expect, it } from 'vitest';
import { changesAsDropIn } from '../../src/state/dropin.ts';

const base = [{ path: 'a.service', text: '[Unit]\nDescription=x\n\n[Service]\nExecStart=/x\nPrivateTmp=no\n' }];
const edit = (text: string, more: { path: string; text: string }[] = []) => [{ path: 'a.service', text }, ...more];

describe('changesAsDropIn', () => {
  it.each([
    ['nothing changed', edit(base[0]!.text), ''],
    ['an added line', edit(`${base[0]!.text}NoNewPrivileges=yes\n`), '[Service]\nNoNewPrivileges=yes\n'],
    ['a changed line lists the old one as removed', edit('[Unit]\nDescription=x\n\n[Service]\nExecStart=/x\nPrivateTmp=yes\n'), '[Service]\n# removed from the unit: PrivateTmp=no\nPrivateTmp=yes\n'],
    ['comments and blank lines do not count', edit('# c\n[Unit]\nDescription=x\n[Service]\n\nExecStart=/x\nPrivateTmp=no\n'), ''],
    ['continuations compare as one logical line', edit('[Unit]\nDescription=x\n[Service]\nExecStart=/x\nPrivateTmp=no\nCapabilityBoundingSet=CAP_A \\\n  CAP_B\n'), '[Service]\nCapabilityBoundingSet=CAP_A    CAP_B\n'],
    ['a new drop-in is appended', edit(base[0]!.text, [{ path: 'a.service.d/o.conf', text: '[Service]\nPrivateDevices=yes' }]), '# from a.service.d/o.conf\n[Service]\nPrivateDevices=yes\n'],
  ])('%s', (_what, current, expected) => {
    expect(changesAsDropIn(base, current)).toBe(expected);
  });
});
