import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $files, loadFiles, setFileText } from '../../src/state/files.ts';
import { persistWorkspace, restoreWorkspace, STORAGE_KEY } from '../../src/state/persistence.ts';
import { $theme, nextTheme, persistTheme, restoreTheme, THEME_KEY } from '../../src/state/theme.ts';
import { $version } from '../../src/state/version.ts';

function memory(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  loadFiles([{ path: 'a.service', text: 'one' }]);
  $version.set('262');
});
afterEach(() => vi.useRealTimers());

describe('workspace persistence', () => {
  it('saves after the delay and restores files, baseline and version', () => {
    const storage = memory();
    const stop = persistWorkspace(storage, 100);
    setFileText('a.service', 'two');
    $version.set('252');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    vi.advanceTimersByTime(100);
    stop();
    loadFiles([{ path: 'b.service', text: 'other' }]);
    $version.set('262');
    expect(restoreWorkspace(storage)).toBe(true);
    expect($files.get()).toEqual([{ path: 'a.service', text: 'two' }]);
    expect($version.get()).toBe('252');
  });
  it.each([
    ['nothing saved', null],
    ['corrupt JSON', '{'],
    ['no files', '{"files":[]}'],
    ['files of the wrong shape', '{"files":[{"path":1}]}'],
  ])('refuses %s and changes nothing', (_what, value) => {
    const storage = memory();
    if (value !== null) storage.setItem(STORAGE_KEY, value);
    expect(restoreWorkspace(storage)).toBe(false);
    expect($files.get()).toEqual([{ path: 'a.service', text: 'one' }]);
  });
  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(restoreWorkspace(broken)).toBe(false);
    const stop = persistWorkspace(broken, 10);
    setFileText('a.service', 'x');
    expect(() => vi.advanceTimersByTime(10)).not.toThrow();
    stop();
  });
});

describe('theme', () => {
  it.each([['system', 'light'], ['light', 'dark'], ['dark', 'system']] as const)('%s → %s', (a, b) => expect(nextTheme(a)).toBe(b));
  it('remembers and restores a choice, ignoring junk', () => {
    const storage = memory();
    const stop = persistTheme(storage);
    $theme.set('dark');
    stop();
    expect(storage.getItem(THEME_KEY)).toBe('dark');
    $theme.set('system');
    restoreTheme(storage);
    expect($theme.get()).toBe('dark');
    storage.setItem(THEME_KEY, 'purple');
    $theme.set('light');
    restoreTheme(storage);
    expect($theme.get()).toBe('light');
  });
});
