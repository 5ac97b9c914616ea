/**
 * The playground page's script: state first, then the elements that subscribe to it. The score
 * and report need only the engine, so they render at once; CodeMirror's view and state (≈ 76 kB
 * gz) arrive as a second chunk right after, and a plain editor takes over its placeholder; the
 * CodeMirror packages (history, search, language, completion, lint: ≈ 48 kB gz) follow as a third
 * and are switched into it (see unit-editor.ts). What only a user action needs is fetched on that action: the row explanation on
 * the first opened row, the share menu and embed dialog when opened (see the toolbar), the
 * permalink codec on the first edit (see state/link-sync.ts), the analysis worker on the first
 * huge workspace (see analysis-offload.ts). scripts/budgets.ts counts what loads at start and
 * lists the on-action chunks apart.
 */
import './analysis-offload.ts';
import { $selectedId } from '../state/table.ts';
import './playground.ts';
import './playground-toolbar.ts';
import './exposure-summary.ts';
import './report-table.ts';
import './why-number.ts';

void import('./unit-editor.ts');

// `<row-detail>` is in the page (hidden) from the start; defining it upgrades it in place.
const stopWaitingForRow = $selectedId.subscribe((id) => {
  if (id === null) return;
  void import('./row-detail.ts');
  queueMicrotask(() => stopWaitingForRow());
});
