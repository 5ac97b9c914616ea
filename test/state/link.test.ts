import { beforeEach, describe, expect, it } from 'vitest';
import { encodePermalink } from '../../src/permalink/index.ts';
import { $files, loadFiles } from '../../src/state/files.ts';
import { brokenLinkMessage, currentLink, openLink } from '../../src/state/link.ts';
import { $version } from '../../src/state/version.ts';

const saved = [{ path: 'saved.service', text: '[Service]\nExecStart=/x\n' }];
const linked = [{ path: 'l.service', text: '[Service]\nExecStart=/l\n' }, { path: 'l.service.d/a.conf', text: '[Service]\nPrivateTmp=yes\n' }];

beforeEach(() => {
  loadFiles(saved);
  $version.set('262');
});

describe('openLink', () => {
  it.each(['', '#'])('does nothing for the fragment %j', async (hash) => {
    expect(await openLink(hash)).toEqual({ kind: 'none' });
    expect($files.get()).toEqual(saved);
  });
  it('loads files and version', async () => {
    expect(await openLink(`#${encodePermalink({ files: linked, version: '252' })}`)).toEqual({ kind: 'loaded', files: 2 });
    expect($files.get()).toEqual(linked);
    expect($version.get()).toBe('252');
  });
  it('keeps the files but takes the version of a link without files', async () => {
    await openLink(encodePermalink({ files: [], version: '257' }));
    expect($files.get()).toEqual(saved);
    expect($version.get()).toBe('257');
  });
  it('ignores a version this build does not know', async () => {
    await openLink(encodePermalink({ files: linked, version: '999' }));
    expect($version.get()).toBe('262');
  });
  it('reports a broken link and changes nothing', async () => {
    const outcome = await openLink('#u1.%%%');
    expect(outcome.kind).toBe('broken');
    expect($files.get()).toEqual(saved);
  });
  it('round-trips through currentLink', async () => {
    loadFiles(linked);
    $version.set('257');
    const url = await currentLink('https://example.org', '/unitscore/');
    expect(url.startsWith('https://example.org/unitscore/#')).toBe(true);
    loadFiles(saved);
    await openLink(new URL(url).hash);
    expect($files.get()).toEqual(linked);
    expect($version.get()).toBe('257');
  });
});

describe('brokenLinkMessage', () => {
  it.each(['truncated', 'too-large', 'unknown-format', 'malformed', 'bad-utf8'] as const)('words %s', (code) => {
    expect(brokenLinkMessage(code)).toMatch(/link.*last unit/);
  });
});
