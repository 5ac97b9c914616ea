/** The playground page's one script: state first, then the elements that subscribe to it. */
import './playground.ts';
import './playground-toolbar.ts';
import './exposure-summary.ts';
import './report-table.ts';
import './row-detail.ts';
import './why-number.ts';
import './unit-editor.ts';
