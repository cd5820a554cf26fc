// **svg** — the markup every figure shares: escaping, numbers written the same way on every run, a
// rough text width (no font metrics at build time), links to entity pages, and the accessible frame.

/** Turns an entity id into a link relative to the page the figure sits on ("../entity/paris.html"). */
export type Href = (id: string) => string;

/** A text and, where the data says it, its language. */
export interface Label {
  text: string;
  lang?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a quoted attribute value (XML and HTML alike). */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A coordinate with at most two decimals, without "-0": the same input gives the same bytes. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** ` lang="ru"` where the label has a language other than the figure's. */
export const langAttr = (label: Label, figureLang: string): string =>
  label.lang && label.lang !== figureLang ? ` lang="${esc(label.lang)}"` : '';

/** Width of a text in user units at a font size, from an average glyph width: enough to keep labels
 *  apart; wide glyphs (Cyrillic capitals, W, M) are counted wider. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[MWmw@]/.test(ch) ? 0.85 : /[A-Z\u0400-\u042F]/.test(ch) ? 0.7 : /[\u0430-\u044F]/.test(ch) ? 0.65 : /[il.,:;'|!]/.test(ch) ? 0.3 : 0.6;
  return units * fontSize;
}

/** Shortens a text to at most `max` characters, ending in "…". */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export interface FrameOptions {
  /** The element id the figure's title and description ids are made from; unique on the page. */
  id: string;
  /** The figure's class: `ll-timeline`, `ll-relations`, `ll-map`. */
  className: string;
  width: number;
  height: number;
  title: string;
  /** What the figure shows, in sentences, for screen readers. */
  desc: string;
  lang: string;
  body: string;
}

/** The `<svg>` around a figure, labelled by its `<title>` and `<desc>`; scaled by the page through its
 *  viewBox. Its role is `group`, not `img`: an img's children are presentational, so the links to
 *  entity pages inside would be hidden from screen readers (axe-core's "nested-interactive", serious). */
export function frame(o: FrameOptions): string {
  const t = `${o.id}-title`;
  const d = `${o.id}-desc`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="ll-figure ${o.className}" id="${esc(o.id)}" role="group" aria-labelledby="${esc(t)} ${esc(d)}" viewBox="0 0 ${num(o.width)} ${num(o.height)}" lang="${esc(o.lang)}">`
    + `<title id="${esc(t)}">${esc(o.title)}</title><desc id="${esc(d)}">${esc(o.desc)}</desc>${o.body}</svg>`;
}

/** A mark linking to an entity page, with a tooltip (the `<title>` child, read as the link's name). */
export const link = (href: string, tooltip: string, content: string, className?: string): string =>
  `<a href="${esc(href)}"${className ? ` class="${className}"` : ''}><title>${esc(tooltip)}</title>${content}</a>`;

/** A text element; `anchor` start, middle or end. */
export function text(x: number, y: number, content: string, o: { className?: string; anchor?: 'start' | 'middle' | 'end'; lang?: string } = {}): string {
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  const cls = o.className ? ` class="${o.className}"` : '';
  const lang = o.lang ? ` lang="${esc(o.lang)}"` : '';
  return `<text x="${num(x)}" y="${num(y)}"${anchor}${cls}${lang}>${esc(content)}</text>`;
}

export const rect = (x: number, y: number, w: number, h: number, className: string, rx = 0): string =>
  `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(w, 0))}" height="${num(h)}"${rx ? ` rx="${num(rx)}"` : ''} class="${className}"/>`;

export const line = (x1: number, y1: number, x2: number, y2: number, className: string): string =>
  `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" class="${className}"/>`;
