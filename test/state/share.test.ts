import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { beforeAfterSnippet, changedRows, fenceFor, markdownSnippet, scoreText } from '../../src/state/share.ts';

const base = [{ path: 'demo.service', text: '[Service]\nExecStart=/bin/true\n' }];
const hardened = [{ path: 'demo.service', text: '[Service]\nExecStart=/bin/true\nPrivateTmp=yes\nNoNewPrivileges=yes\n' }];
const before = analyze(base, { version: '257' });
const after = analyze(hardened, { version: '257' });

describe('fenceFor', () => {
  it.each([
    ['no backticks', 'a', '```'],
    ['a run of three', 'x ``` y', '````'],
    ['a run of five', '`````', '``````'],
  ])('%s', (_name, text, fence) => {
    expect(fenceFor(text)).toBe(fence);
  });
});

describe('markdownSnippet', () => {
  it('has the score with rating and version, the unit in a code block, and the link', () => {
    if (!before.ok) throw new Error('refused');
    const md = markdownSnippet(base, before, 'https://x.org/#u1.abc');
    expect(md).toContain(`exposure **${scoreText(before)}** with systemd 257`);
    expect(md).toContain('```ini\n[Service]\nExecStart=/bin/true\n```');
    expect(md.trimEnd().endsWith('[Open in unitscore](https://x.org/#u1.abc)')).toBe(true);
  });
  it('names each file when there are drop-ins, and leaves the link out when there is none', () => {
    const files = [...base, { path: 'demo.service.d/a.conf', text: '[Service]\nPrivateTmp=yes' }];
    const md = markdownSnippet(files, analyze(files), '');
    expect(md).toContain('`demo.service.d/a.conf`\n\n```ini\n[Service]\nPrivateTmp=yes\n```');
    expect(md).not.toContain('Open in');
  });
  it('words a refusal in systemd\'s terms', () => {
    const refused = analyze([{ path: 'demo.service', text: '[Service]\n' }]);
    expect(refused.ok).toBe(false);
    expect(markdownSnippet([{ path: 'demo.service', text: '[Service]\n' }], refused, '')).toMatch(/\*\*refused: .+\*\*/);
  });
});

describe('changedRows and beforeAfterSnippet', () => {
  it('lists exactly the rows whose status or exposure changed', () => {
    const ids = changedRows(before, after).map((r) => r.after?.id);
    expect(ids).toEqual(expect.arrayContaining(['PrivateTmp', 'NoNewPrivileges']));
    for (const r of changedRows(before, after)) expect(r.before?.set !== r.after?.set || r.before?.exposure !== r.after?.exposure || r.before?.description !== r.after?.description).toBe(true);
  });
  it('is empty for identical reports and when a side is refused', () => {
    expect(changedRows(before, before)).toEqual([]);
    expect(changedRows(before, analyze([{ path: 'demo.service', text: '' }]))).toEqual([]);
  });
  it('puts both scores, a table of the changed rows and both units in the snippet', () => {
    const md = beforeAfterSnippet({ files: base, analysis: before }, { files: hardened, analysis: after }, '257', 'https://x.org/#u1.z');
    expect(md.split('\n')[0]).toBe(`**demo.service**: ${scoreText(before)} → **${scoreText(after)}** (with systemd 257, \`systemd-analyze security --offline=true ./demo.service\`)`);
    expect(md).toMatch(/^\| PrivateTmp= \| ✗ \d\.\d \| ✓ \|/m);
    expect(md).toContain('<details><summary>Before</summary>');
    expect(md).toContain('PrivateTmp=yes\nNoNewPrivileges=yes\n```');
    expect(md).toContain('[Open the edited unit in unitscore](https://x.org/#u1.z)');
  });
  it('says so when nothing changed', () => {
    expect(beforeAfterSnippet({ files: base, analysis: before }, { files: base, analysis: before }, '257', '')).toContain('No row changed.');
  });
});
