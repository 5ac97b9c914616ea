/**
 * The 1 MB inputs of the large-input budget (`bench-large.ts`, `check-large.ts`): units of about
 * {@link LARGE_SIZE} characters that stress different parts of the parser. Built deterministically
 * from the vendored corpus and fixed patterns, so every run times the same text.
 */
import type { UnitFile } from '../../src/engine/types.ts';
import { readCorpusUnits } from './corpus.ts';

/** Target size of each input in UTF-16 code units (all inputs are ASCII, so also in bytes). */
export const LARGE_SIZE = 1_000_000;

/** One large input: a name for reports, what it stresses, and the files `analyze()` gets. */
export interface LargeInput {
  readonly name: string;
  readonly what: string;
  readonly files: readonly UnitFile[];
}

// Keys that would make the concatenation a unit systemd refuses before scoring (several
// ExecStart= of a non-oneshot, Type=dbus without BusName=, PrivateUsers=managed with User=, PAMName= with KillMode=none…):
// dropped so that the realistic input is scored end to end like a real unit.
const REFUSAL_KEYS = /^\s*(ExecStart|Type|BusName|Restart|PrivateUsers|User|Group|PAMName|SuccessAction|RemainAfterExit|ManagedOOM\w*)\s*=/;

/** Repeats `piece(i)` for i = 0, 1, … until the text reaches `size` characters. */
function fill(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

/**
 * Every corpus unit's own file, one after the other (sections repeat, as systemd allows), cycled
 * until 1 MB, minus the keys listed above, under one `ExecStart=`: a real mix of sections,
 * comments, continuations, quoting and ~150 distinct settings.
 */
function realisticMix(): string {
  const bodies = readCorpusUnits().map((u) =>
    (u.files[0]?.text ?? '')
      .split('\n')
      .filter((line) => !REFUSAL_KEYS.test(line))
      .join('\n'),
  );
  return `[Service]\nExecStart=/usr/bin/true\n${fill(LARGE_SIZE, (i) => `${bodies[i % bodies.length] ?? ''}\n`)}`;
}

/**
 * One `SystemCallFilter=` logical line continued over ~110,000 physical lines of syscall names.
 * Plain names only: every `@group` in a filter costs one update per member (~400 for
 * `@system-service`), as in systemd, so 1 MB of group names measures the group sizes, not the parser.
 */
function continuedLine(): string {
  const names = ['read', 'write', 'openat', 'close', 'fstat', 'lseek', 'mmap', 'futex'];
  return `[Service]\nExecStart=/usr/bin/true\nSystemCallFilter=${fill(LARGE_SIZE, (i) => `${names[i % names.length] ?? ''} \\\n`)}read\n`;
}

/** One `Description=` physical line of 1 MB (no line break at all). */
function longPhysicalLine(): string {
  return `[Unit]\nDescription=${fill(LARGE_SIZE, (i) => `word${i % 10} `)}\n[Service]\nExecStart=/usr/bin/true\n`;
}

/** 1 MB of `#` and `;` comment lines around a minimal service. */
function comments(): string {
  return `[Service]\n${fill(LARGE_SIZE, (i) => (i % 2 === 0 ? `# comment line ${i} with PrivateTmp=yes in it\n` : `; another ${i}\n`))}ExecStart=/usr/bin/true\n`;
}

/** The inputs, in report order. */
export function largeInputs(): LargeInput[] {
  const unit = (text: string): UnitFile[] => [{ path: 'large.service', text }];
  return [
    { name: 'realistic', what: 'the corpus units concatenated', files: unit(realisticMix()) },
    { name: 'continued', what: 'one SystemCallFilter= continued over 1 MB', files: unit(continuedLine()) },
    { name: 'long-line', what: 'one 1 MB physical line', files: unit(longPhysicalLine()) },
    { name: 'comments', what: '1 MB of comment lines', files: unit(comments()) },
  ];
}
