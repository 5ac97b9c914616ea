// Applies the remembered theme before first paint, so it never flashes the other one. A classic
// script from the site's own origin (the Content-Security-Policy allows no inline script), loaded
// with blocking="render" (see SiteHead.astro): it holds the first paint, not the parser.
try {
  const t = localStorage.getItem('unitscore:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  /* storage unavailable: follow the system */
}
