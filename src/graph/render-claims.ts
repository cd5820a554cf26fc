// **render-claims** — an entity's claims → Wikibase RDF: wdt: triples for best-rank statements
// (truthy), and in the full profile statement nodes with rank, qualifiers, value nodes and shared
// reference nodes (wikidata-rdf.md §1.3–1.4).
//
// Quads come out grouped by subject, so writers can nest them without re-sorting: the subject's own
// triples first (`head`), then each statement followed by the shared nodes it is first to use (`tail`).
// This is the hot loop of big exports: plain pushes into arrays, terms made once where they recur.
import type { NamedNode, Quad } from '@rdfjs/types';
import { NAMESPACES } from '../vocab/namespaces.js';
import type { Claim, ClaimQualifier, ClaimReference, Value } from './claim.js';
import { referenceIri, skolemIri, statementIri, type GraphContext } from './context.js';
import { best } from './derive.js';
import { sha1 } from './hash.js';
import { StatementIds } from './statement-id.js';
import { ll, propertyTerms, wd, type PropertyRef } from './property.js';
import { simpleTerm, valueNodeOf } from './render-values.js';
import { langString, literal, node, quad, RDF_TYPE, termKey, vocab } from './terms.js';

const wb = (local: string) => vocab(NAMESPACES.wikibase + local);
const TYPE = vocab(RDF_TYPE);
const STATEMENT = wb('Statement');
const BEST_RANK = wb('BestRank');
const RANK = wb('rank');
const REFERENCE = wb('Reference');
const DERIVED_FROM = vocab(NAMESPACES.prov + 'wasDerivedFrom');
const RANK_TERM = { preferred: wb('PreferredRank'), normal: wb('NormalRank'), deprecated: wb('DeprecatedRank') } as const;

/** IRIs of shared nodes (references, values) already written: a Set, or a BoundedSet when streaming. */
export interface Written {
  has(iri: string): boolean;
  add(iri: string): unknown;
}

/** Quads of one subject (`head`) and of the nodes that hang off it (`tail`), in writing order. */
export interface Rendered {
  head: Quad[];
  tail: Quad[];
}

/** The claims' quads on `subject`, grouped by subject. */
export function claimQuads(ctx: GraphContext, entityId: string, subject: string, claims: Claim[], written: Written): Quad[] {
  const out: Rendered = { head: [], tail: [] };
  renderClaims(ctx, entityId, node(subject), claims, written, out);
  return out.head.concat(out.tail);
}

