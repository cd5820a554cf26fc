// **claims** — an entity's statements as a reader checks them: grouped by property, each with its
// rank in words, the reason for the rank, its qualifiers, and its sources (verbatim quote, document,
// place in it) in a <details> that opens without script. Where a property holds claims of different
// ranks (two years of one expulsion), they stand side by side; deprecated claims are struck through.
import type { Claim, ClaimReference } from '../../graph/claim.js';
import { propertyIris } from '../../graph/property.js';
import { StatementIds } from '../../graph/statement-id.js';
import { html, type Html } from '../html.js';
import { propertyLabel } from '../labels.js';
import { valueHtml, itemLink } from './values.js';
import type { PageContext } from './page-context.js';

/** Claims of one property, in data order, with their statement ids. */
export interface PropertyGroup {
  label: string;
  claims: { claim: Claim; id: string }[];
}

/** Claims grouped by property in order of first appearance, each with the id of its statement IRI
 *  (`<base>statement/<id>`), counted as the RDF renderer counts them (graph/render-claims.ts). */
export function propertyGroups(page: PageContext, entityId: string, claims: Claim[]): PropertyGroup[] {
  const ids = new StatementIds(entityId);
  const groups = new Map<string, PropertyGroup>();
  for (const claim of claims) {
    const iris = propertyIris(claim.property);
    let group = groups.get(iris.claim);
    if (!group) groups.set(iris.claim, (group = { label: propertyLabel(claim.property), claims: [] }));
    group.claims.push({ claim, id: '' });
  }
  for (const group of groups.values()) {
    for (const entry of group.claims) entry.id = `${entityId}-${ids.next(propertyIris(entry.claim.property).id, entry.claim)}`;
  }
  return [...groups.values()];
}

/** One property and its claims: a list, or side by side where the claims disagree in rank. */
export function propertyHtml(page: PageContext, group: PropertyGroup, level = 3): Html {
  const ranks = new Set(group.claims.map((c) => c.claim.rank));
  const conflict = group.claims.length > 1 && (ranks.size > 1 || group.claims.some((c) => c.claim.rankReason));
  const heading = level === 3 ? html`<h3>${group.label}</h3>` : html`<h4>${group.label}</h4>`;
  return html`<section class="property">${heading}
<ul class="claims${conflict ? ' conflict' : ''}">${group.claims.map((c) => claimHtml(page, c.claim, c.id))}</ul></section>
`;
}

function claimHtml(page: PageContext, claim: Claim, id: string): Html {
  const value = valueHtml(page, claim.snak.type === 'value' ? claim.snak.value : claim.snak);
  const deprecated = claim.rank === 'deprecated';
  return html`
<li class="claim rank-${claim.rank}${deprecated ? ' deprecated' : ''}" id="${id}"><div class="value">${deprecated ? html`<del>${value}</del>` : value} <span class="rank">${claim.rank}</span></div>${qualifiersHtml(page, claim)}${claim.rankReason ? html`<p class="reason"><span class="why">Why ${claim.rank}:</span> ${claim.rankReason}</p>` : ''}${claim.derivedFrom ? html`<p class="origin">From the event ${itemLink(page, page.index.iriOf(claim.derivedFrom))}</p>` : ''}${IMPLIED.has(claim.origin) || (page.metadata && !claim.references.length) ? '' : sourcesHtml(page, claim.references)}</li>`;
}

/** Claims the entity's kind implies (a person is a human): they cite no source and need none. */
const IMPLIED = new Set(['kind', 'type']);

function qualifiersHtml(page: PageContext, claim: Claim): Html | '' {
  if (!claim.qualifiers.length) return '';
  return html`<ul class="qualifiers">${claim.qualifiers.map((q) => html`<li>${propertyLabel(q.property)}: ${valueHtml(page, q.value)}</li>`)}</ul>`;
}

/** The sources of a claim, revealed on demand: quote, document, place in it, notes. */
export function sourcesHtml(page: PageContext, references: ClaimReference[]): Html {
  if (!references.length) return html`<p class="unsourced">No source given.</p>`;
  const count = `${references.length} source${references.length === 1 ? '' : 's'}`;
  return html`<details class="sources"><summary>${count}</summary>${references.map((r) => referenceHtml(page, r))}</details>`;
}

function referenceHtml(page: PageContext, ref: ClaimReference): Html {
  const document = ref.sourceIri ? itemLink(page, ref.sourceIri) : ref.url ? html`<a href="${ref.url}">${ref.url}</a>` : '';
  const place = ref.at ? html`, <span class="at">${ref.at}</span>` : '';
  return html`<div class="reference">${ref.quote ? html`<blockquote lang="${ref.lang ?? 'und'}">${ref.quote}</blockquote>` : ''}<p class="cite">${document}${place}${ref.namedAs ? html`; names it “${ref.namedAs}”` : ''}${ref.url && ref.sourceIri ? html` (<a href="${ref.url}">online</a>)` : ''}</p>${ref.note ? html`<p class="note">${ref.note}</p>` : ''}${(ref.snaks ?? []).length ? html`<ul class="snaks">${ref.snaks!.map((s) => html`<li>${propertyLabel(s.property)}: ${valueHtml(page, s.value)}</li>`)}</ul>` : ''}</div>`;
}
