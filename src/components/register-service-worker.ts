/**
 * Registers the offline service worker (`sw.js` at the site's base path, generated after the build
 * by integrations/service-worker.ts) once the page has loaded, so its precaching never competes with
 * the page's own first load. Scope: the base path, so a site under `/sub/` controls only `/sub/`.
 *
 * Nothing happens in `astro dev` (there is no `sw.js`), without service worker support, or when the
 * browser refuses registration (private modes, blocked by policy): the site then simply needs the
 * network, as any page does; no error is logged, since the page works.
 */
import { withBase } from '../collections/links.ts';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(withBase(base, 'sw.js'), { scope: withBase(base, '') }).catch(() => {
      /* offline support is an extra: the page works without it */
    });
  });
}
