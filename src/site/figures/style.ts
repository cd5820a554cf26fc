// **style** — the figures' colours and strokes, by class: the site appends this to its one stylesheet
// (style.css). Contrast (WCAG): text #1a1a1a on the light greys 16:1, #444 8:1 or more, the contested
// note #b3261e 6:1, the person's name white on #1f4e79 8.7:1. Marks are a dark blue; anything
// contested, deprecated or uncertain also differs in shape (outline, dashes, strike), never in colour
// alone. On a phone, wrap a figure in `<div class="ll-figure-scroll">`: it keeps a width where its
// 11px labels stay legible, and scrolls sideways.
export const FIGURE_CSS = `
.ll-figure { display: block; width: 100%; height: auto; font-family: system-ui, sans-serif; font-size: 11px; }
.ll-figure text { fill: #1a1a1a; }
.ll-figure a:hover text, .ll-figure a:focus text { text-decoration: underline; }
.ll-figure a:focus { outline: 2px solid #1f4e79; }
.ll-figure a:focus-visible rect, .ll-figure a:focus-visible circle { stroke: #000; stroke-width: 2; }
.ll-figure-scroll { overflow-x: auto; }
.ll-figure-scroll > .ll-timeline { min-width: 960px; }
.ll-figure-scroll > .ll-relations { min-width: 880px; }
.ll-figure-scroll > .ll-map { min-width: 560px; }

.tl-band-bg { fill: #f6f7f9; }
.tl-band-title { font-weight: 600; fill: #444; }
.tl-grid { stroke: #dde1e6; stroke-width: 1; }
.tl-tick, .tl-legend { fill: #444; }
.tl-outside { fill: #e9ebee; }
.tl-frame { stroke: #444; stroke-width: 1.5; stroke-dasharray: 4 3; }
.tl-bar { fill: #1f4e79; }
.tl-range { fill: #a9c6e8; stroke: #1f4e79; stroke-width: 1; }
.tl-dot { fill: #1f4e79; }
.tl-open { stroke: #1f4e79; stroke-width: 3; stroke-dasharray: 3 2; }
.tl-bounds { fill: none; stroke: #1a1a1a; stroke-width: 1.2; }
.tl-alt { fill: #fff; stroke: #b3261e; stroke-width: 1.5; stroke-dasharray: 3 2; }
.tl-alt.tl-deprecated { stroke: #6b6b6b; }
.tl-contested-note { fill: #b3261e; font-style: italic; }

.rel-edge { fill: none; stroke: #8a96a3; stroke-width: 1.2; }
.rel-person { fill: #1f4e79; }
.ll-figure .rel-person-name { fill: #fff; font-size: 14px; font-weight: 600; }
.ll-figure .rel-relation { font-weight: 600; fill: #444; }
.rel-bracket { stroke: #8a96a3; stroke-width: 1; }
.rel-pill { fill: #eef3f9; stroke: #1f4e79; stroke-width: 1; }
.rel-unlinked .rel-pill { fill: #fff; stroke-dasharray: 3 2; }
.rel-deprecated .rel-pill { fill: #fff; stroke: #6b6b6b; }
.rel-strike { stroke: #1a1a1a; stroke-width: 1; }

.map-sea { fill: #f3f6f9; stroke: #8a96a3; stroke-width: 1; }
.map-grid { stroke: #d5dbe1; stroke-width: 1; }
.ll-figure .map-grid-label { fill: #444; font-size: 10px; }
.map-point { fill: #1f4e79; stroke: #fff; stroke-width: 1.5; }
.ll-figure .map-label { font-size: 12px; }
`;
