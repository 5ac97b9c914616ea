/**
 * Reads the content collections from disk for tests, with Astro's own frontmatter parser and the same
 * zod schemas the site uses, so a file that passes here also builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { lessonSchema, settingSchema } from '../../src/collections/schemas.ts';

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

/** The names of the shared-prose files (`content/setting-families/*.md`, without `.md`). */
export function settingFamilyNames(): string[] {
  return readdirSync(join(contentDir, 'setting-families')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
}
