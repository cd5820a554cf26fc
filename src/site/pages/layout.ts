// **layout** — the frame of every page: language, title, the one stylesheet, the RDF alternates,
// the schema.org description, a header that leads back to the index and a footer with the licence.
import type { Manifest } from '../../model/manifest.js';
import { html, trusted, type Html } from '../html.js';
import { relative } from '../paths.js';

export interface PageFrame {
  title: string;
  /** The title's language, when it is not the page's (English). */
  titleLang?: string;
  depth: number;
  manifest: Manifest;
  /** Stem of the page's RDF files beside it (`victor-serge` for victor-serge.ttl …). */
  rdf?: string;
  jsonLd?: Record<string, unknown>;
  body: Html;
  /** Scripts to load (the index's search), relative to the root. */
  scripts?: string[];
}

export const RDF_FILES = [
  { extension: 'ttl', type: 'text/turtle', name: 'Turtle' },
  { extension: 'nt', type: 'application/n-triples', name: 'N-Triples' },
  { extension: 'jsonld', type: 'application/ld+json', name: 'JSON-LD' },
] as const;

export function pageHtml(frame: PageFrame): string {
  const up = (file: string) => relative(frame.depth, file);
  const datasetTitle = frame.manifest.title.en ?? Object.values(frame.manifest.title)[0] ?? 'Dataset';
  const alternates = frame.rdf ? RDF_FILES.map((f) => html`<link rel="alternate" type="${f.type}" href="${frame.rdf}.${f.extension}">\n`) : '';
  // "</" inside a script element would end it: JSON escapes "<" instead.
  const jsonLd = frame.jsonLd ? html`<script type="application/ld+json">${trusted(JSON.stringify(frame.jsonLd).replace(/</g, '\\u003c'))}</script>\n` : '';
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} — ${datasetTitle}</title>
<link rel="stylesheet" href="${up('style.css')}">
${alternates}${jsonLd}${(frame.scripts ?? []).map((s) => html`<script src="${up(s)}" defer></script>\n`)}</head>
<body>
<header class="site"><a href="${up('index.html')}">${datasetTitle}</a></header>
<main>
${frame.body}
</main>
<footer class="site"><p>${frame.rdf ? html`This page as data: ${RDF_FILES.map((f, i) => html`${i ? ', ' : ''}<a href="${frame.rdf}.${f.extension}">${f.name}</a>`)}. ` : ''}Data licence: <a href="${frame.manifest.license}" rel="license">${frame.manifest.license}</a>. <a href="${up('index.html#downloads')}">Download the whole dataset</a>.</p></footer>
</body>
</html>
`.text;
}
