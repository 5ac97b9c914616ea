/**
 * The invariants every analysis must keep whatever it was fed, shared by the property tests
 * (`engine.property.test.ts`) and the long-run fuzzer (`scripts/fuzz-engine.ts`): every span names
 * one of the input files and lies inside its text, and the report formats without throwing.
 */
import { ASCII_GLYPHS, formatDiagnostic, formatJson, formatText, UTF8_GLYPHS } from '../../src/engine/index.ts';
import type { Analysis, Span, UnitFile } from '../../src/engine/index.ts';

/** Every span an analysis carries: on its diagnostics (and refusal reason) and on its rows. */
export function spansOf(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  const fromDiagnostics = analysis.ok ? analysis.diagnostics : [...analysis.diagnostics, analysis.reason];
  for (const d of fromDiagnostics) if (d.span !== undefined) spans.push(d.span);
  if (analysis.ok) for (const row of analysis.rows) spans.push(...row.spans);
  return spans;
}

/**
 * What is wrong with the spans of `analysis` for input `files`: one line per bad span, empty when
 * all are sound. A span is sound when its file is one of `files` and `0 ≤ start ≤ end ≤ text.length`
 * with an integer `line ≥ 1`. With two files of the same path, the first one's text counts.
 */
export function spanProblems(files: readonly UnitFile[], analysis: Analysis): string[] {
  const texts = new Map<string, string>();
  for (const f of files) if (!texts.has(f.path)) texts.set(f.path, f.text);
  const problems: string[] = [];
  for (const span of spansOf(analysis)) {
    const text = texts.get(span.file);
    const where = JSON.stringify(span);
    if (text === undefined) problems.push(`${where}: no input file has this path`);
    else if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      problems.push(`${where}: outside [0, ${text.length}]`);
    } else if (!(Number.isInteger(span.line) && span.line >= 1)) problems.push(`${where}: bad line number`);
  }
  return problems;
}

/**
 * Renders `analysis` every way the site and CLI do: text table in both glyph sets, both JSON
 * modes, and each diagnostic's stderr line. Returns the total length so the work is not optimised
 * away; throws whatever a formatter throws.
 */
export function formatEverything(analysis: Analysis): number {
  let length = 0;
  for (const d of analysis.diagnostics) length += formatDiagnostic(d, '.').length;
  if (analysis.ok) {
    length += formatText(analysis, UTF8_GLYPHS).length + formatText(analysis, ASCII_GLYPHS).length;
    length += formatJson(analysis, 'short').length + formatJson(analysis, 'pretty').length;
  }
  return length;
}
