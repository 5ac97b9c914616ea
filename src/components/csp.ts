/**
 * The site's Content-Security-Policy, as one string: everything from the site's own origin,
 * nothing inline, no plugins, no `<base>`. Every page carries it in a `<meta http-equiv>` (see
 * SiteHead.astro) and `public/_headers` repeats it for hosts that send headers; the e2e test
 * `security.e2e.ts` fails when the two differ.
 *
 * A `<meta>` policy cannot carry `frame-ancestors`, `report-uri` or `sandbox` (browsers ignore them
 * there, with a console warning), so none is used: the header file says "not framed" with
 * X-Frame-Options instead.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/**
 * The policy `astro dev` pages carry instead: {@link CONTENT_SECURITY_POLICY} plus what Vite's dev
 * server needs, which a built page never does: it injects every stylesheet as an inline `<style>`
 * (hot reload swaps them) and talks to its hot-reload WebSocket. Without these the dev page renders
 * unstyled. Never used by `astro build` (CspMeta.astro picks by `import.meta.env.DEV`), and the e2e
 * tests run the build, so the strict policy is the one they check.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
