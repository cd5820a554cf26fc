// **property** — a property (Wikidata's, a linked-lives extension, or one a dataset declares) and the
// predicate IRIs of each role it plays: direct claim, statement link, statement value, qualifier,
// reference, novalue class, and for identifiers and quantities the normalized forms (wdtn:, psn: …).
import { EXTENSION_DATATYPES, NORMALIZED_DATATYPES, WIKIDATA_DATATYPES, type Datatype } from '../vocab/datatypes.js';
import type { ExtensionPropertyName } from '../vocab/extension.js';
import { FORMATTER_URIS } from '../vocab/identifiers.js';
import { NAMESPACES } from '../vocab/namespaces.js';
import { P, type PropertyName } from '../vocab/properties.js';
import type { PropertyInfo } from '../model/property-table.js';
import type { NamedNode } from '@rdfjs/types';
import { vocab } from './terms.js';

/** `open`: a property the dataset's manifest declares, with the IRIs it has under the dataset's base. */
export type PropertyRef =
  | { ns: 'wd'; name: PropertyName }
  | { ns: 'll'; name: ExtensionPropertyName }
  | { ns: 'open'; info: PropertyInfo; iris: PropertyIris };

export const wd = (name: PropertyName): PropertyRef => ({ ns: 'wd', name });
export const ll = (name: ExtensionPropertyName): PropertyRef => ({ ns: 'll', name });

export interface PropertyIris {
  id: string;
  datatype: Datatype;
  direct: string; claim: string; statement: string; statementValue: string;
  qualifier: string; qualifierValue: string; reference: string; referenceValue: string;
  novalue: string;
  /** External identifiers and quantities: wdtn:, psn:, pqn:, prn:. */
  normalized?: { direct: string; statement: string; qualifier: string; reference: string };
  /** External identifiers: the IRI of the identified thing, `$1` standing for the identifier. */
  formatterUri?: string;
}

const cache = { wd: new Map<string, PropertyIris>(), ll: new Map<string, PropertyIris>() };

export function propertyIris(property: PropertyRef): PropertyIris {
  if (property.ns === 'open') return property.iris;
  let iris = cache[property.ns].get(property.name);
  if (!iris) {
    iris = property.ns === 'wd'
      ? build(P[property.name], WIKIDATA_DATATYPES[property.name], WIKIDATA_SPACE, FORMATTER_URIS[property.name])
      : build(property.name, EXTENSION_DATATYPES[property.name], EXTENSION_SPACE);
    cache[property.ns].set(property.name, iris);
  }
  return iris;
}

/** The namespaces of a property's roles. */
interface PropertySpace {
  direct: string; claim: string; statement: string; statementValue: string; qualifier: string; qualifierValue: string;
  reference: string; referenceValue: string; novalue: string;
  directNormalized: string; statementNormalized: string; qualifierNormalized: string; referenceNormalized: string;
}

const n = NAMESPACES;
const WIKIDATA_SPACE: PropertySpace = {
  direct: n.wdt, claim: n.p, statement: n.ps, statementValue: n.psv, qualifier: n.pq, qualifierValue: n.pqv, reference: n.pr, referenceValue: n.prv,
  novalue: n.wdno, directNormalized: n.wdtn, statementNormalized: n.psn, qualifierNormalized: n.pqn, referenceNormalized: n.prn,
};
const EXTENSION_SPACE: PropertySpace = {
  direct: n.llt, claim: n.llp, statement: n.llps, statementValue: n.llpsv, qualifier: n.llpq, qualifierValue: n.llpqv, reference: n.llpr,
  referenceValue: n.llprv, novalue: n.llno, directNormalized: n.lltn, statementNormalized: n.llpsn, qualifierNormalized: n.llpqn, referenceNormalized: n.llprn,
};

/** A dataset's own properties live under its base IRI, in Wikidata's pattern: <base>prop/direct/<name> … */
function datasetSpace(base: string): PropertySpace {
  const p = `${base}prop/`;
  return {
    direct: `${p}direct/`, claim: p, statement: `${p}statement/`, statementValue: `${p}statement/value/`, qualifier: `${p}qualifier/`,
    qualifierValue: `${p}qualifier/value/`, reference: `${p}reference/`, referenceValue: `${p}reference/value/`, novalue: `${p}novalue/`,
    directNormalized: `${p}direct-normalized/`, statementNormalized: `${p}statement/value-normalized/`,
    qualifierNormalized: `${p}qualifier/value-normalized/`, referenceNormalized: `${p}reference/value-normalized/`,
  };
}

/** The IRI of a dataset's own property entity. */
export const datasetPropertyIri = (base: string, name: string) => `${base}prop/entity/${name}`;

function build(id: string, datatype: Datatype, s: PropertySpace, formatterUri?: string): PropertyIris {
  return {
    id, datatype, direct: s.direct + id, claim: s.claim + id, statement: s.statement + id, statementValue: s.statementValue + id,
    qualifier: s.qualifier + id, qualifierValue: s.qualifierValue + id, reference: s.reference + id, referenceValue: s.referenceValue + id,
    novalue: s.novalue + id,
    ...(NORMALIZED_DATATYPES[datatype] && {
      normalized: { direct: s.directNormalized + id, statement: s.statementNormalized + id, qualifier: s.qualifierNormalized + id, reference: s.referenceNormalized + id },
    }),
    ...(formatterUri !== undefined && { formatterUri }),
  };
}

const openRefs = new Map<string, PropertyRef>();

/** The property a key of the property table stands for, under a base IRI. */
export function propertyRefOf(info: PropertyInfo, base: string): PropertyRef {
  if (info.name) return wd(info.name);
  const cacheKey = `${info.wikidata ? '' : base} ${info.key}`;
  let ref = openRefs.get(cacheKey);
  if (!ref || (ref.ns === 'open' && ref.info !== info)) {
    const iris = build(info.key, info.datatype, info.wikidata ? WIKIDATA_SPACE : datasetSpace(base), info.formatterUri);
    ref = { ns: 'open', info, iris };
    if (openRefs.size > 10_000) openRefs.clear();
    openRefs.set(cacheKey, ref);
  }
  return ref;
}

/** The same IRIs as terms, made once per property: they recur in every statement of a big dump. */
export type PropertyTerms = { id: string } & {
  [K in Exclude<keyof PropertyIris, 'id' | 'datatype' | 'normalized' | 'formatterUri'>]: NamedNode
} & { normalized?: { direct: NamedNode; statement: NamedNode; qualifier: NamedNode; reference: NamedNode } };

const termCache = new WeakMap<PropertyIris, PropertyTerms>();

export function propertyTerms(property: PropertyRef): PropertyTerms {
  const iris = propertyIris(property);
  let terms = termCache.get(iris);
  if (!terms) {
    const { id, datatype: _datatype, normalized, formatterUri: _formatter, ...roles } = iris;
    terms = {
      id, ...Object.fromEntries(Object.entries(roles).map(([role, iri]) => [role, vocab(iri)])),
      ...(normalized && { normalized: Object.fromEntries(Object.entries(normalized).map(([role, iri]) => [role, vocab(iri)])) }),
    } as PropertyTerms;
    termCache.set(iris, terms);
  }
  return terms;
}
