/**
 * The two Content-Security-Policies: the strict one every built page carries (checked in the
 * browser by test/e2e/security.e2e.ts) and the dev server's, which must be that one with exactly
 * two additions and nothing else loosened.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../src/components/csp.ts';

/** A policy as directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...sources]) => [name, sources]));
}

describe('CONTENT_SECURITY_POLICY', () => {
  const strict = directives(CONTENT_SECURITY_POLICY);
  it.each(['default-src', 'script-src', 'style-src', 'connect-src', 'worker-src'])('%s is the site\'s own origin only', (name) => {
    expect(strict.get(name)).toEqual(["'self'"]);
  });
  it('has no inline or eval source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|nonce-|sha256-|\*/);
  });
});

describe('DEV_CONTENT_SECURITY_POLICY', () => {
  const strict = directives(CONTENT_SECURITY_POLICY);
  const dev = directives(DEV_CONTENT_SECURITY_POLICY);
  it('adds inline styles (Vite injects them) and the hot-reload socket, and changes nothing else', () => {
    const changed = [...dev].filter(([name, sources]) => sources.join(' ') !== strict.get(name)?.join(' '));
    expect(changed).toEqual([
      ['style-src', ["'self'", "'unsafe-inline'"]],
      ['connect-src', ["'self'", 'ws:', 'wss:']],
    ]);
    expect([...dev.keys()]).toEqual([...strict.keys()]);
  });
  it('still allows no inline script', () => {
    expect(dev.get('script-src')).toEqual(["'self'"]);
  });
});
