/**
 * "Copy changes as a drop-in": what `systemctl edit NAME` would need to turn the loaded unit into
 * the edited one.
 */
import type { UnitFile } from './engine.ts';

interface Entry {
  readonly section: string;
  readonly line: string;
}

/** Logical assignment lines per section (comments, blanks and continuations joined, trimmed). */
function assignments(text: string): Entry[] {
  const out: Entry[] = [];
  let section = '';
  let pending = '';
  for (const raw of text.split(/\r?\n/)) {
    const t = raw.trim();
    if (pending === '' && (t.startsWith('#') || t.startsWith(';'))) continue;
    if (pending !== '' && (t.startsWith('#') || t.startsWith(';'))) continue;
    const joined = pending + raw;
    if (/\\$/.test(joined.trimEnd()) && t !== '') {
      pending = `${joined.trimEnd().slice(0, -1)} `;
      continue;
    }
    pending = '';
    const line = joined.trim();
    if (line === '') continue;
    if (line.startsWith('[') && line.endsWith(']')) section = line.slice(1, -1);
    else out.push({ section, line });
  }
  return out;
}

/**
 * A drop-in holding the assignments of `current`'s unit that `baseline`'s unit does not have
 * (added or changed lines, compared as whole logical lines), grouped by section in first-seen order,
 * followed by the text of every drop-in that is new or changed. Removed lines cannot be expressed
 * in a drop-in and are listed as comments. Returns '' when nothing changed.
 */
export function changesAsDropIn(baseline: readonly UnitFile[], current: readonly UnitFile[]): string {
  const unitOf = (fs: readonly UnitFile[]): string => (fs.find((f) => !f.path.includes('/')) ?? fs[0])?.text ?? '';
  const before = assignments(unitOf(baseline));
  const after = assignments(unitOf(current));
  const key = (e: Entry): string => `${e.section}\n${e.line}`;
  const remaining = new Map<string, number>();
  for (const e of before) remaining.set(key(e), (remaining.get(key(e)) ?? 0) + 1);
  const added: Entry[] = [];
  for (const e of after) {
    const n = remaining.get(key(e)) ?? 0;
    if (n > 0) remaining.set(key(e), n - 1);
    else added.push(e);
  }
  const removed = before.filter((e) => {
    const n = remaining.get(key(e)) ?? 0;
    if (n > 0) remaining.set(key(e), n - 1);
    return n > 0;
  });
  const parts: string[] = [];
  const sections = [...new Set([...added, ...removed].map((e) => e.section))];
  for (const s of sections) {
    const body = [
      ...removed.filter((e) => e.section === s).map((e) => `# removed from the unit: ${e.line}`),
      ...added.filter((e) => e.section === s).map((e) => e.line),
    ];
    parts.push(`${s === '' ? '' : `[${s}]\n`}${body.join('\n')}\n`);
  }
  for (const f of current) {
    if (!f.path.includes('/')) continue;
    const old = baseline.find((b) => b.path === f.path);
    if (old?.text === f.text || f.text.trim() === '') continue;
    parts.push(`# from ${f.path}\n${f.text.endsWith('\n') ? f.text : `${f.text}\n`}`);
  }
  return parts.join('\n');
}
