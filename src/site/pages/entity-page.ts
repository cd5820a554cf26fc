// **entity-page** — the page of one entity: its names in every language, its statements in sections,
// the figures of a life, what the entity gives others (an event's person statements) and what mentions
// it (what happened at a place). Sources add the claims that cite them (source-page.ts).
import type { Claim } from '../../graph/claim.js';
import { eventClaims } from '../../graph/derive.js';
import { withInstanceOf } from '../../graph/render-entity.js';
import type { AnyEntity } from '../../model/entity.js';
import { html, type Html } from '../html.js';
import { propertyLabel } from '../labels.js';
import { wikidataPage } from '../paths.js';
import { schemaOrg } from '../schema-org.js';
import { MAX_MENTIONS, nameOf } from '../site-index.js';
import { propertyGroups, propertyHtml } from './claims.js';
import { personFigures } from './figure-slot.js';
import { pageHtml } from './layout.js';
import type { PageContext } from './page-context.js';
import { SECTION_ORDER, sectionOf } from './sections.js';
import { valueHtml } from './values.js';

export const KIND_NAMES: Record<AnyEntity['kind'], [string, string]> = {
  person: ['Person', 'People'], work: ['Work', 'Works'], event: ['Event', 'Events'], place: ['Place', 'Places'],
  organization: ['Organisation', 'Organisations'], source: ['Source', 'Sources'],
};

/** The whole HTML page of an entity; `claims` are those its page shows (own and derived). */
export function entityPageHtml(given: PageContext, entity: AnyEntity, claims: Claim[], extra: Html | '' = ''): string {
  const page = entity.kind === 'source' ? { ...given, metadata: true } : given;
  const iri = page.index.iriOf(entity.id);
  const all = withInstanceOf(page.ctx, entity, claims);
  const name = nameOf(entity);
  const body = html`<article class="entity kind-${entity.kind}">
${headHtml(entity, iri)}
${sectionsHtml(page, entity, all)}
${entity.kind === 'event' ? givesHtml(page, entity) : ''}${extra}${mentionsHtml(page, entity.id)}</article>`;
  return pageHtml({
    title: name.label, depth: page.depth, manifest: page.ctx.manifest, rdf: entity.id,
    jsonLd: schemaOrg(entity, iri, all, page.index, (i) => page.concepts.get(i)?.label), body,
  });
}

function headHtml(entity: AnyEntity, iri: string): Html {
  const name = nameOf(entity);
  const description = entity.descriptions.en !== undefined ? ['en', entity.descriptions.en] : Object.entries(entity.descriptions)[0];
  const wikidata = entity.qid ? wikidataPage(`http://www.wikidata.org/entity/${entity.qid}`) : undefined;
  return html`<header class="entity-head">
<p class="kind">${KIND_NAMES[entity.kind][0]}</p>
<h1 lang="${name.lang}">${name.label}</h1>
${description ? html`<p class="description" lang="${description[0]}">${description[1]}</p>\n` : ''}<p class="iri">IRI: <code>${iri}</code>${wikidata ? html` · Wikidata: <a href="${wikidata}">${entity.qid}</a>` : ''}</p>
</header>`;
}

/** What a reader looks for first: born and died, with the best-ranked readings. */
function factsHtml(page: PageContext, claims: Claim[]): Html | '' {
  const best = (name: string) => {
    const of = claims.filter((c) => c.property.ns === 'wd' && c.property.name === name && c.rank !== 'deprecated');
    const preferred = of.filter((c) => c.rank === 'preferred');
    return (preferred.length ? preferred : of).map((c) => value(page, c));
  };
  const line = (label: string, date: Html[], place: Html[]) =>
    date.length || place.length ? html`<dt>${label}</dt><dd>${join(date)}${date.length && place.length ? ', ' : ''}${join(place)}</dd>` : '';
  const born = line('Born', best('dateOfBirth'), best('placeOfBirth'));
  const died = line('Died', best('dateOfDeath'), best('placeOfDeath'));
  return born || died ? html`<dl class="facts">${born}${died}</dl>\n` : '';
}

