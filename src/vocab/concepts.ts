// **concepts** — the built-in value vocabulary (genders, occupations, event types, roles …).
// A concept with a verified QID is written as wd:Q…; any other as llc:<key>, typed skos:Concept
// and linked upwards with wdt:P279 so that WDQS-style `wdt:P31/wdt:P279*` queries still find it.
// Datasets add their own concepts in the manifest (see model/manifest.ts).
import { Q, type ItemName } from './items.js';
import { NAMESPACES } from './namespaces.js';

export const CONCEPT_GROUPS = [
  'gender', 'occupation', 'eventType', 'workType', 'workForm', 'placeType', 'organizationType',
  'role', 'kinship', 'language', 'publicationNote', 'charge', 'causeOfDeath', 'mannerOfDeath', 'sourcing', 'other',
] as const;
export type ConceptGroup = (typeof CONCEPT_GROUPS)[number];

export interface Concept {
  group: ConceptGroup;
  label: string;
  /** A verified Wikidata item; when present the concept *is* that item. */
  item?: ItemName;
  /** The broader concept (a built-in key) or Wikidata item this one is a subclass of. */
  broader?: ItemName;
}

const c = (group: ConceptGroup, label: string, item?: ItemName, broader?: ItemName): Concept =>
  ({ group, label, ...(item && { item }), ...(broader && { broader }) });
const ev = (label: string) => c('eventType', label, undefined, 'occurrence');

