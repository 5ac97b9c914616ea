/**
 * Site-internal URLs of the content pages, relative to the site's base path (`BASE_PATH` at build
 * time). Every page links through these so the URL scheme lives in one place.
 */
import { settingSlug } from './setting-slug.ts';

/** Joins the base path (`/` or `/sub/`) and a path without leading slash. */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** `/settings/<slug>/` of a json_field. */
export function settingPath(base: string, id: string): string {
  return withBase(base, `settings/${settingSlug(id)}/`);
}

/** `/lessons/<lesson>/` or, with a step, `/lessons/<lesson>/<step>/`. */
export function lessonPath(base: string, lesson: string, step?: string): string {
  return withBase(base, step === undefined ? `lessons/${lesson}/` : `lessons/${lesson}/${step}/`);
}

/**
 * The man page URL of a setting: page `page` (e.g. `systemd.exec`) at `anchor` (e.g. `PrivateTmp=`),
 * built as the engine's `manPageUrl()` builds it (a test keeps the two equal). Not imported from the
 * engine: this module runs on every content page, most of which load no engine at all, and an
 * import of the engine's face brings the whole engine along. Pages rendered at build time can call
 * `manPageUrl()` itself.
 */
export function manUrl(page: string, anchor: string): string {
  return `https://www.freedesktop.org/software/systemd/man/${page}.html#${encodeURIComponent(anchor).replace(/%3D/g, '=')}`;
}
