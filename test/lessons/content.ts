/**
 * Reads the content collections from disk for tests, with Astro's own frontmatter parser and the same
 * zod schemas the site uses, so a file that passes here also builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { lessonSchema, settingFamilySchema, settingSchema } from '../../src/collections/schemas.ts';

const contentDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../content');

/** One parsed entry: its file name (without `.md`), its validated data and its Markdown body. */
export interface Entry<T> {
  readonly file: string;
  readonly data: T;
  readonly body: string;
}

function load<S extends z.ZodType>(folder: string, schema: S): Entry<z.infer<S>>[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const parsed = schema.safeParse(frontmatter);
      if (!parsed.success) throw new Error(`${folder}/${f}: ${parsed.error.message}`);
      return { file: f.replace(/\.md$/, ''), data: parsed.data, body: content };
    });
}

/** Every lesson, in file order. */
export function loadLessons(): Entry<z.infer<typeof lessonSchema>>[] {
  return load('lessons', lessonSchema);
}

/** Every settings page, in file order. */
export function loadSettings(): Entry<z.infer<typeof settingSchema>>[] {
  return load('settings', settingSchema);
}

/** Every setting family's shared prose (`content/setting-families/*.md`), in file order. */
export function loadSettingFamilies(): Entry<z.infer<typeof settingFamilySchema>>[] {
  return load('setting-families', settingFamilySchema);
}

/** The names of the shared-prose files (`content/setting-families/*.md`, without `.md`). */
export function settingFamilyNames(): string[] {
  return readdirSync(join(contentDir, 'setting-families')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
}

/**
 * The playground's examples, in menu order (`content/examples/examples.json`), each with its files
 * read from its folder: paths relative to it with `/` separators (drop-ins in `NAME.d/`).
 */
export function loadExamples(): { slug: string; files: { path: string; text: string }[] }[] {
  const dir = join(contentDir, 'examples');
  const list = JSON.parse(readFileSync(join(dir, 'examples.json'), 'utf8')) as { slug: string }[];
  const below = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? below(join(folder, e.name)).map((p) => `${e.name}/${p}`) : [e.name]));
  return list.map(({ slug }) => ({ slug, files: below(join(dir, slug)).map((path) => ({ path, text: readFileSync(join(dir, slug, path), 'utf8') })) }));
}
