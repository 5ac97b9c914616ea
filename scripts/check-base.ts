/**
 * `BASE_PATH=/sub/ node scripts/check-base.ts [DIST]`: after `BASE_PATH=/sub/ astro build`, checks
 * that the site works under that base path: every root-relative URL in the built HTML and CSS
 * (`href`, `src`, `action`, `srcset`, `poster`, `content` of `<meta>`, CSS `url()` and `@import`)
 * starts with the base, as does every string in the JavaScript naming a built asset (`/_astro/…`), and no asset (`src`, `srcset`, `<link href>`, CSS `url()`) is loaded
 * from another origin. Links to other sites (`<a href="https://…">`) are fine: they are
 * navigation, not assets. Prints each problem as `FILE: URL (why)`; exits 1 when there is any,
 * or when `dist/` holds no HTML page. Default DIST: `dist/`; the base is read from `BASE_PATH`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DIST_DIR, normaliseBase } from '../integrations/js-weight.ts';

/** A URL in a built file that would break under the base path. */
export interface MisplacedUrl {
  readonly url: string;
  readonly why: 'outside the base' | 'asset from another origin';
}

const ATTRIBUTE = /<([a-zA-Z][\w-]*)\b([^>]*)>/g;
const URL_ATTRIBUTES = /\s(href|src|action|poster|srcset|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;

/** Judges one URL; `asset` says whether the browser fetches it as part of the page. */
function judge(url: string, base: string, asset: boolean): MisplacedUrl | null {
  const u = url.trim();
  if (u.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(u)) {
    const external = /^(https?:)?\/\//i.test(u);
    return external && asset ? { url: u, why: 'asset from another origin' } : null;
  }
  if (u.startsWith('/') && !(u === base.slice(0, -1) || u.startsWith(base))) return { url: u, why: 'outside the base' };
  return null;
}

/** Problems in one HTML document's tags (and its inline `<style>` blocks) under `base` (`/` or `/a/`). */
export function misplacedInHtml(html: string, base: string): MisplacedUrl[] {
  const found: MisplacedUrl[] = [];
  for (const tag of html.matchAll(ATTRIBUTE)) {
    const name = (tag[1] ?? '').toLowerCase();
    for (const attr of (tag[2] ?? '').matchAll(URL_ATTRIBUTES)) {
      const key = (attr[1] ?? '').toLowerCase();
      const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
      // `content` holds a URL only in a few <meta>s (og:image, refresh); elsewhere it is text.
      if (key === 'content' && !(name === 'meta' && /^(\/|https?:)/i.test(value.trim()))) continue;
      const asset = key === 'src' || key === 'srcset' || key === 'poster' || (name === 'link' && key === 'href');
      const urls = key === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        const problem = judge(url, base, asset);
        if (problem !== null) found.push(problem);
      }
    }
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) found.push(...misplacedInCss(style[1] ?? '', base));
  return found;
}

/** Problems in one stylesheet: every `url()` and `@import` is an asset. */
export function misplacedInCss(css: string, base: string): MisplacedUrl[] {
  return [...css.matchAll(CSS_URL)].flatMap((m) => {
    const url = m.slice(1).find((g) => g !== undefined) ?? '';
    const problem = url === '' || url.startsWith('#') ? null : judge(url, base, true);
    return problem === null ? [] : [problem];
  });
}

/** Problems in one script: string literals naming a built asset (`/_astro/…`) by a root-relative path. */
export function misplacedInJs(js: string, base: string): MisplacedUrl[] {
  return [...js.matchAll(/["'`](\/_astro\/[^"'`\s]*)/g)].flatMap((m) => {
    const problem = judge(m[1] ?? '', base, true);
    return problem === null ? [] : [problem];
  });
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Checks every HTML and CSS file in `dist` against `base`; returns the exit status. */
export function checkBase(dist: string, base: string): number {
  if (!existsSync(dist)) {
    console.error(`check-base: ${dist} does not exist; run \`BASE_PATH=${base} astro build\` first.`);
    return 1;
  }
  const html = filesUnder(dist, /\.html$/);
  if (html.length === 0) {
    console.error(`check-base: no HTML page in ${dist}.`);
    return 1;
  }
  const problems = [...html, ...filesUnder(dist, /\.(css|js|mjs)$/)].flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const found = file.endsWith('.html') ? misplacedInHtml(text, base) : file.endsWith('.css') ? misplacedInCss(text, base) : misplacedInJs(text, base);
    return found.map((p) => `${relative(dist, file)}: ${p.url} (${p.why})`);
  });
  for (const p of problems) console.error(`check-base: ${p}`);
  if (problems.length === 0) console.log(`check-base: ${html.length} page(s), every URL under ${base}, no off-origin asset.`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) {
  process.exitCode = checkBase(process.argv[2] === undefined ? DIST_DIR : resolve(process.argv[2]), normaliseBase(process.env['BASE_PATH']));
}
