// **datatypes** — the Wikibase datatype of each property, which decides how its values are written.
import type { PropertyName } from './properties.js';
import type { ExtensionPropertyName } from './extension.js';

export type Datatype = 'item' | 'time' | 'monolingualtext' | 'string' | 'url'
  | 'external-id' | 'quantity' | 'globe-coordinate' | 'commonsMedia';

/** "an external-id", "a quantity": for messages. */
export const withArticle = (datatype: Datatype) => `${/^(external|item)/.test(datatype) ? 'an' : 'a'} ${datatype}`;

/** Datatypes by their Wikibase id, as a dataset's `properties:` table names them (WikibaseRepo.datatypes.php). */
export const WIKIBASE_DATATYPES = {
  'wikibase-item': 'item', string: 'string', monolingualtext: 'monolingualtext', time: 'time', url: 'url',
  'external-id': 'external-id', quantity: 'quantity', 'globe-coordinate': 'globe-coordinate', commonsMedia: 'commonsMedia',
} as const satisfies Record<string, Datatype>;
export type WikibaseDatatypeId = keyof typeof WIKIBASE_DATATYPES;

export const WIKIDATA_DATATYPES = {
  instanceOf: 'item', subclassOf: 'item', sexOrGender: 'item',
  dateOfBirth: 'time', dateOfDeath: 'time', placeOfBirth: 'item', placeOfDeath: 'item',
  placeOfBurial: 'item', causeOfDeath: 'item', countryOfCitizenship: 'item',
  birthName: 'monolingualtext', pseudonym: 'string', nameInNativeLanguage: 'monolingualtext',
  nickname: 'monolingualtext', languagesSpoken: 'item', occupation: 'item',
  memberOfPoliticalParty: 'item', memberOf: 'item', employer: 'item',
  father: 'item', mother: 'item', spouse: 'item', unmarriedPartner: 'item', child: 'item',
  sibling: 'item', relative: 'item', kinshipToSubject: 'item', significantPerson: 'item',
  objectHasRole: 'item', influencedBy: 'item', notableWork: 'item',
  author: 'item', authorNameString: 'string', translator: 'item', editor: 'item',
  publicationDate: 'time', languageOfWork: 'item', genre: 'item', formOfCreativeWork: 'item',
  title: 'monolingualtext', publisher: 'item', placeOfPublication: 'item', mainSubject: 'item',
  editionOrTranslationOf: 'item', publishedIn: 'item',
  pointInTime: 'time', startTime: 'time', endTime: 'time', location: 'item', participant: 'item',
  significantEvent: 'item', hasCause: 'item', hasEffect: 'item', partOf: 'item',
  convictedOf: 'item', placeOfDetention: 'item', penalty: 'item', residence: 'item',
  officialName: 'monolingualtext',
  statedIn: 'item', referenceUrl: 'url', quotation: 'monolingualtext', pages: 'string',
  earliestDate: 'time', latestDate: 'time', objectNamedAs: 'string', subjectNamedAs: 'string',
  mannerOfDeath: 'item',
  givenName: 'item',
  familyName: 'item',
  nativeLanguage: 'item',
  positionHeld: 'item',
  subjectHasRole: 'item',
  depicts: 'item',
  characters: 'item',
  presentInWork: 'item',
  basedOn: 'item',
  hasEditionOrTranslation: 'item',
  countryOfOrigin: 'item',
  hasParts: 'item',
  follows: 'item',
  followedBy: 'item',
  educatedAt: 'item',
  awardReceived: 'item',
  movement: 'item',
  describedBySource: 'item',
  participantIn: 'item',
  retrieved: 'time',
  archiveUrl: 'url',
  archiveDate: 'time',
  statementIsSubjectOf: 'item',
  reasonForDeprecatedRank: 'item',
  reasonForPreferredRank: 'item',
  sourcingCircumstances: 'item',
  refineDate: 'item',
  seriesOrdinal: 'string',
  viafId: 'external-id',
  isni: 'external-id',
  gndId: 'external-id',
  bnfId: 'external-id',
  libraryOfCongressAuthorityId: 'external-id',
  image: 'commonsMedia',
  idrefId: 'external-id',
  bneId: 'external-id',
  openLibraryId: 'external-id',
  coordinateLocation: 'globe-coordinate',
  officialWebsite: 'url',
  fullWorkAvailableAt: 'url',
  describedAtUrl: 'url',
  quantity: 'quantity',
  duration: 'quantity',
  numberOfPages: 'quantity',
  numberOfParts: 'quantity',
  totalProduced: 'quantity',
  foundedBy: 'item',
  inception: 'time',
  dissolved: 'time',
  locatedInAdministrativeUnit: 'item',
} as const satisfies Record<PropertyName, Datatype>;

export const EXTENSION_DATATYPES = {
  patronymic: 'monolingualtext',
  rankReason: 'monolingualtext',
  locator: 'string',
  referenceNote: 'monolingualtext',
  publicationNote: 'item',
  sourceFile: 'string',
  sourcing: 'item',
} as const satisfies Record<ExtensionPropertyName, Datatype>;

/** wikibase:propertyType of each datatype: `wikibase:` + the Wikibase datatype id in CamelCase
 *  (RdfVocabulary::getDataTypeURI). */
export const PROPERTY_TYPES = {
  item: 'WikibaseItem', time: 'Time', monolingualtext: 'Monolingualtext', string: 'String', url: 'Url',
  'external-id': 'ExternalId', quantity: 'Quantity', 'globe-coordinate': 'GlobeCoordinate', commonsMedia: 'CommonsMedia',
} as const satisfies Record<Datatype, string>;

/** Datatypes whose values are IRIs: their wdt:/ps:/pq:/pr: predicates are owl:ObjectProperty, the
 *  others owl:DatatypeProperty (the `rdf-data-type` of WikibaseRepo.datatypes.php). */
export const OBJECT_DATATYPES: ReadonlySet<Datatype> = new Set<Datatype>(['item', 'url', 'commonsMedia']);

/** Datatypes with normalized predicates (wdtn:/psn:/pqn:/prn:), and what wdtn: is then
 *  (PropertySpecificComponentsRdfBuilder::getNormalizedPropertyRdfType): an identifier normalizes to
 *  the authority's IRI, a quantity to a value in standard units. */
export const NORMALIZED_DATATYPES: Partial<Record<Datatype, 'ObjectProperty' | 'DatatypeProperty'>> = {
  'external-id': 'ObjectProperty', quantity: 'DatatypeProperty',
};

/** Datatypes whose full values are value nodes (psv:/pqv:/prv:): ComplexValueRdfHelper's users. */
export const VALUE_NODE_DATATYPES: ReadonlySet<Datatype> = new Set<Datatype>(['time', 'quantity', 'globe-coordinate']);
