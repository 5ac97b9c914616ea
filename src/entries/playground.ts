/**
 * Boots the playground: restores the theme, then the unit from the page's link, else the last
 * workspace from localStorage, else the first example, and starts autosaving, then says the
 * workspace is ready: the elements showing the analysis wait for that (their modules may well run
 * first, in chunks of their own), so until then the page's static first view stays as it is.
 */
import { loadFiles } from '../state/files.ts';
import { parseExamples } from '../state/examples.ts';
import { brokenLinkMessage, openLink } from '../state/link.ts';
import { syncLinkToHistory } from '../state/link-sync.ts';
import { persistWorkspace, restoreBaselineIfSameFiles, restoreWorkspace } from '../state/persistence.ts';
import { persistTheme, restoreTheme } from '../state/theme.ts';
import { markWorkspaceReady } from '../state/workspace-ready.ts';
import { localStorageOrNull } from '../components/local-storage.ts';

function status(text: string): void {
  const region = document.getElementById('status');
  if (region !== null) region.textContent = text;
}

const store = localStorageOrNull();
if (store !== null) restoreTheme(store);
// A link wins over the saved workspace; a broken link falls back to it and says so.
const link = await openLink(location.hash);
if (link.kind === 'broken') status(brokenLinkMessage(link.code, link.args));
// A reload of this tab's own (kept-in-sync) link: keep comparing with the unit as first loaded.
if (link.kind === 'loaded' && store !== null) restoreBaselineIfSameFiles(store);
if (link.kind !== 'loaded' && (store === null || !restoreWorkspace(store))) {
  const first = parseExamples(document.getElementById('examples-data')?.textContent)[0];
  if (first !== undefined) loadFiles(first.files);
}
markWorkspaceReady();
if (store !== null) {
  persistWorkspace(store, 250, window);
  persistTheme(store);
}

syncLinkToHistory(window);
// A link pasted into this tab's address bar: open it, or say why not and keep the editor as it is.
window.addEventListener('hashchange', () => {
  void openLink(location.hash).then((outcome) => {
    if (outcome.kind === 'broken') status(brokenLinkMessage(outcome.code, outcome.args));
    else if (outcome.kind === 'loaded') status('Opened the unit from the link.');
  });
});

// Status messages from any element end up in the one polite live region.
document.addEventListener('status', (e) => status((e as CustomEvent<string>).detail));

