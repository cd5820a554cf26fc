// **datatypes** — the Wikibase datatype of each property, which decides how its values are written.
import type { PropertyName } from './properties.js';
import type { ExtensionPropertyName } from './extension.js';

export type Datatype = 'item' | 'time' | 'monolingualtext' | 'string' | 'url';

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
} as const satisfies Record<Datatype, string>;

/** Datatypes whose values are IRIs: their wdt:/ps:/pq:/pr: predicates are owl:ObjectProperty, the
 *  others owl:DatatypeProperty (the `rdf-data-type` of WikibaseRepo.datatypes.php). */
export const OBJECT_DATATYPES: ReadonlySet<Datatype> = new Set<Datatype>(['item', 'url']);
