// **property-entities** — the properties a dump uses, described as Wikibase describes them
// (PropertySpecificComponentsRdfBuilder, PropertyStubRdfBuilder): the property entity with its type,
// datatype and labels, the links to its predicates in every role, the OWL typing of those predicates,
// and the class of subjects with "no value". WDQS queries that walk statements generically
// (`?p wikibase:claim ?claim ; wikibase:statementProperty ?ps`) or label properties need them.
// Our extension properties get the same description under llx:.
import type { Quad } from '@rdfjs/types';
import { EXTENSION_PROPERTIES, EXTENSION_TERMS, type ExtensionPropertyName } from '../vocab/extension.js';
import { NORMALIZED_DATATYPES, OBJECT_DATATYPES, PROPERTY_TYPES } from '../vocab/datatypes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P, PROPERTY_LABELS, type PropertyName } from '../vocab/properties.js';
import { skolemBase, type GraphContext } from './context.js';
import { md5 } from './hash.js';
import { datasetPropertyIri, ll, propertyIris, propertyRefOf, wd, type PropertyRef } from './property.js';
import { termQuads } from './render-entity.js';
import { node, RDF_TYPE, triple } from './terms.js';

const n = NAMESPACES;
const wb = (local: string) => n.wikibase + local;
const owl = (local: string) => node(n.owl + local);

interface KnownProperty {
  ref: PropertyRef;
  iri: string;
  labels: Record<string, string>;
  descriptions: Record<string, string>;
}

/** Every property a dump may use: Wikidata's built-in ones, our extensions, then the manifest's
 *  declared ones (without a context, the first two), each with the IRI of its entity. */
export function knownProperties(ctx?: GraphContext): KnownProperty[] {
  return [
    ...(Object.keys(P) as PropertyName[]).map((name) => ({ ref: wd(name), iri: n.wd + P[name], labels: { en: PROPERTY_LABELS[name] }, descriptions: {} })),
    ...(Object.keys(EXTENSION_PROPERTIES) as ExtensionPropertyName[]).map((name) =>
      ({ ref: ll(name), iri: n.llx + EXTENSION_PROPERTIES[name], labels: { en: EXTENSION_TERMS[name].label }, descriptions: { en: EXTENSION_TERMS[name].description } })),
    ...(ctx?.properties.declared ?? []).map((info) => ({
      ref: propertyRefOf(info, ctx!.base), iri: info.wikidata ? n.wd + info.key : datasetPropertyIri(ctx!.base, info.key), labels: info.labels, descriptions: info.descriptions,
    })),
  ];
}

/** The description of every known property, in a fixed order. */
export function propertyEntitiesQuads(ctx?: GraphContext): Quad[] {
  return knownProperties(ctx).flatMap((p) => propertyQuads(p, ctx));
}

function propertyQuads({ ref, iri, labels, descriptions }: KnownProperty, ctx?: GraphContext): Quad[] {
  const p = propertyIris(ref);
  const valueKind = OBJECT_DATATYPES.has(p.datatype) ? 'ObjectProperty' : 'DatatypeProperty';
  // The restriction is a blank node in Wikibase (md5 of "owl:complementOf-<source>-<id>"), which WDQS
  // skolemizes under the concept host: with Wikidata's source name, ours is the node WDQS holds.
  const wikidata = ref.ns === 'wd' || (ref.ns === 'open' && ref.info.wikidata);
  // A dataset's own property is named after its base IRI, so that it never meets one of ours.
  const source = wikidata ? 'wikidata' : ref.ns === 'll' ? 'linked-lives' : ctx!.base;
  const restriction = `${skolemBase(wikidata ? n.wd : ref.ns === 'open' ? ctx!.base : n.ll)}${md5(`owl:complementOf-${source}-${p.id}`)}`;
  const normalizedKind = NORMALIZED_DATATYPES[p.datatype];
  return [
    triple(iri, RDF_TYPE, node(wb('Property'))),
    ...termQuads(iri, labels, descriptions, {}),
    triple(iri, wb('propertyType'), node(wb(PROPERTY_TYPES[p.datatype]))),
    triple(iri, wb('directClaim'), node(p.direct)),
    triple(iri, wb('claim'), node(p.claim)),
    triple(iri, wb('statementProperty'), node(p.statement)),
    triple(iri, wb('statementValue'), node(p.statementValue)),
    triple(iri, wb('qualifier'), node(p.qualifier)),
    triple(iri, wb('qualifierValue'), node(p.qualifierValue)),
    triple(iri, wb('reference'), node(p.reference)),
    triple(iri, wb('referenceValue'), node(p.referenceValue)),
    triple(iri, wb('novalue'), node(p.novalue)),
    ...(p.normalized ? [
      triple(iri, wb('directClaimNormalized'), node(p.normalized.direct)),
      triple(iri, wb('statementValueNormalized'), node(p.normalized.statement)),
      triple(iri, wb('qualifierValueNormalized'), node(p.normalized.qualifier)),
      triple(iri, wb('referenceValueNormalized'), node(p.normalized.reference)),
    ] : []),
    triple(p.claim, RDF_TYPE, owl('ObjectProperty')),
    triple(p.statementValue, RDF_TYPE, owl('ObjectProperty')),
    triple(p.qualifierValue, RDF_TYPE, owl('ObjectProperty')),
    triple(p.referenceValue, RDF_TYPE, owl('ObjectProperty')),
    triple(p.direct, RDF_TYPE, owl(valueKind)),
    triple(p.statement, RDF_TYPE, owl(valueKind)),
    triple(p.qualifier, RDF_TYPE, owl(valueKind)),
    triple(p.reference, RDF_TYPE, owl(valueKind)),
    ...(p.normalized && normalizedKind ? [
      triple(p.normalized.direct, RDF_TYPE, owl(normalizedKind)),
      triple(p.normalized.statement, RDF_TYPE, owl('ObjectProperty')),
      triple(p.normalized.qualifier, RDF_TYPE, owl('ObjectProperty')),
      triple(p.normalized.reference, RDF_TYPE, owl('ObjectProperty')),
    ] : []),
    triple(p.novalue, RDF_TYPE, owl('Class')),
    triple(p.novalue, n.owl + 'complementOf', node(restriction)),
    triple(restriction, RDF_TYPE, owl('Restriction')),
    triple(restriction, n.owl + 'onProperty', node(p.direct)),
    triple(restriction, n.owl + 'someValuesFrom', owl('Thing')),
  ];
}
