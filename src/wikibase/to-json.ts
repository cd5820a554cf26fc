// **to-json** — a dataset as Wikibase JSON, one entity per line: the statements of our RDF (the same
// GUIDs, qualifiers, references and ranks, person facts derived from events included) in the shape
// Special:EntityData serves. Our entities keep their own ids, as they do in our IRIs; a `linkedLives`
// object on entities and statements carries what Wikibase has no place for, so that importing the file
// gives the dataset back (src/wikibase/import.ts).
import type { Claim, ClaimQualifier, ClaimReference, Value } from '../graph/claim.js';
import { createContext, refIri, type GraphContext, type GraphOptions } from '../graph/context.js';
import { deriveClaims } from '../graph/derive.js';
import { canonicalJson, guidOf, sha1 } from '../graph/hash.js';
import { ll, propertyIris, wd, type PropertyRef } from '../graph/property.js';
import { qualifiersOf, referenceHash } from '../graph/render-claims.js';
import { instanceOf } from '../graph/render-entity.js';
import { sourceClaims } from '../graph/source-claims.js';
import { StatementIds } from '../graph/statement-id.js';
import type { Dataset } from '../model/dataset.js';
import type { AnyEntity } from '../model/entity.js';
import { conceptIri, isConceptKey } from '../vocab/concepts.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P } from '../vocab/properties.js';
import { entityClaims } from './claims.js';
import { defaultField } from './fields.js';
import { EXTENSION_KEY, JSON_DATATYPES, type EntityExtension, type JsonEntity, type JsonReference, type JsonStatement, type Snak } from './json-model.js';
import { dataValueOf, qidOfIri } from './values.js';

/** The id of the line that carries the manifest (title, description, base IRI, licence). */
export const DATASET_ENTITY_ID = 'dataset';

/** The dataset's lines: the manifest, its declared properties, sources, concepts, then the entities. */
export function* wikibaseJsonLines(dataset: Dataset, options: GraphOptions = {}): Generator<string> {
  const ctx = createContext(dataset, options);
  const { manifest } = ctx;
  yield JSON.stringify(entityJson(DATASET_ENTITY_ID, 'item', manifest.title, manifest.description, {}, [], { kind: 'dataset', baseIri: manifest.baseIri, license: manifest.license }, ctx));
  for (const info of ctx.properties.declared) {
    const claims = {
      ...(info.formatterUri !== undefined && { [FORMATTER_URI]: [stringStatement(info.key, FORMATTER_URI, info.formatterUri)] }),
      ...(info.format !== undefined && { [FORMAT]: [stringStatement(info.key, FORMAT, info.format)] }),
    };
    yield JSON.stringify({ type: 'property', datatype: datatypeId(info.datatype), id: info.key, labels: terms(info.labels), descriptions: terms(info.descriptions), aliases: {}, claims });
  }
  for (const source of manifest.sources) {
    const extension: EntityExtension = { kind: 'source', ...(source.qid && { qid: source.qid }), language: source.language, ...(source.url && { url: source.url }) };
    yield JSON.stringify(entityJson(source.id, 'item', source.labels, source.descriptions, source.aliases, [instanceOf(ctx, source), ...sourceClaims(ctx, source)], extension, ctx));
  }
  for (const [key, concept] of Object.entries(manifest.concepts)) {
    const broader = concept.broader === undefined ? [] : [plainClaim(wd('subclassOf'), { type: 'item', iri: refIri(ctx, concept.broader), ref: concept.broader }, 'broader')];
    yield JSON.stringify(entityJson(key, 'item', { en: concept.label }, {}, {}, broader, { kind: 'concept', group: concept.group, ...(concept.qid && { qid: concept.qid }) }, ctx));
  }
  const derived = deriveClaims(ctx, dataset.entities);
  for (const entity of dataset.entities) {
    const claims = entityClaims(ctx, entity, derived);
    const extension: EntityExtension = { kind: entity.kind, ...(entity.qid && { qid: entity.qid }), ...('type' in entity && { type: entity.type }) };
    yield JSON.stringify(entityJson(entity.id, 'item', entity.labels, entity.descriptions, entity.aliases, claims, extension, ctx, entity));
  }
}

/** Wikidata's "formatter URI for RDF resource" and "format as a regular expression", on a declared property. */
export const FORMATTER_URI = 'P1921';
export const FORMAT = 'P1793';

function stringStatement(propertyKey: string, property: string, value: string): JsonStatement {
  const mainsnak = withHash({ snaktype: 'value', property, datavalue: { type: 'string', value }, datatype: 'string' });
  return { mainsnak, type: 'statement', id: `${propertyKey}$${guidOf(`${propertyKey}\t${property}`)}`, rank: 'normal', references: [] };
}

const plainClaim = (property: PropertyRef, value: Value, origin: string): Claim =>
  ({ property, snak: { type: 'value', value }, rank: 'normal', qualifiers: [], references: [], origin });

function entityJson(id: string, type: 'item' | 'property', labels: Record<string, string>, descriptions: Record<string, string>, aliases: Record<string, string[]>,
  claims: Claim[], extension: EntityExtension | undefined, ctx: GraphContext, entity?: AnyEntity): JsonEntity {
  const ids = new StatementIds(id);
  const statements: Record<string, JsonStatement[]> = {};
  for (const claim of claims) {
    const propertyId = propertyIris(claim.property).id;
    (statements[propertyId] ??= []).push(statementJson(id, claim, ids.next(propertyId, claim), ctx, entity));
  }
  return {
    type, id,
    labels: terms(labels), descriptions: terms(descriptions),
    aliases: Object.fromEntries(Object.entries(aliases).map(([lang, list]) => [lang, list.map((value) => ({ language: lang, value }))])),
    claims: statements,
    ...(type === 'item' && { sitelinks: {} }),
    ...(extension && { [EXTENSION_KEY]: extension }),
  };
}

