/**
 * Content collections: the lessons (`content/lessons/NN-slug.md`), one reference page per scored
 * row (`content/settings/<file name>.md`; file names and URLs follow `src/state/content/setting-slug.ts`)
 * and prose shared by families of rows (`content/setting-families/<family>.md`). The schemas live in
 * `src/state/content/schemas.ts`, where tests can use them too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonLoader } from './state/content/lesson-loader.ts';
import { lessonSchema, settingFamilySchema, settingSchema } from './state/content/schemas.ts';

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

export const collections = { lessons, settings, settingFamilies };
