/**
 * Site-internal URLs of the content pages, relative to the site's base path (`BASE_PATH` at build
 * time). Every page links through these so the URL scheme lives in one place.
 */
import { manPageUrl } from '../engine.ts';
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

/** The man page URL of a setting: page `page` (e.g. `systemd.exec`) at `anchor` (e.g. `PrivateTmp=`); see the engine's `manPageUrl()`. */
export function manUrl(page: string, anchor: string): string {
  return manPageUrl(page, anchor);
}
