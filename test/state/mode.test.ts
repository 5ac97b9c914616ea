/**
 * The mode store beside the version store: live by default, offline kept as the reader's choice on
 * versions without it (245, 247, 249 are analysed live), feeding the analysis, saved with the
 * workspace, carried by links (old links open offline).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { encodePermalink } from '../../src/permalink/index.ts';
import { $files, loadFiles } from '../../src/state/files.ts';
import { currentLink, openLink } from '../../src/state/link.ts';
import { persistWorkspace, restoreWorkspace, STORAGE_KEY } from '../../src/state/persistence.ts';
import { $analysis } from '../../src/state/report.ts';
import { $effectiveMode, $mode, $version, DEFAULT_MODE, selectMode } from '../../src/state/version.ts';

/** The seed walkthrough's starting unit (shared/seed/base.service). */
const seed = [{
  path: 'simplehttp.service',
  text: '[Unit]\nDescription=Job that runs the python http.server daemon\nDocumentation=https://docs.python.org/3/library/http.server.html\n\n[Service]\nType=simple\nExecStart=/usr/bin/python3 -m http.server\nExecStop=/bin/kill -9 $MAINPID\n\n[Install]\nWantedBy=multi-user.target\n',
}];
const exposure = (a: ReturnType<typeof analyze>): number => (a.ok ? a.exposure : -1);

beforeEach(() => {
  loadFiles(seed);
  $version.set('262');
  $mode.set(DEFAULT_MODE);
});

describe('$mode', () => {
  it('starts live', () => {
    expect(DEFAULT_MODE).toBe('live');
    expect($effectiveMode.get()).toBe('live');
  });

  it('accepts only live and offline', () => {
    selectMode('offline');
    expect($mode.get()).toBe('offline');
    for (const junk of ['', 'Live', 'user', null, undefined, 3]) selectMode(junk);
    expect($mode.get()).toBe('offline');
  });

  it.each(['245', '247', '249'] as const)('%s has no offline mode: analysed live, the choice kept for later', (version) => {
    selectMode('offline');
    $version.set(version);
    expect($effectiveMode.get()).toBe('live');
    expect($analysis.get().mode).toBe('live');
    $version.set('257');
    expect($effectiveMode.get()).toBe('offline');
    expect($analysis.get().mode).toBe('offline');
  });

  it('feeds the analysis: the seed unit on 262, live and offline, as the engine scores them', () => {
    expect($analysis.get().mode).toBe('live');
    expect(exposure($analysis.get())).toBe(exposure(analyze(seed, { version: '262', mode: 'live' })));
    selectMode('offline');
    expect($analysis.get().mode).toBe('offline');
    expect(exposure($analysis.get())).toBe(exposure(analyze(seed, { version: '262', mode: 'offline' })));
    expect(exposure(analyze(seed, { version: '262', mode: 'live' }))).not.toBe(exposure(analyze(seed, { version: '262', mode: 'offline' })));
  });
});

describe('the mode in links and the workspace', () => {
  it('an old link (no mode) opens offline', async () => {
    await openLink(`#${encodePermalink({ files: seed, version: '257' })}`);
    expect($mode.get()).toBe('offline');
    expect($analysis.get().mode).toBe('offline');
  });

  it.each(['live', 'offline'] as const)('round-trips %s through currentLink', async (mode) => {
    selectMode(mode);
    const url = await currentLink('https://example.org', '/');
    selectMode(mode === 'live' ? 'offline' : 'live');
    loadFiles([{ path: 'other.service', text: '' }]);
    await openLink(new URL(url).hash);
    expect($mode.get()).toBe(mode);
    expect($files.get()).toEqual(seed);
  });

  it('is saved with the workspace and restored; a workspace saved before modes restores the default', async () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const stop = persistWorkspace(storage, 1);
    selectMode('offline');
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(JSON.parse(store.get(STORAGE_KEY)!)).toMatchObject({ mode: 'offline', version: '262' });
    selectMode('live');
    expect(restoreWorkspace(storage)).toBe(true);
    expect($mode.get()).toBe('offline');
    store.set(STORAGE_KEY, JSON.stringify({ files: seed, version: '257' }));
    $mode.set(DEFAULT_MODE);
    expect(restoreWorkspace(storage)).toBe(true);
    expect($mode.get()).toBe('live');
  });
});
