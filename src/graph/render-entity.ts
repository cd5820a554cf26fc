// **render-entity** — one entity → its quads: typing, terms (labels written three ways, as Wikidata
// does), skos:exactMatch to Wikidata, then its claims. Not owl:sameAs: Wikibase writes that only for
// redirects, and WDQS queries that list redirects (`?r owl:sameAs ?target`) would count our entities.
import type { NamedNode, Quad } from '@rdfjs/types';
import type { AnyEntity } from '../model/entity.js';
import { Q } from '../vocab/items.js';
import { P } from '../vocab/properties.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { Claim } from './claim.js';
import { entityIri, refIri, type GraphContext } from './context.js';
import { KIND_CLASSES } from './mappings.js';
import { propertyIris, wd } from './property.js';
import { renderClaims, type Rendered, type Written } from './render-claims.js';
import { documentQuads, type StatementCounts } from './entity-data.js';
import { langString, node, quad, RDF_TYPE, vocab } from './terms.js';

const n = NAMESPACES;
const LABEL_PREDICATES = [n.rdfs + 'label', n.skos + 'prefLabel', n.schema + 'name'].map(vocab);
const DESCRIPTION = vocab(n.schema + 'description');
const ALT_LABEL = vocab(n.skos + 'altLabel');
const EXACT_MATCH = vocab(n.skos + 'exactMatch');
const TYPE = vocab(RDF_TYPE);
const ITEM = vocab(n.wikibase + 'Item');
const KIND_TERMS = Object.fromEntries(Object.entries(KIND_CLASSES).map(([kind, local]) => [kind, vocab(n.ll + local)])) as Record<keyof typeof KIND_CLASSES, NamedNode>;

/** The entity's quads, grouped by subject: its own triples, then its statements and their nodes, then
 *  its document node. `document: false` leaves the document out, for a stream that learns the entity's
 *  statement count only later (graph/stream.ts). */
export function entityQuads(ctx: GraphContext, entity: AnyEntity, claims: Claim[], written: Written, document = true): Quad[] {
  const iri = entityIri(ctx, entity);
  const subject = node(iri);
  const out: Rendered = { head: [quad(subject, TYPE, ITEM), quad(subject, TYPE, KIND_TERMS[entity.kind])], tail: [] };
  pushTermQuads(out.head, subject, entity.labels, entity.descriptions, entity.aliases);
  if (entity.qid && iri !== n.wd + entity.qid) out.head.push(quad(subject, EXACT_MATCH, node(n.wd + entity.qid)));
  const all = withInstanceOf(ctx, entity, claims);
  renderClaims(ctx, entity.id, subject, all, written, out);
  if (!document) return out.head.concat(out.tail);
  const { document: doc, onEntity } = documentQuads(ctx, entity.id, iri, statementCounts(all));
  return out.head.concat(onEntity, out.tail, doc);
}

/** Statements and identifier statements among claims (wikibase:statements, wikibase:identifiers). */
export function statementCounts(claims: Claim[]): StatementCounts {
  // Wikibase's wb-identifiers page prop: the statements whose property is an external identifier.
  let identifiers = 0;
  for (const claim of claims) if (propertyIris(claim.property).datatype === 'external-id') identifiers++;
  return { statements: claims.length, identifiers };
}

export function termQuads(subject: string, labels: Record<string, string>, descriptions: Record<string, string>, aliases: Record<string, string[]>): Quad[] {
  const out: Quad[] = [];
  pushTermQuads(out, node(subject), labels, descriptions, aliases);
  return out;
}

function pushTermQuads(out: Quad[], subject: NamedNode, labels: Record<string, string>, descriptions: Record<string, string>, aliases: Record<string, string[]>): void {
  const labelList = sorted(labels).map(([lang, text]) => langString(text, lang));
  for (const p of LABEL_PREDICATES) for (const label of labelList) out.push(quad(subject, p, label));
  for (const [lang, text] of sorted(descriptions)) out.push(quad(subject, DESCRIPTION, langString(text, lang)));
  for (const [lang, list] of sorted(aliases)) for (const text of new Set(list)) out.push(quad(subject, ALT_LABEL, langString(text, lang)));
}

const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));

/** The claims with "instance of" in front, unless a P31 statement of the data already states the entity's
 *  class (with its id, qualifiers and references, as one imported from Wikidata does): then that one. */
export function withInstanceOf(ctx: GraphContext, entity: AnyEntity, claims: Claim[]): Claim[] {
  const own = instanceOf(ctx, entity);
  const iri = own.snak.type === 'value' && own.snak.value.type === 'item' ? own.snak.value.iri : undefined;
  const stated = claims.some((c) => c.rank !== 'deprecated' && c.snak.type === 'value' && c.snak.value.type === 'item' && c.snak.value.iri === iri
    && propertyIris(c.property).id === P.instanceOf);
  return stated ? claims : [own, ...claims];
}

/** wdt:P31 — Q5 for persons, the `type` concept for the other kinds, "written work" for sources. */
export function instanceOf(ctx: GraphContext, entity: AnyEntity): Claim {
  const iri = entity.kind === 'person' ? n.wd + Q.human
    : entity.kind === 'source' ? n.wd + Q.writtenWork
      : refIri(ctx, entity.type);
  const ref = entity.kind === 'person' ? Q.human : entity.kind === 'source' ? Q.writtenWork : entity.type;
  return { property: wd('instanceOf'), snak: { type: 'value', value: { type: 'item', iri, ref } }, rank: 'normal', qualifiers: [], references: [], origin: entity.kind === 'person' ? 'kind' : 'type' };
}