export const CONCEPTS = {
  male: c('gender', 'male', 'male'),
  female: c('gender', 'female', 'female'),

  writer: c('occupation', 'writer', 'writer'),
  poet: c('occupation', 'poet', 'poet'),
  journalist: c('occupation', 'journalist', 'journalist'),
  politician: c('occupation', 'politician', 'politician'),
  revolutionary: c('occupation', 'revolutionary', 'revolutionary'),
  translator: c('occupation', 'translator', 'translator'),
  novelist: c('occupation', 'novelist', undefined, 'writer'),
  historian: c('occupation', 'historian'),
  editor: c('occupation', 'editor'),
  teacher: c('occupation', 'teacher'),
  painter: c('occupation', 'painter'),
  anthropologist: c('occupation', 'anthropologist'),
  archaeologist: c('occupation', 'archaeologist'),
  stenographer: c('occupation', 'stenographer'),
  secretary: c('occupation', 'secretary'),
  philosopher: c('occupation', 'philosopher'),
  'school-inspector': c('occupation', 'school inspector'),
  lecturer: c('occupation', 'lecturer'),
  soldier: c('occupation', 'soldier'),
  'factory-worker': c('occupation', 'factory worker'),
  'party-official': c('occupation', 'party official', undefined, 'politician'),

  birth: ev('birth'), death: ev('death'), arrest: ev('arrest'), imprisonment: ev('imprisonment'),
  exile: ev('exile'), deportation: ev('deportation'), trial: ev('trial'), conviction: ev('conviction'),
  expulsion: ev('expulsion'), migration: ev('migration'), journey: ev('journey'), marriage: ev('marriage'),
  membership: ev('membership'), publication: ev('publication'), uprising: ev('uprising'),
  revolution: ev('revolution'), war: ev('war'), meeting: ev('meeting'), congress: ev('congress'),
  residence: ev('residence'), employment: ev('employment'), release: ev('release'),
  confiscation: ev('confiscation'), execution: ev('execution'), assassination: ev('assassination'),
  burial: ev('burial'), 'prisoner-exchange': ev('prisoner exchange'), protest: ev('protest'),
  'ban': ev('ban'), illness: ev('illness'), 'other-event': ev('event'),
  // A founding gives the organisation or work founded its inception (P571) and founders (P112); a
  // dissolution its dissolved date (P576): graph/derive.ts.
  founding: ev('founding'), dissolution: ev('dissolution'),

  'literary-work': c('workType', 'literary work', 'literaryWork'),
  'written-work': c('workType', 'written work', 'writtenWork'),
  book: c('workType', 'book', 'book'),
  'edition-or-translation': c('workType', 'version, edition, or translation', 'versionEditionOrTranslation'),
  periodical: c('workType', 'periodical', 'periodical'),
  newspaper: c('workType', 'newspaper', 'newspaper'),
  magazine: c('workType', 'magazine', 'magazine'),
  'literary-magazine': c('workType', 'literary magazine', 'literaryMagazine'),
  article: c('workType', 'article', undefined, 'writtenWork'),
  manuscript: c('workType', 'manuscript', undefined, 'writtenWork'),
  letter: c('workType', 'letter', undefined, 'writtenWork'),

  novel: c('workForm', 'novel', 'novel'),
  'poetry-collection': c('workForm', 'poetry collection', 'poetryCollection'),
  'short-story': c('workForm', 'short story', 'shortStory'),
  autobiography: c('workForm', 'autobiography', 'autobiography'),
  biography: c('workForm', 'biography', 'biography'),
  memoir: c('workForm', 'memoir', undefined, 'literaryWork'),
  poem: c('workForm', 'poem', undefined, 'literaryWork'),
  essay: c('workForm', 'essay', undefined, 'writtenWork'),
  history: c('workForm', 'history (historical work)', undefined, 'writtenWork'),
  'political-analysis': c('workForm', 'political analysis', undefined, 'writtenWork'),
  pamphlet: c('workForm', 'pamphlet', undefined, 'writtenWork'),

  city: c('placeType', 'city', 'city'),
  'big-city': c('placeType', 'big city', 'bigCity'),
  capital: c('placeType', 'capital', 'capital'),
  settlement: c('placeType', 'human settlement', 'humanSettlement'),
  country: c('placeType', 'country', 'country'),
  'sovereign-state': c('placeType', 'sovereign state', 'sovereignState'),
  prison: c('placeType', 'prison', 'prison'),
  'concentration-camp': c('placeType', 'concentration camp', 'concentrationCamp'),
  region: c('placeType', 'region'),
  island: c('placeType', 'island'),
  river: c('placeType', 'river'),
  building: c('placeType', 'building'),
  hospital: c('placeType', 'hospital'),
  estate: c('placeType', 'estate'),
  'penal-colony': c('placeType', 'penal colony'),

  organization: c('organizationType', 'organization', 'organization'),
  'political-party': c('organizationType', 'political party', 'politicalParty'),
  'communist-party': c('organizationType', 'communist party', 'communistParty', 'politicalParty'),
  'political-faction': c('organizationType', 'political faction', 'politicalFaction'),
  'international-organization': c('organizationType', 'international organization', 'internationalOrganization'),
  'secret-police': c('organizationType', 'secret police', 'secretPolice'),
  'news-organization': c('organizationType', 'newspaper (as an organisation)', 'newspaper'),
  'publishing-house': c('organizationType', 'publishing house', undefined, 'organization'),
  'youth-organization': c('organizationType', 'youth organisation', undefined, 'organization'),
  'criminal-gang': c('organizationType', 'criminal gang', undefined, 'organization'),
  government: c('organizationType', 'government', undefined, 'organization'),
  institute: c('organizationType', 'institute', undefined, 'organization'),
  'relief-organization': c('organizationType', 'relief organisation', undefined, 'organization'),
  commune: c('organizationType', 'commune', undefined, 'organization'),

  friend: c('role', 'friend'), familiar: c('role', 'familiar (acquaintance)'),
  'employer-role': c('role', 'employer'), 'idea-mate': c('role', 'idea mate (political ally)'),
  authority: c('role', 'authority (mentor figure)'), opponent: c('role', 'opponent'),
  associate: c('role', 'associate'), comrade: c('role', 'comrade'), correspondent: c('role', 'correspondent'),
  prisoner: c('role', 'prisoner', 'prisoner'), defendant: c('role', 'defendant'), witness: c('role', 'witness'),
  'arresting-authority': c('role', 'arresting authority'), organizer: c('role', 'organiser'),
  speaker: c('role', 'speaker'), victim: c('role', 'victim'), delegate: c('role', 'delegate'),
  passenger: c('role', 'passenger'), host: c('role', 'host'), 'role-translator': c('role', 'translator'),
  founder: c('role', 'founder (of what a founding event founds)'),

  'father-in-law': c('kinship', 'father-in-law'), 'mother-in-law': c('kinship', 'mother-in-law'),
  'brother-in-law': c('kinship', 'brother-in-law'), 'sister-in-law': c('kinship', 'sister-in-law'),
  'half-sister': c('kinship', 'half-sister'), niece: c('kinship', 'niece'), nephew: c('kinship', 'nephew'),
  grandchild: c('kinship', 'grandchild'), 'distant-relative': c('kinship', 'distant relative'),

  french: c('language', 'French'), russian: c('language', 'Russian'), english: c('language', 'English'),
  spanish: c('language', 'Spanish'), german: c('language', 'German'), polish: c('language', 'Polish'),

  posthumous: c('publicationNote', 'published posthumously'),
  confiscated: c('publicationNote', 'manuscript confiscated'),
  banned: c('publicationNote', 'banned'),
  suppressed: c('publicationNote', 'suppressed'),
  serialized: c('publicationNote', 'serialized'),
  lost: c('publicationNote', 'lost'),
  'reconstructed-from-memory': c('publicationNote', 'reconstructed from memory'),

  conspiracy: c('charge', 'conspiracy'),

  // How a person died (P1196), given on the death event. No QIDs: none of these is tied to its label
  // in shared/wikidata-rdf.md or another document we checked, so they stay llc: concepts.
  'natural-causes': c('mannerOfDeath', 'natural causes'),
  accident: c('mannerOfDeath', 'accident'),
  suicide: c('mannerOfDeath', 'suicide'),
  homicide: c('mannerOfDeath', 'homicide (killed by another person: murder, assassination)'),
  'capital-punishment': c('mannerOfDeath', 'capital punishment (executed)'),

  circa: c('sourcing', 'circa (the source gives the value approximately: "around")'),
  inferred: c('sourcing', 'inferred (deduced or computed from what the source states, not stated by it)'),
  'less-supported': c('sourcing', 'less supported (the sources give another value, ranked higher)'),
} as const satisfies Record<string, Concept>;

export type ConceptKey = keyof typeof CONCEPTS;

/** Organisation types whose members get P102 (member of political party) rather than P463. */
export const PARTY_CONCEPTS: ReadonlySet<string> = new Set<ConceptKey>(['political-party', 'communist-party']);

/** Place types that are never an administrative unit, so never the value of `locatedIn` (P131). */
export const NON_ADMINISTRATIVE_PLACE_TYPES: ReadonlySet<string> = new Set<ConceptKey>([
  'river', 'island', 'building', 'prison', 'concentration-camp', 'hospital', 'estate', 'penal-colony',
]);

export function isConceptKey(key: string): key is ConceptKey {
  return Object.hasOwn(CONCEPTS, key);
}

/** The IRI a built-in concept is written as. */
export function conceptIri(key: ConceptKey): string {
  const concept: Concept = CONCEPTS[key];
  return concept.item ? NAMESPACES.wd + Q[concept.item] : NAMESPACES.llc + key;
}
