/**
 * Puts markup from the shared builders (report-markup.ts and friends) into a live element only when
 * it differs from what the element shows, so that the first render over a page's static first view
 * (the same markup, written at build time) changes nothing: no repaint, no layout shift, no repeated
 * announcement from a live region.
 */

let template: HTMLTemplateElement | undefined;

/**
 * Replaces `element`'s children with `html` unless they already serialise the same. Returns whether
 * anything changed. `html` must come from a builder that escapes its texts.
 */
export function setHtml(element: Element, html: string): boolean {
  template ??= element.ownerDocument.createElement('template');
  // Parsed the way the page's own HTML was, so equal markup serialises equal.
  template.innerHTML = html;
  if (template.innerHTML === element.innerHTML) return false;
  element.replaceChildren(template.content);
  return true;
}
