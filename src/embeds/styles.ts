import { SCALE_NAMES, SCALES } from "../domain/statuses";

/**
 * Each status's colour as a class, so no markup needs a style attribute (the strict CSP allows
 * only the hashed stylesheet). Every colour reaches WCAG AA against white, so white text on it
 * reads in light and dark mode alike.
 */
const statusColours = [
  ...new Map(SCALE_NAMES.flatMap((name) => SCALES[name].statuses.map((s) => [s.code, s.color] as const))),
]
  .map(([code, color]) => `.s-${code}{--c:${color}}`)
  .join("");

const base = `:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--link:#0550ae}
@media (prefers-color-scheme:dark){:root{--fg:#f0f6fc;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--link:#4493f8}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible{outline:2px solid var(--link);outline-offset:2px}
.status{display:inline-block;padding:.15em .6em;border-radius:999px;background:var(--c,#57606a);color:#fff;font-weight:600;white-space:nowrap}
${statusColours}`;

/** The card inside the iframe: small, fluid, no web fonts. */
export const CARD_CSS = `${base}
body{background:transparent}
.card{border:1px solid var(--line);border-radius:8px;padding:14px 16px;background:var(--bg);max-width:100%}
.card blockquote{margin:0 0 8px;font-size:1.05em;font-weight:500;overflow-wrap:anywhere}
.card p{margin:4px 0}
.speaker,.meta{color:var(--muted);font-size:.9em}`;

/** The public pages: one readable column that works from phone to desktop. */
export const PAGE_CSS = `${base}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header.site{border-bottom:1px solid var(--line);padding:.75rem 1rem}
header.site a{font-weight:600;text-decoration:none}
h1{font-size:1.5rem;line-height:1.3;margin:.5rem 0;overflow-wrap:anywhere}
h2{font-size:1.1rem;margin-top:2rem}
blockquote{margin:1rem 0;padding-inline-start:1rem;border-inline-start:4px solid var(--line);font-size:1.15rem}
.muted{color:var(--muted)}
ol.timeline{list-style:none;padding:0}
ol.timeline>li{border-inline-start:2px solid var(--line);padding:0 0 1rem 1rem;margin-inline-start:.4rem}
code,.hash{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.8em;overflow-wrap:anywhere}
form.search{display:flex;gap:.5rem;margin:1rem 0}
form.search input{flex:1;padding:.5rem;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:6px}
form.search button{padding:.5rem 1rem;font:inherit;border-radius:6px;border:1px solid var(--line);background:var(--bg);color:inherit}
ul.changes{padding:0;list-style:none}
ul.changes li{padding:.6rem 0;border-bottom:1px solid var(--line)}`;
