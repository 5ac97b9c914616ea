/**
 * The stylesheet of the compact report (the `/embed` page, `<unitscore-report>`'s shadow root and
 * the static Astro component), as one string so all three look alike. Colours follow
 * `[data-theme]` on the report's root element (`light`, `dark`, or `system` = prefers-color-scheme).
 * System fonts only: no font request.
 */
const LIGHT = '--us-bg:#fff;--us-fg:#1b1f24;--us-muted:#57606a;--us-border:#d0d7de;--us-good:#1a7f37;--us-bad:#c4281c;--us-warn:#9a6700;--us-link:#0a58ca;--us-row:#f6f8fa;';
const DARK = '--us-bg:#161b22;--us-fg:#e6edf3;--us-muted:#9da7b3;--us-border:#30363d;--us-good:#3fb950;--us-bad:#ff7b72;--us-warn:#d29922;--us-link:#79b8ff;--us-row:#1c2129;';

/** CSS for `.us-report` and everything inside it. */
export const REPORT_CSS = `
.us-report{${LIGHT}color-scheme:light;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;background:var(--us-bg);color:var(--us-fg);border:1px solid var(--us-border);border-radius:8px;padding:12px 14px;box-sizing:border-box;max-width:100%}
.us-report[data-theme=dark]{${DARK}color-scheme:dark}
@media (prefers-color-scheme:dark){.us-report[data-theme=system]{${DARK}color-scheme:dark}}
.us-report *{box-sizing:border-box}
.us-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px;margin:0}
.us-score{font-size:2rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.us-rating{font-weight:700;letter-spacing:.04em}
.us-report[data-rating=exposed] .us-rating,.us-report[data-rating=unsafe] .us-rating,.us-report[data-rating=dangerous] .us-rating{color:var(--us-bad)}
.us-report[data-rating=medium] .us-rating{color:var(--us-warn)}
.us-report[data-rating=ok] .us-rating,.us-report[data-rating=safe] .us-rating,.us-report[data-rating=perfect] .us-rating{color:var(--us-good)}
.us-meta{color:var(--us-muted);font-size:.85rem;margin:2px 0 0}
.us-meta code{font:inherit;font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;color:var(--us-fg)}
.us-rows{margin-top:8px}
.us-rows>summary{cursor:pointer;color:var(--us-muted);font-size:.9rem}
.us-table{border-collapse:collapse;width:100%;margin-top:6px;font-size:.82rem}
.us-table td{padding:3px 6px;overflow-wrap:anywhere;border-top:1px solid var(--us-border);vertical-align:top}
.us-table tr:nth-child(even){background:var(--us-row)}
.us-name{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;overflow-wrap:anywhere;min-width:12ch}
.us-table td:nth-child(3){overflow-wrap:anywhere}
.us-table td.us-exp{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}
.us-set-true{color:var(--us-good)}.us-set-false{color:var(--us-bad)}.us-set-na{color:var(--us-muted)}
.us-error{color:var(--us-bad);margin:0}
.us-foot{margin:8px 0 0;font-size:.85rem}
.us-foot a{color:var(--us-link)}
.us-edit{display:block;width:100%;min-height:8em;margin-top:8px;font:12px/1.4 ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;background:var(--us-bg);color:var(--us-fg);border:1px solid var(--us-border);border-radius:6px;padding:6px}
`;
