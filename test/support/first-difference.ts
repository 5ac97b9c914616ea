/**
 * Where two outputs first differ, for golden tests' failure messages: the line, the column, and a
 * window around the first differing character of each side (JSON-quoted, so escapes show).
 */
export function firstDifference(label: string, want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i === -1 ? a.length : i;
  const wantLine = a[at] ?? '<end>';
  const gotLine = b[at] ?? '<end>';
  let c = 0;
  while (c < wantLine.length && wantLine[c] === gotLine[c]) c++;
  const from = Math.max(0, c - 30);
  const cut = (s: string): string => JSON.stringify(s.slice(from, c + 50));
  return `${label} line ${at + 1} col ${c + 1}: want ${cut(wantLine)} got ${cut(gotLine)}`;
}
