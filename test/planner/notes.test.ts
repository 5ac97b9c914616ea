/**
 * The planner's one-line notes: the generated file is what the script writes now, every setting the
 * planner can write has both lines, and every line fits a unit file comment (plain ASCII, at most 90
 * characters, no Markdown, no trailing period). The notes are read three ways and must agree: the
 * generated module, the script's YAML reading, and Astro's frontmatter parser with the site's schemas.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLANNER_NOTES } from '../../src/planner/index.ts';
import { candidatesFor } from '../../src/planner/candidates.ts';
import { assessorTable, VERSIONS } from '../../src/engine/index.ts';
import { NOTES_FILE, plannerNotesText, readFrontmatter, readPlannerNotes, renderPlannerNotes } from '../../scripts/generate-planner-notes.ts';
import { loadSettingFamilies, loadSettings } from '../lessons/content.ts';
import { testOutputDir } from '../support/output-dir.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const settings = loadSettings();

/** The notes the planner's candidate settings name, on any version (the planner's own table). */
const CANDIDATES = [...new Set(VERSIONS.flatMap((v) => candidatesFor(assessorTable(v.id)).map((c) => c.note)))];
const CAPABILITY_ROWS = settings.map((s) => s.data.id).filter((id) => id.startsWith('CapabilityBoundingSet_'));
/** The merged `~` lines are commented by their family's note. */
const FAMILIES = ['family:capabilities', 'family:namespaces', 'family:address-families', 'family:system-call-filter'];

/** Inline Markdown and HTML marks: a note is written verbatim into a unit file and a page. */
const MARKUP = /[`*[\]<>\\|]|\]\(|(^|\s)_\w|\w_(\s|$)/;

describe('the generated notes', () => {
  it('are what scripts/generate-planner-notes.ts writes now (run `npm run generate:planner-notes`)', () => {
    expect(readFileSync(join(repoRoot, NOTES_FILE), 'utf8')).toBe(plannerNotesText());
  });

  it('equal the frontmatter as Astro reads it, with the site\'s schemas', () => {
    const fromAstro: Record<string, unknown> = {};
    for (const s of settings) {
      if (s.data.planner === undefined) continue;
      const { values, ...own } = s.data.planner;
      fromAstro[s.data.id] = own;
      for (const [value, note] of Object.entries(values ?? {})) fromAstro[`${s.data.man.anchor}${value}`] = note;
    }
    for (const f of loadSettingFamilies()) if (f.data.planner !== undefined) fromAstro[`family:${f.file}`] = f.data.planner;
    expect(PLANNER_NOTES).toEqual(fromAstro);
  });
});

describe('every candidate setting of the planner has a note', () => {
  it('covers the 26 capability rows', () => {
    // Fewer would mean pages were renamed or lost, and the list below would shrink silently.
    expect(CAPABILITY_ROWS).toHaveLength(26);
  });

  it.each([...new Set([...CANDIDATES, ...CAPABILITY_ROWS, ...FAMILIES])].map((key) => [key]))('%s', (key) => {
    const note = PLANNER_NOTES[key];
    expect(note, `no planner: frontmatter for ${key}`).toBeDefined();
    expect(note?.stops.length).toBeGreaterThan(10);
    expect(note?.breaks.length).toBeGreaterThan(10);
  });

  it('and only those', () => {
    // A note on another page is fine in principle; here it means the list above is out of date.
    expect(Object.keys(PLANNER_NOTES).sort()).toEqual([...new Set([...CANDIDATES, ...CAPABILITY_ROWS, ...FAMILIES])].sort());
  });
});

describe('every note line fits a unit file comment', () => {
  const lines = Object.entries(PLANNER_NOTES).flatMap(([key, n]) => [[`${key} stops`, n.stops], [`${key} breaks`, n.breaks]] as const);

  it.each(lines)('%s', (_, line) => {
    expect(line.length).toBeLessThanOrEqual(90);
    expect(line).toMatch(/^[\x20-\x7e]+$/);
    expect(line).not.toMatch(MARKUP);
    expect(line).not.toMatch(/[.\s]$/);
    expect(line).not.toMatch(/^\s/);
    // Lower case first, so that "It stops …" / "It can break …" reads on; names keep their case.
    expect(line).toMatch(/^([a-z0-9/(]|[A-Z][A-Za-z0-9_-]*[A-Z0-9_=-])/);
  });
});

describe('the script', () => {
  /** A content folder with one settings page whose frontmatter ends with `extra`, and one family. */
  function contentWith(name: string, extra: string): string {
    const dir = join(testOutputDir('planner-notes'), name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'settings'), { recursive: true });
    mkdirSync(join(dir, 'setting-families'), { recursive: true });
    writeFileSync(join(dir, 'settings', 'X.md'), `---\nid: "X)"\ntitle: "x"\n${extra}---\nBody.\n`);
    writeFileSync(join(dir, 'setting-families', 'fam.md'), '---\ntitle: Fam\nplanner:\n  stops: "b things"\n  breaks: "b users"\n---\n');
    return dir;
  }

  it('keys pages by id (not file name) and families by family:<file>', () => {
    const notes = readPlannerNotes(contentWith('ok', 'planner:\n  stops: "a things"\n  breaks: "a users"\n'));
    expect([...notes.entries()]).toEqual([
      ['X)', { stops: 'a things', breaks: 'a users' }],
      ['family:fam', { stops: 'b things', breaks: 'b users' }],
    ]);
  });

  it('leaves out pages without a note', () => {
    expect([...readPlannerNotes(contentWith('none', '')).keys()]).toEqual(['family:fam']);
  });

  it.each([
    ['a line over 90 characters', `stops: "${'a'.repeat(91)}"`],
    ['a trailing period', 'stops: "a things."'],
    ['a backtick', 'stops: "the `x` call"'],
    ['a Markdown link', 'stops: "see [x](y)"'],
    ['a non-ASCII character', 'stops: "a thing \u2014 another"'],
    ['a missing line', ''],
    ['an empty line', 'stops: ""'],
  ])('refuses a note with %s', (name, stops) => {
    const dir = contentWith(name.replace(/\W+/g, '-'), `planner:\n  ${stops === '' ? '' : `${stops}\n  `}breaks: "a users"\n`);
    expect(() => readPlannerNotes(dir)).toThrow(/settings\/X\.md: planner/);
  });

  it('renders keys sorted by code unit, whatever the order read', () => {
    const text = renderPlannerNotes(new Map([
      ['b', { stops: 's2', breaks: 'b2' }],
      ['B', { stops: 's1', breaks: 'b1' }],
      ['family:a', { stops: 's3', breaks: 'b3' }],
    ]));
    expect([...text.matchAll(/^ {2}"([^"]+)": \{$/gm)].map((m) => m[1])).toEqual(['B', 'b', 'family:a']);
    expect(text.startsWith('/** Generated by scripts/generate-planner-notes.ts from content/: do not edit. */\n')).toBe(true);
  });

  it('reads frontmatter only between the first two --- lines', () => {
    expect(readFrontmatter('---\na: 1\n---\n---\nb: 2\n---\n', 'f')).toEqual({ a: 1 });
    expect(() => readFrontmatter('a: 1\n', 'f.md')).toThrow('f.md: no frontmatter');
    expect(() => readFrontmatter('---\n- a\n---\n', 'f.md')).toThrow('f.md: the frontmatter is not a mapping');
  });
});
