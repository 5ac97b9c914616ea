/**
 * Binds the `[data-version-picker]` and `[data-mode-picker]` selects inside `root` (as
 * VersionModePicker.astro writes them) to the version and mode stores, both ways: a pick sets the
 * store, a store change selects the option; offline is greyed out for 245, 247 and 249, which have
 * no `--offline`. Returns the function that unbinds them.
 */
import { modesOf } from '../state/engine.ts';
import { $effectiveMode, $version, selectMode, selectVersion } from '../state/version.ts';

/** See the module comment; a missing select is skipped. */
export function bindVersionModePicker(root: ParentNode): () => void {
  const version = root.querySelector<HTMLSelectElement>('[data-version-picker]');
  const mode = root.querySelector<HTMLSelectElement>('[data-mode-picker]');
  version?.addEventListener('change', () => selectVersion(version.value));
  mode?.addEventListener('change', () => selectMode(mode.value));
  const stops = [
    $version.subscribe((v) => {
      if (version !== null) version.value = v;
      const offline = mode?.querySelector<HTMLOptionElement>('option[value="offline"]');
      if (offline != null) offline.disabled = !modesOf(v).includes('offline');
    }),
    $effectiveMode.subscribe((m) => {
      if (mode !== null) mode.value = m;
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
