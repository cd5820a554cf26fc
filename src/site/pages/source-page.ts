// **source-page** — a source document's page: its metadata as statements, then every claim that
// cites it with the quote and the place in the document.
import type { Source } from '../../model/source.js';
import { sourceClaims } from '../../graph/source-claims.js';
import { html } from '../html.js';
import type { Citations } from './citations.js';
import { entityPageHtml } from './entity-page.js';
import type { PageContext } from './page-context.js';

export function sourcePageHtml(page: PageContext, source: Source, citations: Citations): string {
  const link = source.url ? html`<p class="document">The document: <a href="${source.url}">${source.url}</a></p>` : '';
  return entityPageHtml(page, source, sourceClaims(page.ctx, source), html`${link}${citations.sectionFor(page.index.iriOf(source.id))}`);
}
