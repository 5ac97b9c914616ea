// Applies a remembered theme before first paint, so it never flashes the other one. A classic,
// render-blocking script served as a file: the Content-Security-Policy allows no inline script.
try {
  const t = localStorage.getItem('unitscore:theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  /* storage unavailable: follow the system */
}
