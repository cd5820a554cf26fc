// **mappings** — which property each model field is written with. The `satisfies` clauses make a
// field without a mapping a compile error, so model and graph cannot drift apart.
import type { QualifierName } from '../model/qualifiers.js';
import type { EVENT_FIELDS } from '../model/event.js';
import type { ORGANIZATION_FIELDS } from '../model/organization.js';
import type { PERSON_FIELDS } from '../model/person.js';
import type { PLACE_FIELDS } from '../model/place.js';
import type { WORK_FIELDS } from '../model/work.js';
import type { EntityKind } from '../model/fields.js';
import { ll, wd, type PropertyRef } from './property.js';

type Mapping<F> = Record<keyof F, PropertyRef>;

export const PERSON_MAPPING = {
  sexOrGender: wd('sexOrGender'), birthName: wd('birthName'), nativeName: wd('nameInNativeLanguage'),
  patronymic: ll('patronymic'), pseudonyms: wd('pseudonym'), citizenship: wd('countryOfCitizenship'),
  occupations: wd('occupation'), languages: wd('languagesSpoken'), employers: wd('employer'),
  father: wd('father'), mother: wd('mother'), spouses: wd('spouse'), partners: wd('unmarriedPartner'),
  children: wd('child'), siblings: wd('sibling'), relatives: wd('relative'), relations: wd('significantPerson'),
  influencedBy: wd('influencedBy'), notableWorks: wd('notableWork'), image: wd('image'),
} satisfies Mapping<typeof PERSON_FIELDS>;

export const WORK_MAPPING = {
  titles: wd('title'), authors: wd('author'), authorNames: wd('authorNameString'), translators: wd('translator'),
  editors: wd('editor'), forms: wd('formOfCreativeWork'), genres: wd('genre'), publicationDate: wd('publicationDate'),
  placeOfPublication: wd('placeOfPublication'), publishers: wd('publisher'), languages: wd('languageOfWork'),
  translationOf: wd('editionOrTranslationOf'), mainSubjects: wd('mainSubject'), publishedIn: wd('publishedIn'),
  notes: ll('publicationNote'), fullWorkAvailableAt: wd('fullWorkAvailableAt'), image: wd('image'),
} satisfies Mapping<typeof WORK_FIELDS>;

export const EVENT_MAPPING = {
  date: wd('pointInTime'), start: wd('startTime'), end: wd('endTime'), locations: wd('location'),
  participants: wd('participant'), charges: wd('convictedOf'), penalties: wd('penalty'),
  causes: wd('hasCause'), effects: wd('hasEffect'), partOf: wd('partOf'), causeOfDeath: wd('causeOfDeath'),
  mannerOfDeath: wd('mannerOfDeath'), image: wd('image'),
} satisfies Mapping<typeof EVENT_FIELDS>;

// A place or organisation's own start and end are when it came into and went out of existence
// (inception P571, dissolved P576), as on Wikidata; P580/P582 stay what they are there, qualifiers of
// a statement's validity. `locatedIn` is the administrative unit (P131); P276 "location" is for
// non-administrative places (`location`) and for events, as P131's own description asks.
export const PLACE_MAPPING = {
  names: wd('officialName'), locatedIn: wd('locatedInAdministrativeUnit'), location: wd('location'), partOf: wd('partOf'),
  start: wd('inception'), end: wd('dissolved'), coordinates: wd('coordinateLocation'), image: wd('image'),
} satisfies Mapping<typeof PLACE_FIELDS>;

export const ORGANIZATION_MAPPING = {
  names: wd('officialName'), locatedIn: wd('locatedInAdministrativeUnit'), location: wd('location'), partOf: wd('partOf'),
  foundedBy: wd('foundedBy'), start: wd('inception'), end: wd('dissolved'), image: wd('image'),
} satisfies Mapping<typeof ORGANIZATION_FIELDS>;

export const FIELD_MAPPINGS = {
  person: PERSON_MAPPING, work: WORK_MAPPING, event: EVENT_MAPPING, place: PLACE_MAPPING,
  organization: ORGANIZATION_MAPPING, source: {},
} as const satisfies Record<EntityKind, Record<string, PropertyRef>>;

export const QUALIFIER_MAPPING = {
  startTime: wd('startTime'), endTime: wd('endTime'), pointInTime: wd('pointInTime'),
  role: wd('objectHasRole'), kinship: wd('kinshipToSubject'), location: wd('location'),
  namedAs: wd('objectNamedAs'), subjectNamedAs: wd('subjectNamedAs'), sourcing: ll('sourcing'),
} satisfies Record<QualifierName, PropertyRef>;

/** The class each entity kind is typed with (besides wikibase:Item), so SHACL can target it. */
export const KIND_CLASSES = {
  person: 'Person', work: 'Work', event: 'Event', place: 'Place', organization: 'Organization', source: 'Source',
} as const satisfies Record<EntityKind, string>;
