// **property** — a property (Wikidata's or a linked-lives extension) and the predicate IRIs of each role
// it plays: direct claim, statement link, statement value, qualifier, reference, novalue class.
import { EXTENSION_DATATYPES, WIKIDATA_DATATYPES, type Datatype } from '../vocab/datatypes.js';
import type { ExtensionPropertyName } from '../vocab/extension.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P, type PropertyName } from '../vocab/properties.js';
import type { NamedNode } from '@rdfjs/types';
import { vocab } from './terms.js';

export type PropertyRef = { ns: 'wd'; name: PropertyName } | { ns: 'll'; name: ExtensionPropertyName };

export const wd = (name: PropertyName): PropertyRef => ({ ns: 'wd', name });
export const ll = (name: ExtensionPropertyName): PropertyRef => ({ ns: 'll', name });

export interface PropertyIris {
  id: string;
  datatype: Datatype;
  direct: string; claim: string; statement: string; statementValue: string;
  qualifier: string; qualifierValue: string; reference: string; referenceValue: string;
  novalue: string;
}

const cache = { wd: new Map<string, PropertyIris>(), ll: new Map<string, PropertyIris>() };

export function propertyIris(property: PropertyRef): PropertyIris {
  let iris = cache[property.ns].get(property.name);
  if (!iris) {
    iris = property.ns === 'wd' ? build(P[property.name], WIKIDATA_DATATYPES[property.name], 'wd') : build(property.name, EXTENSION_DATATYPES[property.name], 'll');
    cache[property.ns].set(property.name, iris);
  }
  return iris;
}

function build(id: string, datatype: Datatype, ns: 'wd' | 'll'): PropertyIris {
  const n = NAMESPACES;
  return ns === 'wd'
    ? { id, datatype, direct: n.wdt + id, claim: n.p + id, statement: n.ps + id, statementValue: n.psv + id,
        qualifier: n.pq + id, qualifierValue: n.pqv + id, reference: n.pr + id, referenceValue: n.prv + id, novalue: n.wdno + id }
    : { id, datatype, direct: n.llt + id, claim: n.llp + id, statement: n.llps + id, statementValue: n.llpsv + id,
        qualifier: n.llpq + id, qualifierValue: n.llpqv + id, reference: n.llpr + id, referenceValue: n.llprv + id, novalue: n.llno + id };
}

/** The same IRIs as terms, made once per property: they recur in every statement of a big dump. */
export type PropertyTerms = { id: string } & { [K in Exclude<keyof PropertyIris, 'id' | 'datatype'>]: NamedNode };

const termCache = { wd: new Map<string, PropertyTerms>(), ll: new Map<string, PropertyTerms>() };

export function propertyTerms(property: PropertyRef): PropertyTerms {
  let terms = termCache[property.ns].get(property.name);
  if (!terms) {
    const { id, datatype: _datatype, ...iris } = propertyIris(property);
    terms = { id, ...Object.fromEntries(Object.entries(iris).map(([role, iri]) => [role, vocab(iri)])) } as PropertyTerms;
    termCache[property.ns].set(property.name, terms);
  }
  return terms;
}
