// **citations** — for each source, the claims that cite it, collected while the entity pages are
// written: the view a historian uses to weigh a source. At most MAX_CITATIONS rows are kept per
// source (a page of a million rows helps no one), with the count of the rest.
import type { Claim } from '../../graph/claim.js';
import { html, type Html } from '../html.js';
import { propertyLabel } from '../labels.js';
import type { PageContext } from './page-context.js';
import { itemLink, valueHtml } from './values.js';

export const MAX_CITATIONS = 2000;

export class Citations {
  private readonly rows = new Map<string, Html[]>();
  private readonly counts = new Map<string, number>();

  /** Notes every reference of the entity's claims; pages at the same depth as source pages render the rows. */
  add(page: PageContext, entityId: string, claims: { claim: Claim; id: string }[]): void {
    for (const { claim, id } of claims) {
      for (const ref of claim.references) {
        if (!ref.sourceIri) continue;
        const count = (this.counts.get(ref.sourceIri) ?? 0) + 1;
        this.counts.set(ref.sourceIri, count);
        if (count > MAX_CITATIONS) continue;
        const entity = itemLink(page, page.index.iriOf(entityId));
        const value = valueHtml(page, claim.snak.type === 'value' ? claim.snak.value : claim.snak);
        const row = html`
<li>${entity}: <a href="${entityId}.html#${id}">${propertyLabel(claim.property)}</a> — ${claim.rank === 'deprecated' ? html`<del>${value}</del>` : value} <span class="rank">${claim.rank}</span>${ref.quote ? html`<blockquote lang="${ref.lang ?? 'und'}">${ref.quote}</blockquote>` : ''}${ref.at ? html`<p class="at">${ref.at}</p>` : ''}</li>`;
        const list = this.rows.get(ref.sourceIri);
        if (list) list.push(row);
        else this.rows.set(ref.sourceIri, [row]);
      }
    }
  }

  /** The section listing the claims that cite a source. */
  sectionFor(sourceIri: string): Html {
    const rows = this.rows.get(sourceIri) ?? [];
    const total = this.counts.get(sourceIri) ?? 0;
    return html`
<section class="citations" id="cited-by"><h2>Claims citing this source (${total})</h2>
${rows.length ? html`<ol>${rows}</ol>` : html`<p>No claim cites this source.</p>`}
${total > rows.length ? html`<p>… and ${total - rows.length} more (the dumps list them all).</p>` : ''}</section>
`;
  }
}
