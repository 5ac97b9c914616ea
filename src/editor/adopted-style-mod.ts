/**
 * `style-mod` (CodeMirror's CSS-in-JS) for a Content-Security-Policy without 'unsafe-inline' styles.
 *
 * Upstream mounts a document's editor styles as a `<style>` element, which `style-src 'self'` blocks
 * (the editor would render unstyled, with one CSP violation per mount). Shadow roots already get a
 * constructed stylesheet, which CSP does not govern; this module does the same for documents. The
 * Vite plugin in astro.config.mjs resolves every `import 'style-mod'` but this file's own to here.
 *
 * Order is kept as upstream documents it: modules later in a `mount` call take precedence, and a
 * call that reorders already mounted modules moves them. One difference: adopted sheets cascade
 * after the page's own stylesheets, where upstream's `<style>` came first, so a site rule that ties
 * in specificity with an editor theme rule now loses to it.
 */
import { StyleModule as UpstreamStyleModule } from 'style-mod';

interface AdoptedSet {
  readonly sheet: CSSStyleSheet;
  readonly modules: UpstreamStyleModule[];
}

const sets = new WeakMap<Document, AdoptedSet>();

function isDocument(root: Document | ShadowRoot): root is Document {
  return root.nodeType === Node.DOCUMENT_NODE;
}

/** Inserts `modules` into `set.modules` keeping their relative order; true when anything moved or was added. */
function merge(set: AdoptedSet, modules: readonly UpstreamStyleModule[]): boolean {
  let changed = false;
  let cursor = 0;
  for (const module of modules) {
    let at = set.modules.indexOf(module);
    if (at > -1 && at < cursor) {
      set.modules.splice(at, 1);
      cursor -= 1;
      at = -1;
    }
    if (at === -1) {
      set.modules.splice(cursor, 0, module);
      cursor += 1;
      changed = true;
    } else {
      cursor = at + 1;
    }
  }
  return changed;
}

/** Upstream's class, with `mount` on a document going to one constructed sheet per document. */
export class StyleModule extends UpstreamStyleModule {
  static override mount(root: Document | ShadowRoot, modules: UpstreamStyleModule | readonly UpstreamStyleModule[], options?: { nonce?: string }): void {
    const list = Array.isArray(modules) ? (modules as readonly UpstreamStyleModule[]) : [modules as UpstreamStyleModule];
    if (!isDocument(root) || typeof root.defaultView?.CSSStyleSheet !== 'function') {
      UpstreamStyleModule.mount(root, list, options);
      return;
    }
    let set = sets.get(root);
    if (set === undefined) {
      set = { sheet: new root.defaultView.CSSStyleSheet(), modules: [] };
      sets.set(root, set);
    }
    if (merge(set, list)) set.sheet.replaceSync(set.modules.map((m) => m.getRules()).join('\n'));
    if (!root.adoptedStyleSheets.includes(set.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, set.sheet];
  }
}
