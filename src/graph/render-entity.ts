// **render-entity** — one entity → its quads: typing, terms (labels written three ways, as Wikidata
// does), owl:sameAs to Wikidata, then its claims.
import type { Quad } from '@rdfjs/types';
import type { AnyEntity } from '../model/entity.js';
import { Q } from '../vocab/items.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { Claim } from './claim.js';
import { entityIri, refIri, type GraphContext } from './context.js';
import { KIND_CLASSES } from './mappings.js';
import { wd } from './property.js';
import { claimQuads, type Written } from './render-claims.js';
import { langString, node, RDF_TYPE, triple, vocab } from './terms.js';

const n = NAMESPACES;
const LABEL_PREDICATES = [n.rdfs + 'label', n.skos + 'prefLabel', n.schema + 'name'];

export function* entityQuads(ctx: GraphContext, entity: AnyEntity, claims: Claim[], written: Written): Generator<Quad> {
  const subject = entityIri(ctx, entity);
  yield triple(subject, RDF_TYPE, vocab(n.wikibase + 'Item'));
  yield triple(subject, RDF_TYPE, vocab(n.ll + KIND_CLASSES[entity.kind]));
  yield* termQuads(subject, entity.labels, entity.descriptions, entity.aliases);
  if (entity.qid && subject !== n.wd + entity.qid) yield triple(subject, n.owl + 'sameAs', node(n.wd + entity.qid));
  yield* claimQuads(ctx, entity.id, subject, [instanceOf(ctx, entity), ...claims], written);
}

export function* termQuads(subject: string, labels: Record<string, string>, descriptions: Record<string, string>, aliases: Record<string, string[]>): Generator<Quad> {
  for (const p of LABEL_PREDICATES) for (const [lang, text] of sorted(labels)) yield triple(subject, p, langString(text, lang));
  for (const [lang, text] of sorted(descriptions)) yield triple(subject, n.schema + 'description', langString(text, lang));
  for (const [lang, list] of sorted(aliases)) for (const text of new Set(list)) yield triple(subject, n.skos + 'altLabel', langString(text, lang));
}

const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));

/** wdt:P31 — Q5 for persons, the `type` concept for the other kinds, "written work" for sources. */
function instanceOf(ctx: GraphContext, entity: AnyEntity): Claim {
  const iri = entity.kind === 'person' ? n.wd + Q.human
    : entity.kind === 'source' ? n.wd + Q.writtenWork
      : refIri(ctx, entity.type);
  return { property: wd('instanceOf'), snak: { type: 'value', value: { type: 'item', iri } }, rank: 'normal', qualifiers: [], references: [], origin: entity.kind === 'person' ? 'kind' : 'type' };
}
