/**
 * `npm run generate:planner-notes`: writes `src/planner/generated/notes.ts`, the hardening planner's
 * one-line notes (what a setting stops, what it can break), copied from the `planner` frontmatter of
 * `content/settings/*.md` and `content/setting-families/*.md`. The notes live in the setting pages
 * (one place, beside the prose they condense); this file is for the code that cannot read Astro's
 * content collections: the CLI and the pure planner.
 *
 * Keys: a settings page's `id` (systemd's json_field, e.g. `CapabilityBoundingSet_CAP_SYS_ADMIN`) and
 * `family:<file name>` for a family (`family:capabilities`); pages without a note are left out. Each
 * note is checked with the site's own schema (`plannerNote`), so the file never holds a line the
 * build would refuse. The output is sorted by key and byte-stable. `test/planner/notes.test.ts` fails
 * when the committed file differs from what this script writes now.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { plannerNote } from '../src/collections/schemas.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository's `content/` folder, where the pages are read by default. */
export const CONTENT_DIR = join(repoRoot, 'content');

/** The generated file, relative to the repository root. */
export const NOTES_FILE = 'src/planner/generated/notes.ts';

/** One setting's two lines, as the generated file holds them. */
export interface PlannerNoteLines {
  readonly stops: string;
  readonly breaks: string;
}

/**
 * The frontmatter of a Markdown page, parsed as YAML: the text between a first line `---` and the
 * next line `---`. Throws, naming `file`, when the page has no frontmatter or it is not a mapping.
 */
export function readFrontmatter(text: string, file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  if (match === null) throw new Error(`${file}: no frontmatter`);
  const data: unknown = parse(match[1] ?? '');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: the frontmatter is not a mapping`);
  return data as Record<string, unknown>;
}

/** The `.md` files of a folder, sorted by name. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
}

/** A page's note, validated, and its notes for other values (keyed by value), or undefined when it has none. */
function noteOf(data: Record<string, unknown>, file: string): (PlannerNoteLines & { values: Record<string, PlannerNoteLines> }) | undefined {
  if (data['planner'] === undefined) return undefined;
  const parsed = plannerNote.safeParse(data['planner']);
  if (!parsed.success) throw new Error(`${file}: planner: ${parsed.error.message}`);
  return { stops: parsed.data.stops, breaks: parsed.data.breaks, values: parsed.data.values ?? {} };
}

/**
 * Every note of the settings pages and families under `contentDir`, keyed as in the generated file.
 * Throws on a malformed note, a settings page without an `id`, or two pages with the same key.
 */
export function readPlannerNotes(contentDir: string = CONTENT_DIR): Map<string, PlannerNoteLines> {
  const notes = new Map<string, PlannerNoteLines>();
  const add = (key: string, note: PlannerNoteLines | undefined, file: string): void => {
    if (note === undefined) return;
    if (notes.has(key)) throw new Error(`${file}: a second note for ${key}`);
    notes.set(key, note);
  };
  const settingsDir = join(contentDir, 'settings');
  for (const f of markdownFiles(settingsDir)) {
    const file = `settings/${f}`;
    const data = readFrontmatter(readFileSync(join(settingsDir, f), 'utf8'), file);
    const id = data['id'];
    if (typeof id !== 'string' || id === '') throw new Error(`${file}: no id`);
    const note = noteOf(data, file);
    add(id, note === undefined ? undefined : { stops: note.stops, breaks: note.breaks }, file);
    // A note for another value is keyed as the line the planner writes: `ProtectHome=read-only`.
    const anchor = typeof data['man'] === 'object' && data['man'] !== null ? (data['man'] as Record<string, unknown>)['anchor'] : undefined;
    const setting = typeof anchor === 'string' ? anchor : '';
    for (const [value, lines] of Object.entries(note?.values ?? {})) add(`${setting}${value}`, lines, file);
  }
  const familiesDir = join(contentDir, 'setting-families');
  for (const f of markdownFiles(familiesDir)) {
    const file = `setting-families/${f}`;
    const note = noteOf(readFrontmatter(readFileSync(join(familiesDir, f), 'utf8'), file), file);
    add(`family:${f.replace(/\.md$/, '')}`, note === undefined ? undefined : { stops: note.stops, breaks: note.breaks }, file);
  }
  return notes;
}

/**
 * The text of the generated module for `notes`: keys sorted by UTF-16 code unit (not by locale, so
 * the order is the same on every machine), strings JSON-quoted, each line of a note on a line of its own. Pure.
 */
export function renderPlannerNotes(notes: ReadonlyMap<string, PlannerNoteLines>): string {
  const keys = [...notes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries = keys.map((key) => {
    const note = notes.get(key) as PlannerNoteLines;
    return `  ${JSON.stringify(key)}: {\n    stops: ${JSON.stringify(note.stops)},\n    breaks: ${JSON.stringify(note.breaks)},\n  },\n`;
  });
  return [
    '/** Generated by scripts/generate-planner-notes.ts from content/: do not edit. */\n',
    '\n',
    '/**\n',
    ' * What the hardening planner writes beside each setting of its drop-in: one line on what the setting\n',
    ' * stops and one on what it can break (plain ASCII, at most 90 characters, no trailing period), from\n',
    " * the `planner` frontmatter of the setting pages. Keyed by the page's id (systemd's json_field, e.g.\n",
    ' * `PrivateTmp`, `CapabilityBoundingSet_CAP_SYS_ADMIN`) and by `family:<name>` for the prose shared by\n',
    ' * a family of rows (`family:capabilities`), and by the line for a note on another value than the\n',
    ' * recommended one (`ProtectHome=read-only`). A setting without a note has no key.\n',
    ' */\n',
    'export const PLANNER_NOTES: Readonly<Record<string, { readonly stops: string; readonly breaks: string }>> = {\n',
    ...entries,
    '};\n',
  ].join('');
}

/** What the script writes now: the generated module for the pages under `contentDir`. */
export function plannerNotesText(contentDir: string = CONTENT_DIR): string {
  return renderPlannerNotes(readPlannerNotes(contentDir));
}

if (import.meta.main) {
  const path = join(repoRoot, NOTES_FILE);
  const notes = readPlannerNotes();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderPlannerNotes(notes));
  console.log(`${NOTES_FILE}: ${String(notes.size)} notes`);
}