const terms = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([lang, value]) => [lang, { language: lang, value }]));

function statementJson(entityId: string, claim: Claim, statementId: string, ctx: GraphContext, entity?: AnyEntity): JsonStatement {
  const qualifiers = qualifiersOf(claim);
  if (claim.rankReason) qualifiers.push({ property: ll('rankReason'), value: { type: 'monolingualtext', text: claim.rankReason, lang: 'en' } });
  const grouped = groupSnaks(qualifiers.map((q) => valueSnak(q.property, q.value, ctx)));
  const extension = {
    ...(claim.derivedFrom !== undefined && { derivedFrom: claim.derivedFrom }),
    // The P31 claim the kind or type gives has no field; a P31 of the data's claims says where it is.
    ...(entity && entity.kind !== 'source' && claim.derivedFrom === undefined && !['kind', 'type'].includes(claim.origin)
      && (claim.origin !== defaultField(entity.kind, propertyIris(claim.property).id) || propertyIris(claim.property).id === P.instanceOf) && { field: claim.origin }),
    ...(claim.id !== undefined && claim.derivedFrom === undefined && { idGiven: true as const }),
  };
  return {
    mainsnak: claim.snak.type === 'value' ? valueSnak(claim.property, claim.snak.value, ctx) : withHash({ snaktype: claim.snak.type, property: propertyIris(claim.property).id, datatype: datatypeId(propertyIris(claim.property).datatype) }),
    type: 'statement',
    id: `${entityId}$${statementId}`,
    rank: claim.rank,
    ...(qualifiers.length && { qualifiers: grouped.snaks, 'qualifiers-order': grouped.order }),
    references: claim.references.map((r) => referenceJson(r, ctx)),
    ...(Object.keys(extension).length && { [EXTENSION_KEY]: extension }),
  };
}

const datatypeId = (datatype: keyof typeof JSON_DATATYPES) => JSON_DATATYPES[datatype];

function valueSnak(property: PropertyRef, value: ClaimQualifier['value'], ctx: GraphContext): Snak {
  const iris = propertyIris(property);
  if (value.type === 'somevalue' || value.type === 'novalue') return withHash({ snaktype: value.type, property: iris.id, datatype: datatypeId(iris.datatype) });
  return withHash({ snaktype: 'value', property: iris.id, datavalue: dataValueOf(value, (iri) => refOfIri(ctx, iri)), datatype: datatypeId(iris.datatype) });
}

/** Snaks carry a content hash, as Wikibase's do (Wikibase hashes its PHP serialization, which we do not reproduce). */
function withHash(snak: Snak): Snak {
  return { ...snak, hash: sha1(canonicalJson(snak)) };
}

function groupSnaks(snaks: Snak[]): { snaks: Record<string, Snak[]>; order: string[] } {
  const out: Record<string, Snak[]> = {};
  for (const snak of snaks) (out[snak.property] ??= []).push(snak);
  return { snaks: out, order: Object.keys(out) };
}

/** A reference's snaks in the order our RDF writes them; its hash is that of its reference node. */
function referenceJson(reference: ClaimReference, ctx: GraphContext): JsonReference {
  const snaks: Snak[] = [];
  const add = (property: PropertyRef, value: ClaimQualifier['value']) => snaks.push(valueSnak(property, value, ctx));
  if (reference.sourceIri) add(wd('statedIn'), { type: 'item', iri: reference.sourceIri });
  if (reference.quote) add(wd('quotation'), { type: 'monolingualtext', text: reference.quote, lang: reference.lang! });
  if (reference.at) add(ll('locator'), { type: 'string', text: reference.at });
  if (reference.namedAs) add(wd('objectNamedAs'), { type: 'string', text: reference.namedAs });
  if (reference.note) add(ll('referenceNote'), { type: 'monolingualtext', text: reference.note, lang: 'en' });
  if (reference.url) add(wd('referenceUrl'), { type: 'url', iri: reference.url });
  for (const snak of reference.snaks ?? []) add(snak.property, snak.value);
  const grouped = groupSnaks(snaks);
  // A reference URL or "stated as" given by property id as well as by our field: say which is ours.
  const keyed = new Set((reference.snaks ?? []).map((s) => propertyIris(s.property).id));
  const fields = keyed.has(P.referenceUrl) || keyed.has(P.objectNamedAs)
    ? { [EXTENSION_KEY]: { fields: [...(reference.url ? ['url' as const] : []), ...(reference.namedAs ? ['namedAs' as const] : [])] } } : {};
  return { hash: referenceHash(reference), snaks: grouped.snaks, 'snaks-order': grouped.order, ...fields };
}

/** The reference the data would write for an IRI: a QID, an entity id or a concept key. */
export function refOfIri(ctx: GraphContext, iri: string): string {
  const qid = qidOfIri(iri);
  if (qid) return qid;
  for (const prefix of [`${ctx.base}entity/`, `${ctx.base}concept/`]) if (iri.startsWith(prefix)) return iri.slice(prefix.length);
  if (iri.startsWith(NAMESPACES.llc)) {
    const key = iri.slice(NAMESPACES.llc.length);
    if (isConceptKey(key) && conceptIri(key) === iri) return key;
  }
  return iri;
}
