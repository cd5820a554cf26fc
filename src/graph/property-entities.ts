// **property-entities** — the properties a dump uses, described as Wikibase describes them
// (PropertySpecificComponentsRdfBuilder, PropertyStubRdfBuilder): the property entity with its type,
// datatype and labels, the links to its predicates in every role, the OWL typing of those predicates,
// and the class of subjects with "no value". WDQS queries that walk statements generically
// (`?p wikibase:claim ?claim ; wikibase:statementProperty ?ps`) or label properties need them.
// Our extension properties get the same description under llx:.
import type { Quad } from '@rdfjs/types';
import { EXTENSION_PROPERTIES, EXTENSION_TERMS, type ExtensionPropertyName } from '../vocab/extension.js';
import { OBJECT_DATATYPES, PROPERTY_TYPES } from '../vocab/datatypes.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P, PROPERTY_LABELS, type PropertyName } from '../vocab/properties.js';
import { skolemBase } from './context.js';
import { md5 } from './hash.js';
import { ll, propertyIris, wd, type PropertyRef } from './property.js';
import { termQuads } from './render-entity.js';
import { node, RDF_TYPE, triple } from './terms.js';

const n = NAMESPACES;
const wb = (local: string) => n.wikibase + local;
const owl = (local: string) => node(n.owl + local);

/** Every property linked-lives writes, Wikidata's first, each with the IRI of its entity. */
export function knownProperties(): { ref: PropertyRef; iri: string; label: string; description?: string }[] {
  return [
    ...(Object.keys(P) as PropertyName[]).map((name) => ({ ref: wd(name), iri: n.wd + P[name], label: PROPERTY_LABELS[name] })),
    ...(Object.keys(EXTENSION_PROPERTIES) as ExtensionPropertyName[]).map((name) =>
      ({ ref: ll(name), iri: n.llx + EXTENSION_PROPERTIES[name], ...EXTENSION_TERMS[name] })),
  ];
}

/** The description of every known property, in a fixed order. */
export function propertyEntitiesQuads(): Quad[] {
  return knownProperties().flatMap((p) => propertyQuads(p.ref, p.iri, p.label, p.description));
}

function propertyQuads(ref: PropertyRef, iri: string, label: string, description?: string): Quad[] {
  const p = propertyIris(ref);
  const valueKind = OBJECT_DATATYPES.has(p.datatype) ? 'ObjectProperty' : 'DatatypeProperty';
  // The restriction is a blank node in Wikibase (md5 of "owl:complementOf-<source>-<id>"), which WDQS
  // skolemizes under the concept host: with Wikidata's source name, ours is the node WDQS holds.
  const source = ref.ns === 'wd' ? 'wikidata' : 'linked-lives';
  const restriction = `${skolemBase(ref.ns === 'wd' ? n.wd : n.ll)}${md5(`owl:complementOf-${source}-${p.id}`)}`;
  return [
    triple(iri, RDF_TYPE, node(wb('Property'))),
    ...termQuads(iri, { en: label }, description ? { en: description } : {}, {}),
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
    triple(p.claim, RDF_TYPE, owl('ObjectProperty')),
    triple(p.statementValue, RDF_TYPE, owl('ObjectProperty')),
    triple(p.qualifierValue, RDF_TYPE, owl('ObjectProperty')),
    triple(p.referenceValue, RDF_TYPE, owl('ObjectProperty')),
    triple(p.direct, RDF_TYPE, owl(valueKind)),
    triple(p.statement, RDF_TYPE, owl(valueKind)),
    triple(p.qualifier, RDF_TYPE, owl(valueKind)),
    triple(p.reference, RDF_TYPE, owl(valueKind)),
    triple(p.novalue, RDF_TYPE, owl('Class')),
    triple(p.novalue, n.owl + 'complementOf', node(restriction)),
    triple(restriction, RDF_TYPE, owl('Restriction')),
    triple(restriction, n.owl + 'onProperty', node(p.direct)),
    triple(restriction, n.owl + 'someValuesFrom', owl('Thing')),
  ];
}
