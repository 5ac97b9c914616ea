/**
 * Turns the generator's abstract assignments into unit-file text, adding the syntax noise systemd
 * must tolerate: comments (`#` and `;`), blank lines, odd whitespace, continuation lines (with
 * comment lines inside), repeated and unknown sections, assignments before the first section,
 * CRLF line endings, a BOM, a missing final newline. Rarely it writes a fatal header.
 */
import type { Rng } from './random.ts';
import type { SectionName } from './settings.ts';

/** One `Key=value` line to write, in the section it belongs to (or is misplaced in). */
export interface Assignment {
  readonly section: SectionName;
  readonly key: string;
  readonly value: string;
  /** The value is a word list, so it may be split over continuation lines. */
  readonly list: boolean;
}

/** What noise a rendering used, for the unit's description. */
export interface RenderNotes {
  readonly features: Set<string>;
}

const COMMENTS = ['# a comment', '; semicolon comment', '#PrivateTmp=no', '  # indented comment', ';[Service]'];

function renderAssignment(rng: Rng, a: Assignment, notes: RenderNotes): string[] {
  const key = a.key;
  const eq = rng.weighted([[88, '='], [6, ' = '], [6, '\t=\t']]);
  const lead = rng.weighted([[92, ''], [8, rng.pick([' ', '\t', '  '])]]);
  const trail = rng.weighted([[93, ''], [7, rng.pick([' ', '\t', '  '])]]);
  const spaceAt = a.value.indexOf(' ');
  if (a.list && spaceAt > 0 && rng.chance(0.12)) {
    notes.features.add('continuation');
    // The backslash becomes a space and the next physical line is appended, leading blanks and all.
    const lines = [`${lead}${key}${eq}${a.value.slice(0, spaceAt)} \\`];
    if (rng.chance(0.35)) {
      notes.features.add('comment-in-continuation');
      lines.push(rng.pick(COMMENTS));
    }
    lines.push(`${rng.pick(['', '  ', '\t'])}${a.value.slice(spaceAt + 1)}${trail}`);
    return lines;
  }
  return [`${lead}${key}${eq}${a.value}${trail}`];
}

/**
 * Renders assignments (in order) as one unit file's text. A new `[Section]` header is written whenever
 * the section changes, so settings that alternate between sections produce repeated sections.
 */
export function renderFile(rng: Rng, assignments: readonly Assignment[], notes: RenderNotes): string {
  const lines: string[] = [];
  if (rng.chance(0.1)) lines.push(rng.pick(['# Fuzz unit', '# SPDX-License-Identifier: MIT', ';comment']));
  if (rng.chance(0.02)) {
    notes.features.add('assignment-before-section');
    lines.push(rng.pick(['PrivateTmp=yes', 'ProtectSystem=strict', 'NoSection=1']));
  }
  let current: string | null = null;
  for (const a of assignments) {
    if (a.section !== current || rng.chance(0.03)) {
      if (current !== null && rng.chance(0.5)) lines.push('');
      if (rng.chance(0.04)) {
        // A section systemd does not know: everything in it is dropped (with or without a warning).
        const unknown = rng.pick(['Foo', 'X-Extra', 'service', 'Service ']);
        notes.features.add('unknown-section');
        lines.push(`[${unknown}]`, rng.pick(['NoNewPrivileges=yes', 'PrivateNetwork=yes', 'Whatever=1']));
      }
      if (a.section === current) notes.features.add('repeated-section');
      lines.push(`[${a.section}]`);
      current = a.section;
    }
    if (rng.chance(0.07)) lines.push(rng.pick(COMMENTS));
    if (rng.chance(0.05)) lines.push(rng.pick(['', '   ', '\t']));
    lines.push(...renderAssignment(rng, a, notes));
  }
  if (rng.chance(0.004)) {
    notes.features.add('bad-section-header');
    lines.splice(rng.int(0, lines.length), 0, rng.pick(['[Service', '[Unit] x']));
  }
  const eol = rng.weighted([[94, '\n'], [5, '\r\n'], [1, '\r']]);
  if (eol !== '\n') notes.features.add(eol === '\r\n' ? 'crlf' : 'cr');
  let text = lines.join(eol);
  if (rng.chance(0.95)) text += eol;
  else notes.features.add('no-final-newline');
  if (rng.chance(0.02)) {
    notes.features.add('bom');
    text = '\uFEFF' + text;
  }
  return text;
}
