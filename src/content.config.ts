/**
 * Content collections.
 * - `examples`: the playground's examples menu, one entry per folder of `content/examples/` (listed,
 *   in menu order, in `content/examples/examples.json`), each with the unit file and any drop-ins
 *   that folder holds, read verbatim at build time.
 * - `lessons` (`content/lessons/NN-slug.md`), `settings` (one reference page per scored row,
 *   `content/settings/<file name>.md`; file names and URLs follow `src/collections/setting-slug.ts`)
 *   and `settingFamilies` (prose shared by families of rows, `content/setting-families/<family>.md`).
 *   Their schemas live in `src/collections/schemas.ts`, where tests can use them too;
 *   `content/README.md` explains them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { lessonLoader } from './collections/lesson-loader.ts';
import { lessonSchema, settingFamilySchema, settingSchema } from './collections/schemas.ts';

const EXAMPLES_DIR = 'content/examples';

/** Every file below `dir`, as `/`-separated paths relative to it (unit and `NAME.d/x.conf` drop-ins). */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path).map((p) => `${name}/${p}`) : [name];
  });
}

const examples = defineCollection({
  loader: () => {
    const list = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'examples.json'), 'utf8')) as { slug: string; title: string; source: string }[];
    return list.map((e, order) => ({
      id: e.slug,
      order,
      title: e.title,
      source: e.source,
      files: filesBelow(join(EXAMPLES_DIR, e.slug))
        .map((path) => ({ path, text: readFileSync(join(EXAMPLES_DIR, e.slug, path), 'utf8') }))
        // The unit first, then drop-ins by path.
        .sort((a, b) => Number(a.path.includes('/')) - Number(b.path.includes('/')) || (a.path < b.path ? -1 : 1)),
    }));
  },
  schema: z.object({
    /** Position in the menu (the order of `examples.json`). */
    order: z.number().int(),
    /** The menu entry, e.g. "nginx.service — a web server as Debian ships it". */
    title: z.string(),
    /** Where the unit comes from (package and version, or the seed article). */
    source: z.string(),
    /** The unit file (no `/` in its path) first, then its drop-ins; texts byte for byte. */
    files: z.array(z.object({ path: z.string(), text: z.string() })).min(1),
  }),
});

const lessons = defineCollection({
  // `03-file-system.md` → `file-system`: the number orders files on disk, `order` orders the site.
  loader: lessonLoader(),
  schema: lessonSchema,
});

const settings = defineCollection({
  // The id is the json_field itself (one ends in `)`), not the file name.
  loader: glob({ pattern: '*.md', base: './content/settings', generateId: ({ data }) => String(data['id']) }),
  schema: settingSchema,
});

const settingFamilies = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/setting-families' }),
  schema: settingFamilySchema,
});

export const collections = { examples, lessons, settings, settingFamilies };
