import { describe, expect, it } from 'vitest';
import { relativeUnitPath, splitSystemctlCat } from '../../src/engine/unit/systemctl-cat.ts';

describe.each([
  ['/usr/lib/systemd/system/ssh.service', 'ssh.service'],
  ['/etc/systemd/system/ssh.service.d/override.conf', 'ssh.service.d/override.conf'],
  ['/etc/systemd/system/service.d/10-all.conf', 'service.d/10-all.conf'],
  ['/run/systemd/system/getty@.service.d/x.conf', 'getty@.service.d/x.conf'],
])('relativeUnitPath(%s)', (abs, rel) => {
  it(`is ${rel}`, () => expect(relativeUnitPath(abs)).toBe(rel));
});

describe('splitSystemctlCat', () => {
  it('splits a unit and its drop-ins, dropping the separator lines', () => {
    const text = '# /lib/systemd/system/ssh.service\n[Unit]\nDescription=x\n\n[Service]\nExecStart=/x\n\n# /etc/systemd/system/ssh.service.d/override.conf\n[Service]\nPrivateTmp=yes\n';
    expect(splitSystemctlCat(text)).toEqual([
      { path: 'ssh.service', text: '[Unit]\nDescription=x\n\n[Service]\nExecStart=/x\n' },
      { path: 'ssh.service.d/override.conf', text: '[Service]\nPrivateTmp=yes\n' },
    ]);
  });
  it.each([
    ['a plain unit', '[Unit]\nDescription=x\n'],
    ['a comment that is not a path', '# hello\n[Service]\n'],
    ['an empty text', ''],
  ])('returns null for %s', (_what, text) => expect(splitSystemctlCat(text)).toBeNull());
  it('accepts CRLF, leading blank lines and colour codes around headers', () => {
    const text = '\r\n\x1b[0;1;39m# /etc/systemd/system/a.service\x1b[0m\r\n[Service]\r\nExecStart=/a\r\n';
    expect(splitSystemctlCat(text)).toEqual([{ path: 'a.service', text: '[Service]\nExecStart=/a\n' }]);
  });
  it('keeps a later file that maps to the same path', () => {
    const text = '# /lib/systemd/system/a.service\nold\n\n# /etc/systemd/system/a.service\nnew\n';
    expect(splitSystemctlCat(text)).toEqual([{ path: 'a.service', text: 'new\n' }]);
  });
  it('keeps comments inside files that do not look like paths', () => {
    const text = '# /lib/systemd/system/a.service\n# see /usr/share/doc\n[Service]\n';
    expect(splitSystemctlCat(text)?.[0]?.text).toBe('# see /usr/share/doc\n[Service]\n');
  });
});
