/**
 * Walking a CodeMirror document upwards, line by line, with one text cursor. CodeMirror's `Text`
 * iterates forwards by line (`iterLines`) but backwards only by raw chunk (`iterRange(to, from)`),
 * and `doc.line(n)` per line is a tree descent each time, which on 110,000 lines costs more than
 * the work on them; this module joins the backward chunks into lines.
 */
import type { Text } from '@codemirror/state';

/**
 * The texts of lines `lineNo`, `lineNo - 1`, …, 1 (1-based; nothing when `lineNo` < 1), lazily,
 * so a caller that stops early reads only what it used.
 */
export function* linesUp(doc: Text, lineNo: number): Generator<string> {
  if (lineNo < 1) return;
  const cursor = doc.iterRange(doc.line(Math.min(lineNo, doc.lines)).to, 0);
  // Going backwards, a line may arrive in pieces, last piece first; breaks come on their own.
  let line = '';
  for (cursor.next(); !cursor.done; cursor.next()) {
    if (cursor.lineBreak) {
      yield line;
      line = '';
    } else line = cursor.value + line;
  }
  yield line;
}
