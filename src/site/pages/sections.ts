// **sections** — the order a reader expects a life in: names, life, family, relations, work,
// memberships, places, events, identifiers. Properties not listed here go under "Other statements".
import type { Claim } from '../../graph/claim.js';
import { propertyIris } from '../../graph/property.js';

const PERSON_SECTIONS: [string, string[]][] = [
  ['Names', ['birthName', 'pseudonym', 'nameInNativeLanguage', 'nickname', 'givenName', 'familyName', 'officialName', 'patronymic']],
  ['Life', ['instanceOf', 'sexOrGender', 'dateOfBirth', 'placeOfBirth', 'dateOfDeath', 'placeOfDeath', 'placeOfBurial', 'causeOfDeath',
    'mannerOfDeath', 'countryOfCitizenship', 'nativeLanguage', 'languagesSpoken', 'image']],
  ['Family', ['father', 'mother', 'spouse', 'unmarriedPartner', 'child', 'sibling', 'relative']],
  ['Relations', ['significantPerson', 'influencedBy', 'movement']],
  ['Work', ['occupation', 'employer', 'positionHeld', 'notableWork', 'educatedAt', 'awardReceived']],
  ['Memberships', ['memberOfPoliticalParty', 'memberOf']],
  ['Places', ['residence', 'placeOfDetention']],
  ['Events', ['significantEvent', 'participantIn', 'convictedOf', 'penalty']],
];

/** The section a claim belongs in: by property for persons; for other kinds one list, identifiers apart. */
export function sectionOf(kind: string, claim: Claim): string {
  const iris = propertyIris(claim.property);
  if (iris.datatype === 'external-id') return 'Identifiers';
  if (kind !== 'person') return 'Statements';
  const name = claim.property.ns === 'open' ? claim.property.info.key : claim.property.name;
  return PERSON_SECTIONS.find(([, names]) => names.includes(name))?.[0] ?? 'Other statements';
}

/** Section titles in reading order. */
export const SECTION_ORDER = [...PERSON_SECTIONS.map(([title]) => title), 'Statements', 'Other statements', 'Identifiers'];
