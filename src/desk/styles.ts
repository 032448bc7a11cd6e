import { PAGE_CSS } from "../embeds/styles";

/** The desk: the public pages' look, plus forms, tables and navigation that work from 390 px up. */
export const DESK_CSS = `${PAGE_CSS}
header.site{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
header.site nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;flex:1}
header.site nav a{font-weight:400}
header.site nav a[aria-current=page]{font-weight:700}
header.site form{margin:0}
main{max-width:56rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select,textarea{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:6px;padding:.45rem .5rem;width:100%;max-width:100%}
textarea{min-height:6rem}
input[type=checkbox]{width:auto;margin-inline-end:.5rem}
label.inline{display:inline}
input:focus-visible,select:focus-visible,textarea:focus-visible,button:focus-visible{outline:3px solid var(--link);outline-offset:1px}
button,.button{font:inherit;font-weight:600;padding:.5rem 1rem;border-radius:6px;border:1px solid #0550ae;background:#0550ae;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:var(--bg);color:var(--link)}
.error{color:#b42318;font-weight:600;margin:.25rem 0}
@media (prefers-color-scheme:dark){.error{color:#ff8182}}
[aria-invalid=true]{border-color:#b42318;border-width:2px}
.flash{border:1px solid var(--line);border-inline-start:4px solid var(--link);padding:.5rem 1rem;margin:1rem 0}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.row>*{flex:1 1 12rem}
fieldset{border:1px solid var(--line);border-radius:8px;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:700;padding:0 .25rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:start;padding:.4rem;border-bottom:1px solid var(--line);vertical-align:top}
.table-wrap{overflow-x:auto}
.snippet{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.8rem;min-height:5.5rem}
.pager{display:flex;gap:1rem;margin:1rem 0}`;

/** Adds a "Copy" button to each snippet; the desk works without it (the text can be selected). */
export const DESK_SCRIPT = `document.querySelectorAll("textarea[data-copy]").forEach(function(t){var b=document.createElement("button");b.type="button";b.className="secondary";b.textContent="Copy";b.setAttribute("aria-label","Copy: "+t.getAttribute("data-copy"));b.addEventListener("click",function(){navigator.clipboard.writeText(t.value).then(function(){b.textContent="Copied"},function(){t.select()})});t.insertAdjacentElement("afterend",b)});`;
