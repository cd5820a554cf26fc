// **identifiers** — the authority files an entity's `identifiers` field knows, by short name, and what
// Wikibase needs to write their identifiers: the property, its "formatter URI for RDF resource" (the
// normalized IRI, wdtn:) and its format, where a public document ties them to the property (see the
// table in docs/data-format.md). Any other identifier goes under `claims:` with its property id.
import type { PropertyName } from './properties.js';

export const AUTHORITIES = {
  /** Virtual International Authority File. */
  viaf: 'viafId',
  /** International Standard Name Identifier (ISO 27729). */
  isni: 'isni',
  /** Gemeinsame Normdatei, the German National Library's authority file. */
  gnd: 'gndId',
  /** Bibliothèque nationale de France. */
  bnf: 'bnfId',
  /** Library of Congress Name Authority File. */
  lcnaf: 'libraryOfCongressAuthorityId',
  /** IdRef, the authority file of French university libraries (SUDOC). */
  idref: 'idrefId',
  /** Biblioteca Nacional de España. */
  bne: 'bneId',
  openLibrary: 'openLibraryId',
} as const satisfies Record<string, PropertyName>;

export type Authority = keyof typeof AUTHORITIES;
export const AUTHORITY_KEYS = Object.keys(AUTHORITIES) as [Authority, ...Authority[]];

/** Formatter URIs for RDF resources (Wikidata's P1921 on the property): `$1` is the identifier. Each is
 *  the pattern of the wdtn: IRIs in Wikidata's own RDF export of Q42 (2023-10-26, kept in
 *  wikimedia/wikidata-query-rdf, rdf-spark-tools/…/dumps/Q42.ttl); VIAF's and GND's are also written out
 *  in AV-EFI/av-efi-schema src/avefi_schema/model.yaml. ISNI had none there, so it gets no wdtn:. */
export const FORMATTER_URIS: Partial<Record<PropertyName, string>> = {
  viafId: 'http://viaf.org/viaf/$1',
  gndId: 'https://d-nb.info/gnd/$1',
  bnfId: 'http://data.bnf.fr/ark:/12148/cb$1#about',
  libraryOfCongressAuthorityId: 'http://id.loc.gov/authorities/names/$1',
  idrefId: 'http://www.idref.fr/$1/id',
  bneId: 'http://datos.bne.es/resource/$1',
};

/** Formats (the "allowed values" of the property's talk page on Wikidata, its P1793), matched against
 *  the whole identifier; a SHACL violation when an identifier does not match. */
export const FORMATS: Partial<Record<PropertyName, string>> = {
  viafId: '[1-9]\\d(\\d{0,7}|\\d{17,20})',
  isni: '[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{3}[0-9X]',
  gndId: '1[0123]?\\d{7}[0-9X]|[47]\\d{6}-\\d|[1-9]\\d{0,7}-[0-9X]|3\\d{7}[0-9X]',
  libraryOfCongressAuthorityId: '(gf|n|nb|nr|no|ns|sh|sj)([4-9][0-9]|00|20[0-2][0-9])[0-9]{6}',
};
