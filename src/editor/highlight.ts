/**
 * The colours of unit-file tokens: a @codemirror/language highlight style over the tags of
 * language.ts, every colour a CSS custom property of the page (--syn-*), so light and dark follow
 * the site's theme switch without a second style.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { TOKEN_TAGS } from './language.ts';

/**
 * Token colours in the page's palette; scoped to nothing, so any highlighted text can use them.
 * Plain value words get no style: their colour (--syn-value) is the editor's own text colour in
 * both themes, and leaving them unstyled spares a `<span>` per word, most of a long line's DOM.
 */
export const unitHighlightStyle: HighlightStyle = HighlightStyle.define([
  { tag: TOKEN_TAGS.section, color: 'var(--syn-section)', fontWeight: 'bold' },
  { tag: TOKEN_TAGS.key, color: 'var(--syn-key)' },
  { tag: TOKEN_TAGS.eq, color: 'var(--syn-muted)' },
  { tag: TOKEN_TAGS.literal, color: 'var(--syn-literal)' },
  { tag: TOKEN_TAGS.special, color: 'var(--syn-special)', fontWeight: 'bold' },
  { tag: TOKEN_TAGS.prefix, color: 'var(--syn-special)' },
  { tag: TOKEN_TAGS.continuation, color: 'var(--syn-special)' },
  { tag: TOKEN_TAGS.comment, color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: TOKEN_TAGS.invalid, color: 'var(--syn-invalid)', textDecoration: 'underline wavy' },
]);

/** Syntax highlighting with {@link unitHighlightStyle}. */
export function unitHighlighting(): Extension {
  return syntaxHighlighting(unitHighlightStyle);
}
