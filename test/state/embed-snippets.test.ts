import { describe, expect, it } from 'vitest';
import { embedQuery, parseEmbedOptions } from '../../src/state/embed-options.ts';
import { astroSnippet, iframeSnippet, webComponentSnippet } from '../../src/state/embed-snippets.ts';

const input = {
  siteUrl: 'https://example.org/unitscore/',
  fragment: 'u1.abc',
  files: [{ path: 'a&b.service', text: '[Service]\nExecStart=/bin/echo "<x>" `y` ${z} \\n\n' }],
  version: '252' as const,
};

describe('parseEmbedOptions', () => {
  it.each([
    ['', { theme: 'system', editable: false, rows: 'closed', mode: null }],
    ['?theme=dark&edit&rows=open', { theme: 'dark', editable: true, rows: 'open', mode: null }],
    ['theme=light&edit=1&rows=none', { theme: 'light', editable: true, rows: 'none', mode: null }],
    // Unknown values fall back to the defaults; edit=0/false/no means read-only.
    ['?theme=blue&edit=0&rows=many&mode=user', { theme: 'system', editable: false, rows: 'closed', mode: null }],
    ['?edit=false', { theme: 'system', editable: false, rows: 'closed', mode: null }],
    // mode= overrides the link's own mode; without it the link decides.
    ['?mode=live', { theme: 'system', editable: false, rows: 'closed', mode: 'live' }],
    ['?mode=offline&rows=open', { theme: 'system', editable: false, rows: 'open', mode: 'offline' }],
  ])('%j', (search, want) => {
    expect(parseEmbedOptions(search)).toEqual(want);
  });
  it('round-trips through embedQuery', () => {
    for (const o of [{ theme: 'dark', editable: true, rows: 'open', mode: 'offline' }, { theme: 'system', editable: false, rows: 'closed', mode: null }] as const) {
      expect(parseEmbedOptions(embedQuery(o))).toEqual(o);
    }
    expect(embedQuery({ theme: 'system', editable: false, rows: 'closed', mode: null })).toBe('');
  });
});

describe('snippets', () => {
  it('iframe: /embed with the fragment, and a listener that checks origin and source', () => {
    const s = iframeSnippet({ ...input, options: { theme: 'dark' } });
    expect(s).toContain('src="https://example.org/unitscore/embed?theme=dark#u1.abc"');
    expect(s).toContain('title="unitscore: exposure of a&amp;b.service"');
    expect(s).toContain('e.origin !== "https://example.org"');
    expect(s).toContain('f.contentWindow === e.source');
  });
  it('web component: the script, the version and the unit HTML-escaped', () => {
    const s = webComponentSnippet(input);
    expect(s).toContain('<script defer src="https://example.org/unitscore/unitscore-report.js"></script>');
    expect(s).toContain('<unitscore-report systemd="252" name="a&amp;b.service">');
    expect(s).toContain('ExecStart=/bin/echo "&lt;x&gt;"');
  });
  it('components: mode="offline" for an offline unit, nothing for live (their default)', () => {
    expect(webComponentSnippet({ ...input, mode: 'offline' })).toContain('<unitscore-report systemd="252" mode="offline" name="a&amp;b.service">');
    expect(webComponentSnippet({ ...input, mode: 'live' })).toContain('<unitscore-report systemd="252" name="a&amp;b.service">');
    expect(astroSnippet({ ...input, mode: 'offline' })).toContain('<StaticReport systemd="252" mode="offline" name="a&amp;b.service"');
    expect(astroSnippet({ ...input, mode: 'live' })).toContain('<StaticReport systemd="252" name="a&amp;b.service"');
  });
  it('Astro: the import and the unit as an exact template literal', () => {
    const s = astroSnippet(input);
    expect(s).toContain("import StaticReport from 'unitscore/StaticReport.astro';");
    const literal = /unit=\{(`[\s\S]*`)\}/.exec(s)?.[1];
    // Evaluates our own escaped literal to prove it is exact.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const evaluate = new Function(`return ${literal!};`) as () => string;
    expect(evaluate()).toBe(input.files[0]!.text);
  });
  it('Astro: drop-ins go in as files', () => {
    const s = astroSnippet({ ...input, files: [...input.files, { path: 'a&b.service.d/x.conf', text: '[Service]\n' }] });
    expect(s).toContain('files={[');
    expect(s).toContain('{ path: "a&b.service.d/x.conf", text: `[Service]\n` },');
  });
});
