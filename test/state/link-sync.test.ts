import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePermalink } from '../../src/permalink/index.ts';
import { $baseline, $files, loadFiles, setFileText } from '../../src/state/files.ts';
import { LIVE_LINK_MAX_CHARS, syncLinkToHistory } from '../../src/state/link-sync.ts';
import { brokenLinkMessage } from '../../src/state/link-messages.ts';
import { persistWorkspace, restoreBaselineIfSameFiles, STORAGE_KEY } from '../../src/state/persistence.ts';
import { $mode, $version } from '../../src/state/version.ts';

/** A fake window: the address bar's parts and a history that counts its calls. */
function fakeWindow(hash = ''): { location: { pathname: string; search: string; hash: string }; history: { replaceState: (d: unknown, u: string, url: string) => void; calls: string[] } } {
  const location = { pathname: '/base/', search: '', hash };
  const calls: string[] = [];
  return {
    location,
    history: {
      calls,
      replaceState: (_d, _u, url) => {
        calls.push(url);
        location.hash = url.slice(url.indexOf('#') < 0 ? url.length : url.indexOf('#'));
      },
    },
  };
}

beforeEach(() => {
  loadFiles([{ path: 'a.service', text: '[Service]\nExecStart=/x\n' }]);
  $version.set('262');
});
afterEach(() => vi.useRealTimers());

describe('syncLinkToHistory', () => {
  it('writes one replaceState per burst of edits, and the link decodes to the edited files', async () => {
    const win = fakeWindow('#u1.broken');
    const stop = syncLinkToHistory(win, 20);
    await new Promise((r) => setTimeout(r, 40));
    // Nothing edited yet: the fragment the page opened with stays.
    expect(win.history.calls).toEqual([]);
    setFileText('a.service', '[Service]\nExecStart=/x\nPrivateTmp=yes\n');
    setFileText('a.service', '[Service]\nExecStart=/x\nPrivateTmp=yes\nNoNewPrivileges=yes\n');
    $version.set('252');
    await vi.waitFor(() => expect(win.history.calls.length).toBe(1));
    const url = win.history.calls[0]!;
    expect(url.startsWith('/base/#u1.')).toBe(true);
    const decoded = decodePermalink(url.slice(url.indexOf('#')));
    expect(decoded.ok && decoded.state).toEqual({ files: $files.get(), version: '252', mode: $mode.get() });
    stop();
  });
  it('does not overwrite a fragment the reader navigated to while a write waited', async () => {
    const win = fakeWindow('');
    const stop = syncLinkToHistory(win, 20);
    setFileText('a.service', '[Service]\nExecStart=/y\n');
    win.location.hash = '#u1.pasted-by-the-reader';
    await new Promise((r) => setTimeout(r, 60));
    expect(win.history.calls).toEqual([]);
    expect(win.location.hash).toBe('#u1.pasted-by-the-reader');
    stop();
  });
  it.each([
    ['just under', LIVE_LINK_MAX_CHARS - 100, /^\/base\/#u1\./],
    ['over', LIVE_LINK_MAX_CHARS + 100, /^\/base\/$/],
  ])('a workspace %s LIVE_LINK_MAX_CHARS: link kept / fragment dropped', async (_case, size, want) => {
    const win = fakeWindow('#u1.older-link');
    const stop = syncLinkToHistory(win, 1);
    const text = `[Service]\nExecStart=/x\n#${'y'.repeat(size - 25)}\n`;
    setFileText('a.service', text);
    await vi.waitFor(() => expect(win.history.calls.length).toBe(1));
    expect(win.history.calls[0]).toMatch(want);
    stop();
  });
  it('drops the fragment rather than write a link too large to open', async () => {
    const win = fakeWindow('#u1.x');
    const stop = syncLinkToHistory(win, 1);
    // 1.5 MiB of varied text: beyond the 1 MiB the link may unpack to.
    setFileText('a.service', Array.from({ length: 60_000 }, (_, i) => `X-K${i}=${i * 7919}`).join('\n'));
    await vi.waitFor(() => expect(win.history.calls).toEqual(['/base/']));
    stop();
  });
});

describe('brokenLinkMessage', () => {
  it('names the limit a too-large link crossed', () => {
    expect(brokenLinkMessage('too-large', { limit: '1048576' })).toContain('over 1048576 bytes');
  });
});

describe('persistWorkspace on pagehide', () => {
  it('writes a pending save at once, so a reload right after typing loses nothing', () => {
    vi.useFakeTimers();
    const data = new Map<string, string>();
    const page = new EventTarget();
    const stop = persistWorkspace({ setItem: (k, v) => void data.set(k, v) }, 250, page);
    setFileText('a.service', 'typed just now');
    expect(data.has(STORAGE_KEY)).toBe(false);
    page.dispatchEvent(new Event('pagehide'));
    expect((JSON.parse(data.get(STORAGE_KEY)!) as { files: { text: string }[] }).files[0]!.text).toBe('typed just now');
    stop();
  });
});

describe('restoreBaselineIfSameFiles', () => {
  const original = [{ path: 'a.service', text: '[Service]\nExecStart=/x\n' }];
  const edited = [{ path: 'a.service', text: '[Service]\nExecStart=/x\nPrivateTmp=yes\n' }];
  const storage = (files: unknown, baseline: unknown): Pick<Storage, 'getItem'> => ({ getItem: () => JSON.stringify({ files, baseline, version: '262' }) });
  it.each([
    // The page reloaded on its own link: the saved baseline comes back.
    ['same files', edited, true, original],
    // Another unit's link: its files stay their own baseline.
    ['other files', [{ path: 'b.service', text: '' }], false, edited],
  ])('%s', (_name, savedFiles, restored, baseline) => {
    loadFiles(edited);
    expect(restoreBaselineIfSameFiles(storage(savedFiles, original))).toBe(restored);
    expect($baseline.get()).toEqual(baseline);
  });
  it('ignores broken storage', () => {
    expect(restoreBaselineIfSameFiles({ getItem: () => '{not json' })).toBe(false);
  });
});
