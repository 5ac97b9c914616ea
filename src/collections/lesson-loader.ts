/**
 * The lessons' loader: Astro's glob loader, plus each step's Markdown `prose` rendered to HTML with
 * the site's own Markdown pipeline (`renderMarkdown`), stored as the step's `html`. Placeholders such
 * as `{{score:start}}` pass through Markdown unchanged and are filled by the page.
 * In `astro dev`, editing a lesson re-runs only the glob part; restart the dev server to refresh `html`.
 */
import { glob, type Loader } from 'astro/loaders';

interface StepLike {
  readonly prose: string;
}

/** Loads `content/lessons/*.md`; ids drop the `NN-` file-name prefix (`03-file-system` → `file-system`). */
export function lessonLoader(): Loader {
  const inner = glob({
    pattern: '*.md',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/\.md$/, '').replace(/^[0-9]+-/, ''),
  });
  return {
    name: 'unitscore-lessons',
    load: async (context) => {
      await inner.load(context);
      for (const [, entry] of context.store.entries()) {
        const steps = (entry.data['steps'] ?? []) as StepLike[];
        const html = await Promise.all(steps.map(async (s) => (await context.renderMarkdown(s.prose)).html));
        const data = { ...entry.data, steps: steps.map((s, i) => ({ ...s, html: html[i] })) };
        // A new digest, or the store keeps the entry it already has.
        context.store.set({ ...entry, data, digest: context.generateDigest(data) });
      }
    },
  };
}
