// **concept-page** — the page of a dataset concept (`<base>concept/<key>`): its label, the broader
// concept it is a kind of, and its IRI.
import type { LocalConcept } from '../../graph/concept-nodes.js';
import { html } from '../html.js';
import { pageHtml } from './layout.js';
import type { PageContext } from './page-context.js';
import { itemLink } from './values.js';

export function conceptPageHtml(page: PageContext, iri: string, concept: LocalConcept, group?: string): string {
  const body = html`<article class="entity kind-concept">
<header class="entity-head">
<p class="kind">Concept${group ? html` (${group})` : ''}</p>
<h1>${concept.label}</h1>
<p class="iri">IRI: <code>${iri}</code></p>
</header>
${concept.broader ? html`<section class="statements"><h2>Statements</h2><p>A kind of ${itemLink(page, concept.broader)} (subclass of).</p></section>` : ''}
</article>`;
  return pageHtml({ title: concept.label, depth: page.depth, manifest: page.ctx.manifest, rdf: concept.key, body });
}
