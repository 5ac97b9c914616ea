/**
 * The playground page's script: state first, then the elements that subscribe to it. The score
 * and report need only the engine, so they render at once; CodeMirror's view and state arrive as a
 * second chunk right after, and a plain editor takes over its placeholder; the CodeMirror packages
 * (history, search, language, completion, lint) follow as a third and are switched into it (see
 * unit-editor.ts). What only a user action needs is fetched on that action: the row explanation on
 * the first opened row, the share menu and embed dialog when opened (see the toolbar), the
 * permalink codec on the first edit (see state/link-sync.ts), the analysis worker on the first
 * huge workspace (see analysis-offload.ts), the planner's panel and its worker on "Harden to…"
 * (see planner-offload.ts). integrations/on-action-chunks.ts lists the on-action chunks, so that
 * what loads at start is counted apart from them.
 */
import './analysis-offload.ts';
import './planner-offload.ts';
import { $selectedId } from '../state/table-view.ts';
import './playground.ts';
import '../components/playground-toolbar.ts';
import '../components/exposure-summary.ts';
import '../components/report-table.ts';
import '../components/why-number.ts';

void import('../components/unit-editor.ts');

// `<row-detail>` is in the page (hidden) from the start; defining it upgrades it in place.
const stopWaitingForRow = $selectedId.subscribe((id) => {
  if (id === null) return;
  void import('../components/row-detail.ts');
  queueMicrotask(() => stopWaitingForRow());
});
