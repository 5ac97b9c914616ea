import { describe, expect, it, vi } from 'vitest';

// The module defines a custom element when loaded; in Node there is no DOM, so give it the bare
// minimum it touches at import time and test its pure part.
vi.stubGlobal('HTMLElement', class {});
vi.stubGlobal('MutationObserver', class { observe(): void {} disconnect(): void {} });
vi.stubGlobal('customElements', { get: () => undefined, define: () => undefined });
const { dedent } = await import('../../src/components/unitscore-report.ts');

describe('dedent', () => {
  it.each([
    ['indented in HTML', '\n    [Service]\n    ExecStart=/x\n  ', '[Service]\nExecStart=/x\n'],
    ['mixed indentation keeps the extra', '\n  [Service]\n    ExecStart=/x\n', '[Service]\n  ExecStart=/x\n'],
    ['blank lines do not count', '  [Service]\n\n  A=b', '[Service]\n\nA=b\n'],
    ['empty', '   ', '\n'],
  ])('%s', (_name, text, want) => {
    expect(dedent(text)).toBe(want);
  });
});