const join = (items: Html[]) => items.map((item, i) => html`${i ? ' or ' : ''}${item}`);

/** Labels, descriptions and aliases in every language and script (a table only where there is more than one name). */
function namesHtml(entity: AnyEntity): Html {
  const langs = [...new Set([...Object.keys(entity.labels), ...Object.keys(entity.aliases), ...Object.keys(entity.descriptions)])].sort();
  if (langs.length < 2 && !Object.keys(entity.aliases).length) return html``;
  return html`<table class="names"><caption>Names in every language</caption>
<thead><tr><th scope="col">Language</th><th scope="col">Name</th><th scope="col">Also known as</th><th scope="col">Description</th></tr></thead>
<tbody>${langs.map((lang) => html`
<tr><th scope="row"><code>${lang}</code></th><td lang="${lang}">${entity.labels[lang] ?? ''}</td><td lang="${lang}">${(entity.aliases[lang] ?? []).join(' · ')}</td><td lang="${lang}">${entity.descriptions[lang] ?? ''}</td></tr>`)}</tbody></table>`;
}

function sectionsHtml(page: PageContext, entity: AnyEntity, claims: Claim[]): Html {
  const groups = propertyGroups(page, entity.id, claims);
  const bySection = new Map<string, typeof groups>();
  for (const group of groups) {
    const section = sectionOf(entity.kind, group.claims[0]!.claim);
    bySection.set(section, [...(bySection.get(section) ?? []), group]);
  }
  const table = namesHtml(entity);
  const nameGroups = entity.kind === 'person' ? bySection.get('Names') ?? [] : [];
  const names = table.text || nameGroups.length ? html`<section class="statements" id="names"><h2>Names</h2>
${table}${nameGroups.map((g) => propertyHtml(page, g))}</section>` : '';
  const rest = SECTION_ORDER.filter((title) => title !== 'Names' && bySection.has(title)).map((title) => html`
<section class="statements" id="${title.toLowerCase().replace(/ /g, '-')}"><h2>${title}</h2>
${bySection.get(title)!.map((g) => propertyHtml(page, g))}</section>`);
  const lead = entity.kind === 'person' ? html`${factsHtml(page, claims)}${personFigures(page, entity)}` : '';
  return html`${lead}${names}${rest}`;
}

/** An event's statements about the people it happened to (a birth gives a birth date and place). */
function givesHtml(page: PageContext, event: Extract<AnyEntity, { kind: 'event' }>): Html | '' {
  const given = [...eventClaims(page.ctx, event)];
  if (!given.length) return '';
  return html`
<section class="statements" id="gives"><h2>What this event says about its participants</h2>
${given.map(([id, claims]) => html`<h3>${valueHtml(page, { type: 'item', iri: page.index.iriOf(id) })}</h3>
<ul class="gives">${claims.map((c) => html`<li class="rank-${c.rank}">${propertyLabel(c.property)}: ${c.rank === 'deprecated' ? html`<del>${value(page, c)}</del>` : value(page, c)} <span class="rank">${c.rank}</span></li>`)}</ul>`)}</section>`;
}

const value = (page: PageContext, c: Claim) => valueHtml(page, c.snak.type === 'value' ? c.snak.value : c.snak);

function mentionsHtml(page: PageContext, id: string): Html | '' {
  const mentions = page.index.mentions.get(id);
  if (!mentions?.length) return '';
  const total = page.index.mentionCounts.get(id) ?? mentions.length;
  return html`
<section class="mentions" id="mentioned"><h2>${page.index.names.get(id)?.kind === 'place' ? 'What happened here' : 'Mentioned by'}</h2>
<ul>${mentions.map((m) => html`<li>${valueHtml(page, { type: 'item', iri: page.index.iriOf(m.from) })} <span class="via">(${m.property})</span></li>`)}</ul>
${total > MAX_MENTIONS ? html`<p>… and ${total - MAX_MENTIONS} more (the dumps list them all).</p>` : ''}</section>
`;
}
