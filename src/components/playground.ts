/**
 * Boots the playground: restores the theme and the last workspace from localStorage (or loads the
 * first example) and starts autosaving. Imported before the custom elements (module evaluation
 * order), so they first render the restored workspace.
 */
import { loadFiles } from '../state/files.ts';
import { parseExamples } from '../state/examples.ts';
import { persistWorkspace, restoreWorkspace } from '../state/persistence.ts';
import { persistTheme, restoreTheme } from '../state/theme.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const store = storage();
if (store !== null) restoreTheme(store);
if (store === null || !restoreWorkspace(store)) {
  const first = parseExamples(document.getElementById('examples-data')?.textContent)[0];
  if (first !== undefined) loadFiles(first.files);
}
if (store !== null) {
  persistWorkspace(store);
  persistTheme(store);
}

// Status messages from any element end up in the one polite live region.
document.addEventListener('status', (e) => {
  const region = document.getElementById('status');
  if (region !== null) region.textContent = (e as CustomEvent<string>).detail;
});