export function renderClaims(ctx: GraphContext, entityId: string, subject: NamedNode, claims: Claim[], written: Written, out: Rendered): void {
  const ids = new StatementIds(entityId);
  for (const [property, group] of groupByProperty(claims)) {
    const bestSet = new Set(bestOf(ctx, entityId, property, group));
    // Statement ids in group order; the truthy profile needs them only to name unknown values.
    const idOf = ctx.profile === 'full' || group.some((c) => c.snak.type === 'somevalue') ? statementIdsOf(ids, group) : undefined;
    // Two best statements with one value (a spelling variant kept as a second claim) give one triple.
    const seen = bestSet.size > 1 ? new Set<string>() : undefined;
    for (const claim of bestSet) {
      const q = truthy(ctx, subject, claim, idOf);
      if (seen) {
        const key = `${q.predicate.value} ${termKey(q.object)}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.head.push(q);
      const normalized = claim.snak.type === 'value' ? normalizedOf(claim.snak.value) : undefined;
      if (normalized) out.head.push(quad(subject, propertyTerms(claim.property).normalized!.direct, normalized));
    }
    if (ctx.profile === 'full') for (const claim of group) statement(ctx, entityId, subject, claim, idOf!.get(claim)!, bestSet.has(claim), written, out);
  }
}

/** The best-rank claims of a group; a preferred claim of the subject's elsewhere in a stream outranks normal ones here. */
function bestOf(ctx: GraphContext, entityId: string, property: string, group: Claim[]): Claim[] {
  const found = best(group);
  return found[0]?.rank === 'normal' && ctx.preferred?.has(entityId, property) ? [] : found;
}

/** Claims by property, keyed by the p: IRI. */
function groupByProperty(claims: Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = propertyTerms(claim.property).claim.value;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
}

function statementIdsOf(ids: StatementIds, group: Claim[]): Map<Claim, string> {
  const out = new Map<Claim, string>();
  for (const claim of group) out.set(claim, ids.next(propertyTerms(claim.property).id, claim));
  return out;
}

function truthy(ctx: GraphContext, subject: NamedNode, claim: Claim, idOf: Map<Claim, string> | undefined): Quad {
  const terms = propertyTerms(claim.property);
  if (claim.snak.type === 'novalue') return quad(subject, TYPE, terms.novalue);
  // Named after the statement it comes from, so it too survives edits of references and qualifiers.
  if (claim.snak.type === 'somevalue') return quad(subject, terms.direct, node(skolemIri(ctx, sha1(`${subject.value} ${terms.direct.value} ${idOf!.get(claim)}`))));
  return quad(subject, terms.direct, simpleTerm(claim.snak.value));
}

function statement(ctx: GraphContext, entityId: string, subject: NamedNode, claim: Claim, id: string, isBest: boolean, written: Written, out: Rendered): void {
  const terms = propertyTerms(claim.property);
  const s = node(statementIri(ctx, entityId, id));
  out.head.push(quad(subject, terms.claim, s));
  const own = out.tail;
  const shared: Quad[] = []; // shared nodes first used here, written after the statement's own triples
  own.push(quad(s, TYPE, STATEMENT));
  if (isBest) own.push(quad(s, TYPE, BEST_RANK));
  own.push(quad(s, RANK, RANK_TERM[claim.rank]));
  if (claim.snak.type === 'novalue') own.push(quad(s, TYPE, terms.novalue));
  else if (claim.snak.type === 'somevalue') own.push(quad(s, terms.statement, node(skolemIri(ctx, sha1(`${s.value} ${terms.statement.value}`)))));
  else {
    const value = claim.snak.value;
    own.push(quad(s, terms.statement, simpleTerm(value)));
    valueNode(ctx, s, terms.statementValue, value, written, own, shared);
    const normalized = normalizedOf(value);
    if (normalized) own.push(quad(s, terms.normalized!.statement, normalized));
  }
  qualifiersOf(claim).forEach((q, i) => qualifier(ctx, s, q, i, written, own, shared));
  if (claim.rankReason) qualifier(ctx, s, { property: ll('rankReason'), value: { type: 'monolingualtext', text: claim.rankReason, lang: 'en' } }, 0, written, own, shared);
  for (const reference of claim.references) referenceLink(ctx, s, reference, written, own, shared);
  for (const q of shared) own.push(q);
}

/** The statement's qualifiers, with the earliest / latest bounds (P1319 / P1326) of its value and of
 *  its time qualifiers: a qualifier cannot be qualified in Wikibase, so the bounds of a start or end
 *  time stand beside it on the statement, as Wikidata editors record them. */
export function qualifiersOf(claim: Claim): ClaimQualifier[] {
  const main = claim.snak.type === 'value' ? bounds(claim.snak.value) : [];
  const all = main.length || claim.qualifiers.some((q) => q.value.type === 'time')
    ? [...main, ...claim.qualifiers.flatMap((q) => [q, ...bounds(q.value)])]
    : claim.qualifiers;
  return all.length > 1 ? uniqueQualifiers(all) : all;
}

function bounds(value: ClaimQualifier['value']): ClaimQualifier[] {
  if (value.type !== 'time') return [];
  const out: ClaimQualifier[] = [];
  if (value.time.earliest) out.push({ property: EARLIEST, value: { type: 'time', time: value.time.earliest } });
  if (value.time.latest) out.push({ property: LATEST, value: { type: 'time', time: value.time.latest } });
  return out;
}
const EARLIEST = wd('earliestDate');
const LATEST = wd('latestDate');

/** A derived claim can repeat a qualifier (two location statements of one value): write it once. */
function uniqueQualifiers(qualifiers: ClaimQualifier[]): ClaimQualifier[] {
  const seen = new Set<string>();
  return qualifiers.filter((q) => {
    const key = JSON.stringify([propertyTerms(q.property).id, q.value]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function qualifier(ctx: GraphContext, s: NamedNode, q: ClaimQualifier, position: number, written: Written, own: Quad[], shared: Quad[]): void {
  const terms = propertyTerms(q.property);
  if (q.value.type === 'somevalue' || q.value.type === 'novalue') {
    own.push(specialSnak(ctx, s, q.value.type, terms.qualifier, terms.novalue, position));
    return;
  }
  own.push(quad(s, terms.qualifier, simpleTerm(q.value)));
  valueNode(ctx, s, terms.qualifierValue, q.value, written, own, shared);
  const normalized = normalizedOf(q.value);
  if (normalized) own.push(quad(s, terms.normalized!.qualifier, normalized));
}

/** An unknown value (a skolem IRI named after its node, property and place) or no value (`a wdno:P…`
 *  on the node), as SnakRdfBuilder writes a qualifier or reference snak. */
function specialSnak(ctx: GraphContext, subject: NamedNode, type: 'somevalue' | 'novalue', predicate: NamedNode, novalue: NamedNode, position: number): Quad {
  return type === 'novalue' ? quad(subject, TYPE, novalue) : quad(subject, predicate, node(skolemIri(ctx, sha1(`${subject.value} ${predicate.value} ${position}`))));
}

/** An identifier's normalized form (ExternalIdentifierRdfBuilder), when its property has a formatter URI.
 *  Quantities would have one in standard units, but only with a unit converter, which we do not have. */
function normalizedOf(value: Value): NamedNode | undefined {
  return value.type === 'external-id' && value.normalized !== undefined ? node(value.normalized) : undefined;
}

/** The value node of a time, quantity or coordinate value, linked from `from`; written once. */
function valueNode(ctx: GraphContext, from: NamedNode | Quad['subject'], predicate: NamedNode, value: Value, written: Written, own: Quad[], shared: Quad[]): void {
  const v = valueNodeOf(ctx, value);
  if (!v) return;
  own.push(quad(from, predicate, node(v.iri)));
  if (!written.has(v.iri)) {
    written.add(v.iri);
    for (const q of v.quads()) shared.push(q);
  }
}

const pr = (p: PropertyRef) => propertyTerms(p).reference;
const STATED_IN = pr(wd('statedIn'));
const QUOTATION = pr(wd('quotation'));
const LOCATOR = pr(ll('locator'));
// Wikidata uses P1932 "stated as" in references for the source's own spelling.
const NAMED_AS = pr(wd('objectNamedAs'));
const NOTE = pr(ll('referenceNote'));
const URL = pr(wd('referenceUrl'));

function referenceLink(ctx: GraphContext, s: NamedNode, reference: ClaimReference, written: Written, own: Quad[], shared: Quad[]): void {
  const iri = referenceIri(ctx, referenceHash(reference));
  const r = node(iri);
  own.push(quad(s, DERIVED_FROM, r));
  if (written.has(iri)) return;
  written.add(iri);
  shared.push(quad(r, TYPE, REFERENCE));
  if (reference.sourceIri) shared.push(quad(r, STATED_IN, node(reference.sourceIri)));
  if (reference.quote) shared.push(quad(r, QUOTATION, langString(reference.quote, reference.lang!)));
  if (reference.at) shared.push(quad(r, LOCATOR, literal(reference.at)));
  if (reference.namedAs) shared.push(quad(r, NAMED_AS, literal(reference.namedAs)));
  if (reference.note) shared.push(quad(r, NOTE, langString(reference.note, 'en')));
  if (reference.url) shared.push(quad(r, URL, node(reference.url)));
  const valueNodes: Quad[] = []; // after the reference's own triples, so that quads stay grouped by subject
  for (const [position, snak] of (reference.snaks ?? []).entries()) {
    const terms = propertyTerms(snak.property);
    if (snak.value.type === 'somevalue' || snak.value.type === 'novalue') {
      shared.push(specialSnak(ctx, r, snak.value.type, terms.reference, terms.novalue, position));
      continue;
    }
    shared.push(quad(r, terms.reference, simpleTerm(snak.value)));
    valueNode(ctx, r, terms.referenceValue, snak.value, written, shared, valueNodes);
    const normalized = normalizedOf(snak.value);
    if (normalized) shared.push(quad(r, terms.normalized!.reference, normalized));
  }
  for (const q of valueNodes) shared.push(q);
}

/** The hash that names a reference node (wdref:), from its content. */
export function referenceHash(reference: ClaimReference): string {
  // (A replacer costs on every key: only references with snaks by property key need one.)
  return sha1(reference.snaks ? JSON.stringify(reference, byPropertyId) : JSON.stringify(reference));
}

/** A reference's hash names each property by its IRI, not by the whole description a declared one carries. */
function byPropertyId(key: string, value: unknown): unknown {
  return key === 'property' ? propertyTerms(value as PropertyRef).reference.value : value;
}
