import { FIGURE_CSS } from './figures/style.js';

// **style** — the site's one stylesheet (with the figures' rules appended): system fonts (nothing fetched), readable measure, contrast
// above WCAG AA, a single column on a phone, conflicting claims side by side where there is room.
export const STYLE_CSS = `:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; --paper: #fdfdfb; --soft: #f1efe8; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header.site, footer.site { padding: .6rem 1rem; background: var(--soft); border-bottom: 1px solid var(--line); }
footer.site { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 2rem; font-size: .9rem; }
header.site a { font-weight: 600; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #e0a100; outline-offset: 2px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .3rem 0; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
p.kind { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
.description { font-size: 1.1rem; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: 1.1rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.iri code { word-break: break-all; font-size: .85rem; }
table.names { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.names caption { text-align: left; font-weight: 600; padding: .3rem 0; }
table.names th, table.names td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
ul.claims { list-style: none; padding: 0; margin: 0; }
li.claim { border-left: 4px solid var(--line); padding: .3rem .6rem; margin: .4rem 0; background: #fff; }
li.rank-preferred { border-left-color: #1f6f3a; }
li.deprecated { border-left-color: #9b1c1c; }
li.deprecated .value { color: var(--muted); }
ul.claims.conflict { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .6rem; }
ul.claims.conflict li.claim { margin: 0; border: 1px solid var(--line); border-top: 4px solid var(--line); }
ul.claims.conflict li.rank-preferred { border-top-color: #1f6f3a; }
ul.claims.conflict li.deprecated { border-top-color: #9b1c1c; }
.rank { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; background: var(--soft); color: var(--ink); border: 1px solid var(--line); }
.rank-preferred > .value .rank { background: #dcefe2; }
.deprecated .rank { background: #f6dcdc; }
del { text-decoration-thickness: 2px; }
.qualifiers, .snaks { margin: .2rem 0; padding-left: 1.2rem; font-size: .92rem; }
.reason, .origin, .note, .at, .unsourced { font-size: .9rem; color: var(--muted); margin: .2rem 0; }
.why { font-weight: 600; color: var(--ink); }
details.sources { margin: .3rem 0; }
details.sources summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
.reference { border-top: 1px dotted var(--line); padding: .3rem 0; }
blockquote { margin: .3rem 0; padding: .2rem .7rem; border-left: 3px solid #8a7a4a; background: var(--soft); font-style: italic; }
.cite { margin: .2rem 0; font-size: .9rem; }
.calendar { color: var(--muted); font-size: .9rem; }
.figures svg { max-width: 100%; height: auto; }
ul.entities { columns: 16rem; padding-left: 1.2rem; }
form.search { margin: 1rem 0; padding: .6rem; background: var(--soft); border: 1px solid var(--line); }
form.search input { font: inherit; padding: .3rem; width: min(100%, 30rem); display: block; }
.via { color: var(--muted); font-size: .9rem; }
.citations li { margin: .5rem 0; }
@media (max-width: 40rem) { main { padding: .6rem; } h1 { font-size: 1.5rem; } table.names { font-size: .85rem; } }
@media print { details.sources { display: block; } header.site, footer.site, form.search { display: none; } }
` + FIGURE_CSS;
