/**
 * The playground page's script: state first, then the elements that subscribe to it. The score
 * and report need only the engine, so they render at once; CodeMirror (≈ 75 KB gz, most of the
 * page's JavaScript) arrives as a second chunk right after, and the editor takes over its
 * placeholder. Measured by scripts/budgets.ts as "loaded before the page can run" vs. total.
 */
import './playground.ts';
import './playground-toolbar.ts';
import './exposure-summary.ts';
import './report-table.ts';
import './row-detail.ts';
import './why-number.ts';
import './share-menu.ts';
import './embed-dialog.ts';

void import('./unit-editor.ts');
