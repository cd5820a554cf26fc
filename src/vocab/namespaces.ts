// **namespaces** — every namespace IRI the library writes, and the prefix map writers use.

/** Wikidata's own namespaces, exactly as its RDF dumps write them (wikidata-rdf.md §1.1). */
export const WIKIDATA = {
  wd: 'http://www.wikidata.org/entity/',
  wds: 'http://www.wikidata.org/entity/statement/',
  wdref: 'http://www.wikidata.org/reference/',
  wdv: 'http://www.wikidata.org/value/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  wdtn: 'http://www.wikidata.org/prop/direct-normalized/',
  p: 'http://www.wikidata.org/prop/',
  ps: 'http://www.wikidata.org/prop/statement/',
  psv: 'http://www.wikidata.org/prop/statement/value/',
  psn: 'http://www.wikidata.org/prop/statement/value-normalized/',
  pq: 'http://www.wikidata.org/prop/qualifier/',
  pqv: 'http://www.wikidata.org/prop/qualifier/value/',
  pqn: 'http://www.wikidata.org/prop/qualifier/value-normalized/',
  pr: 'http://www.wikidata.org/prop/reference/',
  prv: 'http://www.wikidata.org/prop/reference/value/',
  prn: 'http://www.wikidata.org/prop/reference/value-normalized/',
  wdno: 'http://www.wikidata.org/prop/novalue/',
  wikibase: 'http://wikiba.se/ontology#',
} as const;

/** Standard vocabularies. schema.org is http, not https, as in Wikidata. */
export const STANDARD = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'http://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  cc: 'http://creativecommons.org/ns#',
  dct: 'http://purl.org/dc/terms/',
  sh: 'http://www.w3.org/ns/shacl#',
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  spdx: 'http://spdx.org/rdf/terms#',
  /** GeoSPARQL: the datatype of coordinates' simple values (`"Point(lon lat)"^^geo:wktLiteral`). */
  geo: 'http://www.opengis.net/ont/geosparql#',
} as const;

/**
 * linked-lives' own namespaces, for what Wikidata has no verified identifier for:
 * entity kinds (ll:Person …), concepts with no verified QID, and extension
 * properties, which follow Wikidata's property-namespace pattern so that
 * `llp:`/`llps:`/`llpq:` read exactly like `p:`/`ps:`/`pq:`.
 */
const LL = 'https://w3id.org/linked-lives/';
export const LINKED_LIVES = {
  ll: `${LL}ontology#`,
  llc: `${LL}concept/`,
  llt: `${LL}prop/direct/`,
  lltn: `${LL}prop/direct-normalized/`,
  llp: `${LL}prop/`,
  llps: `${LL}prop/statement/`,
  llpsv: `${LL}prop/statement/value/`,
  llpsn: `${LL}prop/statement/value-normalized/`,
  llpq: `${LL}prop/qualifier/`,
  llpqv: `${LL}prop/qualifier/value/`,
  llpqn: `${LL}prop/qualifier/value-normalized/`,
  llpr: `${LL}prop/reference/`,
  llprv: `${LL}prop/reference/value/`,
  llprn: `${LL}prop/reference/value-normalized/`,
  llno: `${LL}prop/novalue/`,
  llx: `${LL}prop/entity/`,
} as const;

export const NAMESPACES = { ...STANDARD, ...WIKIDATA, ...LINKED_LIVES } as const;

/** The other prefixes the Wikidata Query Service declares for every query (wikidata-query-rdf:
 *  DefaultUrisScheme, WikibaseContextListener.addPrefixes, Blazegraph's own bd:/bds:/hint:), so that a
 *  query copied from WDQS parses here too. Our dumps do not write these namespaces (yet). */
export const WDQS_PREFIXES = {
  wdata: 'http://www.wikidata.org/wiki/Special:EntityData/',
  geof: 'http://www.opengis.net/def/geosparql/function/',
  mediawiki: 'https://www.mediawiki.org/ontology#',
  mwapi: 'https://www.mediawiki.org/ontology#API/',
  gas: 'http://www.bigdata.com/rdf/gas#',
  ontolex: 'http://www.w3.org/ns/lemon/ontolex#',
  wikibaseqs: 'http://wikiba.se/queryService#',
  bd: 'http://www.bigdata.com/rdf#',
  bds: 'http://www.bigdata.com/rdf/search#',
  hint: 'http://www.bigdata.com/queryHints#',
} as const;

/** Every prefix a query gets predeclared. */
export const QUERY_PREFIXES = { ...NAMESPACES, ...WDQS_PREFIXES } as const;
export type Prefix = keyof typeof NAMESPACES;

export const RDF_TYPE = NAMESPACES.rdf + 'type';
export const XSD_STRING = NAMESPACES.xsd + 'string';

/** Builds an IRI in one namespace: `iri('wdt', 'P569')`. */
export function iri(prefix: Prefix, local: string): string {
  return NAMESPACES[prefix] + local;
}

/** Wikibase's unit "1" (a quantity without a unit): RdfVocabulary::ONE_ENTITY. */
export const UNIT_ONE = WIKIDATA.wd + 'Q199';
/** The globe of coordinates that name none: Earth, GlobeCoordinateValue::GLOBE_EARTH (as in Wikibase's
 *  RDF test fixtures, `wikibase:geoGlobe <http://www.wikidata.org/entity/Q2>`). */
export const GLOBE_EARTH = WIKIDATA.wd + 'Q2';
/** Where Commons files are: RdfVocabulary::MEDIA_URI. */
export const COMMONS_FILE_PATH = 'http://commons.wikimedia.org/wiki/Special:FilePath/';

/** The well-known skolem path WDQS uses for "unknown value" nodes. */
export const SKOLEM_PATH = '.well-known/genid/';
