// **render-claims** — an entity's claims → Wikibase RDF: wdt: triples for best-rank statements
// (truthy), and in the full profile statement nodes with rank, qualifiers, value nodes and shared
// reference nodes (wikidata-rdf.md §1.3–1.4).
import type { NamedNode, Quad } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { Claim, ClaimQualifier, ClaimReference } from './claim.js';
import { referenceIri, skolemIri, statementIri, type GraphContext } from './context.js';
import { best } from './derive.js';
import { guidOf, memoHash, sha1 } from './hash.js';
import { termKey } from './group-by-subject.js';
import { ll, propertyIris, wd, type PropertyRef } from './property.js';
import { simpleTerm, timeValueNode } from './render-values.js';
import { langString, literal, node, RDF_TYPE, triple, vocab } from './terms.js';

const wb = (local: string) => NAMESPACES.wikibase + local;
const referenceHash = memoHash(sha1);
const RANK_IRI = { preferred: wb('PreferredRank'), normal: wb('NormalRank'), deprecated: wb('DeprecatedRank') } as const;

/** IRIs of shared nodes (references, values) already written: a Set, or a BoundedSet when streaming. */
export interface Written {
  has(iri: string): boolean;
  add(iri: string): unknown;
}

export function* claimQuads(ctx: GraphContext, entityId: string, subject: string, claims: Claim[], written: Written): Generator<Quad> {
  const byProperty = groupByProperty(claims);
  for (const group of byProperty.values()) {
    const bestSet = new Set(best(group));
    // Two best statements with one value (a spelling variant kept as a second claim) give one triple.
    const seen = bestSet.size > 1 ? new Set<string>() : undefined;
    for (const claim of bestSet) {
      for (const q of truthy(ctx, subject, claim)) {
        if (seen) {
          const key = `${q.predicate.value} ${termKey(q.object)}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        yield q;
      }
    }
    if (ctx.profile === 'full') {
      const guids = new Map<string, number>();
      for (const claim of group) yield* statement(ctx, entityId, subject, claim, bestSet.has(claim), guids, written);
    }
  }
}

function groupByProperty(claims: Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = propertyIris(claim.property).claim;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return groups;
}

function* truthy(ctx: GraphContext, subject: string, claim: Claim): Generator<Quad> {
  const iris = propertyIris(claim.property);
  if (claim.snak.type === 'novalue') yield triple(subject, RDF_TYPE, vocab(iris.novalue));
  else if (claim.snak.type === 'somevalue') yield triple(subject, iris.direct, node(skolemIri(ctx, sha1(`${subject} ${iris.direct} ${JSON.stringify(claim.references)}`))));
  else yield triple(subject, iris.direct, simpleTerm(claim.snak.value));
}

function* statement(ctx: GraphContext, entityId: string, subject: string, claim: Claim, isBest: boolean, guids: Map<string, number>, written: Written): Generator<Quad> {
  const iris = propertyIris(claim.property);
  // Claims are built in a fixed key order (zod outputs keys in schema order), so JSON is canonical here.
  const content = JSON.stringify([iris.id, claim.snak, claim.rank, claim.rankReason, claim.qualifiers, claim.references]);
  const seen = guids.get(content) ?? 0;
  guids.set(content, seen + 1);
  const s = statementIri(ctx, entityId, guidOf(`${entityId} ${content} ${seen}`));
  yield triple(subject, iris.claim, node(s));
  yield triple(s, RDF_TYPE, vocab(wb('Statement')));
  if (isBest) yield triple(s, RDF_TYPE, vocab(wb('BestRank')));
  yield triple(s, wb('rank'), vocab(RANK_IRI[claim.rank]));
  if (claim.snak.type === 'novalue') yield triple(s, RDF_TYPE, vocab(iris.novalue));
  else if (claim.snak.type === 'somevalue') yield triple(s, iris.statement, node(skolemIri(ctx, sha1(`${s} ${iris.statement}`))));
  else {
    const value = claim.snak.value;
    yield triple(s, iris.statement, simpleTerm(value));
    if (value.type === 'time') {
      yield* valueNode(ctx, s, iris.statementValue, value.time, written);
      for (const [name, bound] of [['earliestDate', value.time.earliest], ['latestDate', value.time.latest]] as const) {
        if (bound) yield* qualifier(ctx, s, { property: wd(name), value: { type: 'time', time: bound } }, written);
      }
    }
  }
  const qualifiers = claim.qualifiers.length > 1 ? uniqueQualifiers(claim.qualifiers) : claim.qualifiers;
  for (const q of qualifiers) yield* qualifier(ctx, s, q, written);
  if (claim.rankReason) yield* qualifier(ctx, s, { property: ll('rankReason'), value: { type: 'monolingualtext', text: claim.rankReason, lang: 'en' } }, written);
  for (const reference of claim.references) yield* referenceLink(ctx, s, reference, written);
}

/** A derived claim can repeat a qualifier (two location statements of one value): write it once. */
function uniqueQualifiers(qualifiers: ClaimQualifier[]): ClaimQualifier[] {
  const seen = new Set<string>();
  return qualifiers.filter((q) => {
    const key = JSON.stringify([propertyIris(q.property).id, q.value]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function* qualifier(ctx: GraphContext, s: string, q: ClaimQualifier, written: Written): Generator<Quad> {
  const iris = propertyIris(q.property);
  yield triple(s, iris.qualifier, simpleTerm(q.value));
  if (q.value.type === 'time') yield* valueNode(ctx, s, iris.qualifierValue, q.value.time, written);
}

function* valueNode(ctx: GraphContext, from: string, predicate: string, time: Parameters<typeof timeValueNode>[1], written: Written): Generator<Quad> {
  const v = timeValueNode(ctx, time);
  yield triple(from, predicate, node(v.iri));
  if (!written.has(v.iri)) {
    written.add(v.iri);
    yield* v.quads;
  }
}

function* referenceLink(ctx: GraphContext, s: string, reference: ClaimReference, written: Written): Generator<Quad> {
  const r = referenceIri(ctx, referenceHash(JSON.stringify(reference)));
  yield triple(s, NAMESPACES.prov + 'wasDerivedFrom', node(r));
  if (written.has(r)) return;
  written.add(r);
  yield triple(r, RDF_TYPE, vocab(wb('Reference')));
  const pr = (p: PropertyRef) => propertyIris(p).reference;
  yield triple(r, pr(wd('statedIn')), node(reference.sourceIri));
  yield triple(r, pr(wd('quotation')), langString(reference.quote, reference.lang));
  if (reference.at) yield triple(r, pr(ll('locator')), literal(reference.at));
  // Wikidata uses P1932 "stated as" in references for the source's own spelling.
  if (reference.namedAs) yield triple(r, pr(wd('objectNamedAs')), literal(reference.namedAs));
  if (reference.note) yield triple(r, pr(ll('referenceNote')), langString(reference.note, 'en'));
  if (reference.url) yield triple(r, pr(wd('referenceUrl')), node(reference.url) as NamedNode);
}
